package org.harmreductionworks.hub.common.markdown;

import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown as the hub accepts it from people: no raw HTML is rendered (anything that looks like HTML is escaped), and
 * link targets other than web, mail and relative addresses are dropped, so a body can never inject markup or script.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    /**
     * What groups write for each other. Links are marked as not endorsed and open nothing of ours to the target;
     * images become links, because showing one would load it from a third-party host.
     */
    private static final Parser POST_PARSER = Parser.builder().postProcessor(SafeMarkdown::imagesAsLinks).build();
    private static final HtmlRenderer POST_HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .attributeProviderFactory(context -> outboundLinks()).build();

    private SafeMarkdown() {
    }

    /** Whether the Markdown contains raw HTML (blocks or inline tags), which section bodies may not. */
    public static boolean containsHtml(String markdown) {
        Node document = PARSER.parse(markdown);
        boolean[] found = { false };
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock htmlBlock) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlInline htmlInline) {
                found[0] = true;
            }
        });
        return found[0];
    }

    public static String toHtml(String markdown) {
        return HTML.render(PARSER.parse(markdown));
    }

    /** HTML for a post or reply that other people wrote: see {@link #POST_HTML}. */
    public static String toPostHtml(String markdown) {
        return POST_HTML.render(POST_PARSER.parse(markdown));
    }

    public static String toPlainText(String markdown) {
        return TEXT.render(PARSER.parse(markdown)).strip();
    }

    private static AttributeProvider outboundLinks() {
        return (node, tagName, attributes) -> {
            if (node instanceof Link) {
                attributes.put("rel", "nofollow noopener noreferrer");
            }
        };
    }

    private static Node imagesAsLinks(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                Link link = new Link(image.getDestination(), image.getTitle());
                Node child = image.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    link.appendChild(child);
                    child = next;
                }
                image.insertBefore(link);
                image.unlink();
                visitChildren(link);
            }
        });
        return document;
    }
}
