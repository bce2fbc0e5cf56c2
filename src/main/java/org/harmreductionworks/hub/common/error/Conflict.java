package org.harmreductionworks.hub.common.error;

public class Conflict extends DomainException {

    public Conflict(ProblemText detail, Object... values) {
        super(409, ProblemType.CONFLICT, detail.with(values));
    }
}
