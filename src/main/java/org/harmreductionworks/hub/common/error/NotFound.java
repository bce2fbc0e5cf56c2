package org.harmreductionworks.hub.common.error;

public class NotFound extends DomainException {

    public NotFound(String detail) {
        super(404, ProblemType.NOT_FOUND, detail);
    }
}
