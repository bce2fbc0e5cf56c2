package org.harmreductionworks.hub.common.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class KeptAnswersTest {

    private final KeptAnswers answers = new KeptAnswers(Duration.ofMinutes(5), 100);
    private final AtomicInteger reads = new AtomicInteger();

    private String read() {
        return "answer " + reads.incrementAndGet();
    }

    @Test
    void anAnswerIsReadOnceUntilATopicItIsReadFromChanges() {
        KeptAnswers.Kept<String, String> library = answers.readFrom(Topic.LIBRARY, Topic.LISTINGS);
        assertEquals("answer 1", library.get("page 0", this::read));
        assertEquals("answer 1", library.get("page 0", this::read));
        assertEquals("answer 2", library.get("page 1", this::read));

        answers.forget(Topic.SCRIPT);
        assertEquals("answer 1", library.get("page 0", this::read));
        answers.changedHere(new Changed(Topic.LIBRARY));
        assertEquals("answer 3", library.get("page 0", this::read));
        answers.changedElsewhere(ChangeHeard.everything(Topic.LISTINGS));
        assertEquals("answer 4", library.get("page 0", this::read));
    }

    @Test
    void anAnswerReadWhileAChangeCommitsIsNotKept() {
        KeptAnswers.Kept<String, String> learnings = answers.readFrom(Topic.LEARNINGS);
        // The read saw the database before the change; the change commits before the read is done.
        assertEquals("before the change", learnings.get("page 0", () -> {
            answers.changedHere(new Changed(Topic.LEARNINGS));
            return "before the change";
        }));
        assertEquals("answer 1", learnings.get("page 0", this::read));
        assertEquals("answer 1", learnings.get("page 0", this::read));
    }

    @Test
    void aRefusalIsNotKept() {
        KeptAnswers.Kept<String, String> plans = answers.readFrom(Topic.PLANS);
        assertThrows(IllegalStateException.class, () -> plans.get("no-such-group", () -> {
            throw new IllegalStateException("404");
        }));
        assertEquals("answer 1", plans.get("no-such-group", this::read));
    }

    @Test
    void anAnswerThatIsNoLongerCurrentIsReadAgain() {
        KeptAnswers.Kept<String, String> plans = answers.readFrom(Topic.PLANS);
        assertEquals("answer 1", plans.get("group", this::read, answer -> true));
        assertEquals("answer 2", plans.get("group", this::read, answer -> !answer.equals("answer 1")));
        assertEquals("answer 2", plans.get("group", this::read, answer -> !answer.equals("answer 1")));
    }
}
