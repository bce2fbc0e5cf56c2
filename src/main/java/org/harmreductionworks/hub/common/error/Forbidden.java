package org.harmreductionworks.hub.common.error;

public class Forbidden extends DomainException {

    public Forbidden(String detail) {
        super(403, ProblemType.FORBIDDEN, detail);
    }
}
