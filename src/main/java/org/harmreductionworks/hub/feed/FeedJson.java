package org.harmreductionworks.hub.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Feeds and BMLT answers as whole JSON texts, which can be kept and tagged by their hash. */
@ApplicationScoped
class FeedJson {

    @Inject
    ObjectMapper json;

    /** Writes the value to {@code out}, leaving it open. */
    void write(Object value, Writer out) {
        try {
            json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException("a feed could not be written as JSON", e);
        }
    }

    /** One item of an array, written to the generator by hand. */
    interface ItemWriter<T> {
        void write(T item, JsonGenerator out) throws IOException;
    }

    /** What a feed writes around its items. */
    interface Part {
        void write(JsonGenerator out) throws IOException;
    }

    /**
     * Writes the items as one JSON array, one item at a time, each by {@code item}: an array of every meeting in the
     * directory need never be held.
     */
    <T> void writeArray(Stream<T> items, ItemWriter<T> item, Writer out) {
        write(JsonGenerator::writeStartArray, items, item, JsonGenerator::writeEndArray, out);
    }

    /**
     * Writes {@code opening}, then each item, then {@code closing}, as one JSON text. The opening is sent on at once
     * (flushed) before the first item is asked for: a feed's items are collected when first read, and a reader
     * streaming the feed gets its first bytes while they are.
     */
    <T> void write(Part opening, Stream<T> items, ItemWriter<T> item, Part closing, Writer out) {
        try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            opening.write(generator);
            generator.flush();
            Iterator<T> each = items.iterator();
            while (each.hasNext()) {
                item.write(each.next(), generator);
            }
            closing.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException("a feed could not be written as JSON", e);
        }
    }

    /**
     * Items written by the app's own mapper, each as it would be within a whole value; without the flush that
     * writing a value to a generator does by default, which cost a quarter of a feed's time.
     */
    <T> ItemWriter<T> byMapper(Class<T> type) {
        ObjectWriter writer = json.writerFor(type).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        return (value, out) -> writer.writeValue(out, value);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a feed could not be written as JSON", e);
        }
    }
}
