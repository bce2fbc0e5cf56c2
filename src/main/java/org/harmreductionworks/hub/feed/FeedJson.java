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

    /**
     * Writes the items as one JSON array, one item at a time, each by {@code item}: an array of every meeting in the
     * directory need never be held.
     */
    <T> void writeArray(Stream<T> items, ItemWriter<T> item, Writer out) {
        try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.writeStartArray();
            Iterator<T> each = items.iterator();
            while (each.hasNext()) {
                item.write(each.next(), generator);
            }
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a feed could not be written as JSON", e);
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a feed could not be written as JSON", e);
        }
    }
}
