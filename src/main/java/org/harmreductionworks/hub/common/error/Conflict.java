package org.harmreductionworks.hub.common.error;

public class Conflict extends DomainException {

    public Conflict(String detail) {
        super(409, ProblemType.CONFLICT, detail);
    }
}
