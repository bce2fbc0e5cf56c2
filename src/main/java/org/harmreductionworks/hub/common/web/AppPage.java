package org.harmreductionworks.hub.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import org.harmreductionworks.hub.common.Sha256;

/**
 * The built web app's one page (index.html), as Quinoa packs it. Read once: pages the server fills in start from it,
 * and the styles the build inlines into it are allowed by their hashes.
 */
@Singleton
public class AppPage {

    private static final String INDEX = "META-INF/resources/index.html";
    private static final Pattern INLINE_STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    private final Optional<String> html;

    AppPage() {
        this(read());
    }

    AppPage(Optional<String> html) {
        this.html = html;
    }

    /** Absent when the app runs without a built web app (in development, Vite serves the page). */
    public Optional<String> html() {
        return html;
    }

    /** A Content-Security-Policy source for each inline style of the page: {@code 'sha256-…'}. */
    public List<String> inlineStyleSources() {
        return html.stream()
                .flatMap(page -> INLINE_STYLE.matcher(page).results())
                .map(style -> "'sha256-" + Sha256.base64(style.group(1)) + "'")
                .toList();
    }

    private static Optional<String> read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(INDEX)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
