package org.harmreductionworks.hub.common.error;

/**
 * One invalid input that Bean Validation cannot express: a parameter whose text is not of the expected type, or a
 * field whose content a service refuses (e.g. raw HTML in Markdown). Answered as a 400 validation problem.
 */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
