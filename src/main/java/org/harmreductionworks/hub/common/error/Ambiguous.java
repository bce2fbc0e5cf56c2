package org.harmreductionworks.hub.common.error;

import java.util.List;

import org.harmreductionworks.hub.common.i18n.Text;

/**
 * A value that could mean several things equally well, such as a town name several towns share. Answered as 300
 * Multiple Choices with the choices, so a client asks its user which one rather than the server guessing.
 */
public class Ambiguous extends DomainException {

    private final List<Problem.Choice> choices;

    public Ambiguous(Text detail, List<Problem.Choice> choices) {
        super(300, ProblemType.AMBIGUOUS, detail);
        this.choices = List.copyOf(choices);
    }

    public List<Problem.Choice> choices() {
        return choices;
    }
}
