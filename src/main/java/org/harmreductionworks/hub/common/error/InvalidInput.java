package org.harmreductionworks.hub.common.error;

/** A query, path or header parameter whose text cannot be read as the type the API expects. */
public class InvalidParameter extends RuntimeException {

    private final String parameter;

    public InvalidParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
