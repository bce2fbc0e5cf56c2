package org.harmreductionworks.hub.common.error;

import java.util.List;

import org.harmreductionworks.hub.common.i18n.Text;

/**
 * Invalid input that Bean Validation cannot express: a parameter whose text is not of the expected type, or fields
 * whose content or combination a service refuses. Answered as a 400 validation problem listing every violation.
 */
public class InvalidInput extends RuntimeException {

    /** One refused field, its message written in the reader's language when the problem is answered. */
    public record Violation(String field, Text message) {
    }

    private final List<Violation> violations;
    private final int status;

    public InvalidInput(String field, ProblemText message, Object... values) {
        this(List.of(new Violation(field, message.with(values))));
    }

    public InvalidInput(List<Violation> violations) {
        this(400, violations);
    }

    private InvalidInput(int status, List<Violation> violations) {
        super(violations.isEmpty() ? "invalid input" : violations.get(0).field() + " " + violations.get(0).message());
        this.violations = List.copyOf(violations);
        this.status = status;
    }

    /**
     * The same problem answered as 422 Unprocessable Content, for an interface whose reference implementation answers
     * that status (a BMLT root server, for an unknown switcher), so that its clients see what they expect.
     */
    public static InvalidInput unprocessable(String field, ProblemText message) {
        return new InvalidInput(422, List.of(new Violation(field, message.with())));
    }

    public int status() {
        return status;
    }

    public List<Violation> violations() {
        return violations;
    }
}
