package org.harmreductionworks.hub.common.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalTimeDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * What the API reads: a key given twice is refused rather than silently resolved (which of two values did the
 * sender mean?), and no text may hold a control character other than tab and line breaks: PostgreSQL refuses NUL
 * outright, and the others are not allowed in the XML feeds the text ends up in.
 *
 * <p>A value must be of the type the field has. Left to itself Jackson converts what it can, so a client's mistake
 * was stored as something nobody sent: 1 in a list of days became Tuesday (an enum's position), 7 as a date became
 * 8 January 1970 (days since 1970), [1, 2] as a time became 01:02, "3" and 3.5 became 3. Anything after the
 * document ({@code {...}{...}}) is refused too, where the first object used to win.
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

    /** Last, after Quarkus registers its modules: the deserializers below replace the Java time module's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType scalar : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // A body sent in chunks has no declared length to refuse up front: the reader stops at the limit instead.
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(MAX_BODY_BYTES).build());
        mapper.registerModule(new SimpleModule("hrw-strict-text").addDeserializer(String.class, new PlainText())
                // Registered after the Java time module (see priority()), so these are the ones used.
                .addDeserializer(LocalDate.class, new TextOnly<>(LocalDate.class, LocalDateDeserializer.INSTANCE))
                .addDeserializer(LocalTime.class, new TextOnly<>(LocalTime.class, LocalTimeDeserializer.INSTANCE)));
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

    /** A value read only from its text form ("2026-03-01", "19:00"), never from a number or an array. */
    private static final class TextOnly<T> extends StdScalarDeserializer<T> {
        private final JsonDeserializer<T> fromText;

        TextOnly(Class<T> type, JsonDeserializer<T> fromText) {
            super(type);
            this.fromText = fromText;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            return fromText.deserialize(parser, context);
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
