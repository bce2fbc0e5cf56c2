package org.harmreductionworks.hub.common.markdown;

import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown as the hub accepts it from people: no raw HTML is rendered (anything that looks like HTML is escaped), and
 * link targets other than web, mail and relative addresses are dropped, so a body can never inject markup or script.
 *
 * <p>The renderers walk the parsed tree recursively, so a body nested thousands deep ("- - - - ... x", "> > > ...")
 * overflowed the stack. Writes refuse such bodies ({@link ReadableMarkdown}); anything deeper than {@link #MAX_DEPTH} that
 * is read anyway (stored before, or a section of an old version) is shown as its plain text.
 */
public final class SafeMarkdown {

    /** Far more levels of lists, quotes and emphasis than anyone writes, and far fewer than overflow a thread's stack. */
    public static final int MAX_DEPTH = 64;

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    /**
     * What groups write for each other. Links are marked as not endorsed and open nothing of ours to the target;
     * images become links ({@link #imagesAsLinks}), because showing one would load it from a third-party host.
     */
    private static final HtmlRenderer POST_HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .attributeProviderFactory(context -> outboundLinks()).build();

    private SafeMarkdown() {
    }

    /** Whether the Markdown contains raw HTML (blocks or inline tags), which section bodies may not. */
    public static boolean containsHtml(String markdown) {
        Node document = parse(markdown);
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
        return HTML.render(parse(markdown));
    }

    /** HTML for a post or reply that other people wrote: see {@link #POST_HTML}. */
    public static String toPostHtml(String markdown) {
        return POST_HTML.render(imagesAsLinks(parse(markdown)));
    }

    public static String toPlainText(String markdown) {
        return TEXT.render(parse(markdown)).strip();
    }

    /** Whether the Markdown nests deeper than {@link #MAX_DEPTH}, and so would be shown only as its plain text. */
    public static boolean nestedTooDeeply(String markdown) {
        return depth(PARSER.parse(markdown)) > MAX_DEPTH;
    }

    /** The parsed document, or the text as one plain paragraph when it nests too deeply to walk. */
    private static Node parse(String markdown) {
        Node document = PARSER.parse(markdown);
        if (depth(document) <= MAX_DEPTH) {
            return document;
        }
        Document flat = new Document();
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(new Text(markdown));
        flat.appendChild(paragraph);
        return flat;
    }

    /** How deep the tree goes, found without recursion: the parser itself builds any depth without it. */
    private static int depth(Node document) {
        int deepest = 0;
        int depth = 0;
        Node node = document;
        while (node != null) {
            deepest = Math.max(deepest, depth);
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node != document && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == document ? null : node.getNext();
        }
        return deepest;
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
