package org.harmreductionworks.hub.common.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text decided on but not yet written: which message, and its values. Services raise problems with one of these;
 * the code that answers the request writes it in the reader's language.
 */
public final class Text {

    private final Message message;
    private final List<Object> values;

    Text(Message message, Object... values) {
        this.message = Objects.requireNonNull(message);
        if (values.length != message.arguments().size()) {
            throw new IllegalArgumentException(message.key() + " takes " + message.arguments() + ", given "
                    + values.length + " values");
        }
        this.values = Arrays.asList(values.clone());
    }

    public Message message() {
        return message;
    }

    public String in(Language language) {
        return Catalogues.write(language, message, values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Text text && text.message == message && text.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(message, values);
    }

    /** In English, for logs and exception messages, which are for the people who run the hub. */
    @Override
    public String toString() {
        return in(Language.ENGLISH);
    }
}
