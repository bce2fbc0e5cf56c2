package org.harmreductionworks.hub.common.error;

/** Something the service depends on (the mail server, say) cannot be reached; trying again later may work. */
public class ServiceUnavailable extends DomainException {

    public ServiceUnavailable(ProblemType type, ProblemText detail) {
        super(503, type, detail.with());
    }
}
