package org.harmreductionworks.hub.group;

import org.harmreductionworks.hub.common.error.DomainException;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.error.ProblemType;

/** A co-host code that existed but no longer works (used or expired): 410 Gone, with the type saying which. */
class InvitationUnusable extends DomainException {

    InvitationUnusable(ProblemType type, ProblemText detail) {
        super(410, type, detail.with());
    }
}
