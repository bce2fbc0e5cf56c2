package org.harmreductionworks.hub.common.web;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * What the API reads: a key given twice is refused rather than silently resolved (which of two values did the
 * sender mean?), and no text may hold a control character other than tab and line breaks: PostgreSQL refuses NUL
 * outright, and the others are not allowed in the XML feeds the text ends up in.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /**
     * The largest request body the API reads, as a declared length (WebFilters) or as JSON arriving in chunks (here).
     * Vert.x's own limit (quarkus.http.limits.max-body-size) is a little higher, so a body over this one meets ours
     * first and is answered with a problem document instead of Vert.x's empty 413. A constant, not a setting: the
     * object mapper is built before the runtime settings exist.
     */
    public static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // A body sent in chunks has no declared length to refuse up front: the reader stops at the limit instead.
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(MAX_BODY_BYTES).build());
        mapper.registerModule(new SimpleModule("hrw-strict-text").addDeserializer(String.class, new PlainText()));
    }

    /** Raised for a string holding a control character; the path to the field is added as it propagates. */
    public static final class ControlCharacter extends MismatchedInputException {
        ControlCharacter(JsonParser parser) {
            super(parser, "Text may not contain control characters", String.class);
        }
    }

    private static final class PlainText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && hasControlCharacter(text)) {
                throw new ControlCharacter(parser);
            }
            return text;
        }
    }

    /** Whether the reader stopped because the body is longer than the limit set above. */
    public static boolean tooLong(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException && String.valueOf(t.getMessage()).contains("getMaxDocumentLength")) {
                return true;
            }
        }
        return false;
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
