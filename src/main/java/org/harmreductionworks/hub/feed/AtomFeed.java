package org.harmreductionworks.hub.feed;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** An RFC 4287 Atom document: plain text only, escaped by the XML writer, so no entry can inject markup. */
public final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    public record Entry(String id, String title, String link, OffsetDateTime published, OffsetDateTime updated,
            String author, String summary, List<String> categories) {
    }

    private AtomFeed() {
    }

    /** {@code language} is that of the feed's own words, for {@code xml:lang}; entries keep theirs. */
    public static String write(String language, String id, String title, String subtitle, String selfLink,
            String alternateLink, String author, OffsetDateTime updated, List<Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", language);
            text(xml, "id", id);
            text(xml, "title", title);
            text(xml, "subtitle", subtitle);
            text(xml, "updated", timestamp(updated));
            link(xml, "self", selfLink, "application/atom+xml");
            link(xml, "alternate", alternateLink, "text/html");
            xml.writeStartElement("author");
            text(xml, "name", author);
            xml.writeEndElement();
            for (Entry entry : entries) {
                xml.writeStartElement("entry");
                text(xml, "id", entry.id());
                text(xml, "title", entry.title());
                link(xml, "alternate", entry.link(), "text/html");
                text(xml, "published", timestamp(entry.published()));
                text(xml, "updated", timestamp(entry.updated()));
                xml.writeStartElement("author");
                text(xml, "name", entry.author());
                xml.writeEndElement();
                for (String category : entry.categories()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", category);
                }
                xml.writeStartElement("summary");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(entry.summary());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String timestamp(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
