package org.harmreductionworks.hub.common.error;

import java.util.List;

/**
 * Invalid input that Bean Validation cannot express: a parameter whose text is not of the expected type, or fields
 * whose content or combination a service refuses. Answered as a 400 validation problem listing every violation.
 */
public class InvalidInput extends RuntimeException {

    private final List<Problem.Violation> violations;
    private final int status;

    public InvalidInput(String field, String message) {
        this(List.of(new Problem.Violation(field, message)));
    }

    public InvalidInput(List<Problem.Violation> violations) {
        this(400, violations);
    }

    private InvalidInput(int status, List<Problem.Violation> violations) {
        super(violations.isEmpty() ? "invalid input" : violations.get(0).field() + " " + violations.get(0).message());
        this.violations = List.copyOf(violations);
        this.status = status;
    }

    /**
     * The same problem answered as 422 Unprocessable Content, for an interface whose reference implementation answers
     * that status (a BMLT root server, for an unknown switcher), so that its clients see what they expect.
     */
    public static InvalidInput unprocessable(String field, String message) {
        return new InvalidInput(422, List.of(new Problem.Violation(field, message)));
    }

    public int status() {
        return status;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
