package org.harmreductionworks.hub.common.error;

public class Forbidden extends DomainException {

    public Forbidden(ProblemText detail, Object... values) {
        super(403, ProblemType.FORBIDDEN, detail.with(values));
    }
}
