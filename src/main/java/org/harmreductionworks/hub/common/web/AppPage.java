package org.harmreductionworks.hub.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.harmreductionworks.hub.common.Sha256;
import org.harmreductionworks.hub.common.i18n.Language;

/**
 * The built web app's one page (index.html), as Quinoa packs it, and the same page in each language the server writes
 * it in: {@code <html lang>}, the description and the no-script text in that language. Read and written once. Pages
 * the server fills in start from it, and the styles the build inlines into it are allowed by their hashes; the
 * languages change nothing inside a style, so one set of hashes holds for every copy.
 */
@ApplicationScoped
public class AppPage {

    private static final String INDEX = "META-INF/resources/index.html";
    private static final Pattern INLINE_STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);
    static final Pattern HTML_LANG = Pattern.compile("(<html\\b[^>]*?\\blang=\")[^\"]*(\")");
    static final Pattern DESCRIPTION = Pattern.compile("(<meta\\s+name=\"description\"\\s+content=\")[^\"]*(\")");
    static final Pattern NOSCRIPT = Pattern.compile("(<noscript>\\s*<p class=\"noscript\">)(.*?)(</p>)",
            Pattern.DOTALL);

    private final Optional<String> html;
    private final Map<Language, String> translated = new EnumMap<>(Language.class);

    AppPage() {
        this(read());
    }

    /** A page from elsewhere than the built app: tests serve one of their own. */
    public AppPage(Optional<String> html) {
        this.html = html;
        html.ifPresent(page -> {
            for (Language language : Language.values()) {
                translated.put(language, in(page, language));
            }
        });
    }

    /** Absent when the app runs without a built web app (in development, Vite serves the page). */
    public Optional<String> html() {
        return html;
    }

    /** The page in a language; absent without a built web app. */
    public Optional<String> html(Language language) {
        return Optional.ofNullable(translated.get(language));
    }

    /** A Content-Security-Policy source for each inline style of the page: {@code 'sha256-…'}. */
    public List<String> inlineStyleSources() {
        return html.stream()
                .flatMap(page -> INLINE_STYLE.matcher(page).results())
                .map(style -> "'sha256-" + Sha256.base64(style.group(1)) + "'")
                .toList();
    }

    static String in(String page, Language language) {
        page = replace(HTML_LANG, page, language.tag());
        page = replace(DESCRIPTION, page, escape(PageText.DESCRIPTION.in(language)));
        return replace(NOSCRIPT, page, "\n        " + escape(PageText.NOSCRIPT.in(language)) + "\n      ");
    }

    /** The first match's middle group replaced; the page unchanged where it has no such part. */
    private static String replace(Pattern part, String page, String text) {
        Matcher m = part.matcher(page);
        if (!m.find()) {
            return page;
        }
        return page.substring(0, m.end(1)) + text + page.substring(m.start(m.groupCount()));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Optional<String> read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(INDEX)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
