package org.harmreductionworks.hub.common.error;

import org.harmreductionworks.hub.common.i18n.Text;

/**
 * A failure that services raise on purpose, with the status and problem type the client should see and the detail
 * as a {@link Text}, written in the reader's language when the problem is answered. Subclasses name the situation;
 * {@link ProblemMappers} turns them into problem responses.
 */
public abstract class DomainException extends RuntimeException {

    private final int status;
    private final ProblemType type;
    private final Text detail;

    protected DomainException(int status, ProblemType type, Text detail) {
        super(detail.toString());
        this.status = status;
        this.type = type;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public ProblemType type() {
        return type;
    }

    public Text detail() {
        return detail;
    }
}
