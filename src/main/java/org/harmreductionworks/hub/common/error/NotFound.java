package org.harmreductionworks.hub.common.error;

public class NotFound extends DomainException {

    public NotFound(ProblemText detail, Object... values) {
        super(404, ProblemType.NOT_FOUND, detail.with(values));
    }
}
