package org.harmreductionworks.hub.common.error;

/**
 * A failure that services raise on purpose, with the status and problem type the client should see.
 * Subclasses name the situation; {@link ProblemMappers} turns them into problem responses.
 */
public abstract class DomainException extends RuntimeException {

    private final int status;
    private final ProblemType type;

    protected DomainException(int status, ProblemType type, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
    }

    public int status() {
        return status;
    }

    public ProblemType type() {
        return type;
    }
}
