package org.harmreductionworks.hub.common.error;

/** An edit made against a revision that someone else has already changed. */
public class StaleEdit extends DomainException {

    public StaleEdit(ProblemText detail, Object... values) {
        super(409, ProblemType.STALE_EDIT, detail.with(values));
    }
}
