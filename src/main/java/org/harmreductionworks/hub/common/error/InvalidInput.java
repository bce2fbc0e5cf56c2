package org.harmreductionworks.hub.common.error;

import java.util.List;

/**
 * Invalid input that Bean Validation cannot express: a parameter whose text is not of the expected type, or fields
 * whose content or combination a service refuses. Answered as a 400 validation problem listing every violation.
 */
public class InvalidInput extends RuntimeException {

    private final List<Problem.Violation> violations;

    public InvalidInput(String field, String message) {
        this(List.of(new Problem.Violation(field, message)));
    }

    public InvalidInput(List<Problem.Violation> violations) {
        super(violations.isEmpty() ? "invalid input" : violations.get(0).field() + " " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
