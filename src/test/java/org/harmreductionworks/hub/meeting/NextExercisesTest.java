package org.harmreductionworks.hub.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.harmreductionworks.hub.common.change.KeptAnswers;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Kind;
import org.harmreductionworks.hub.exercise.ExerciseViews;
import org.junit.jupiter.api.Test;

class NextExercisesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theNextMeetingIsReadAgainOnceTheGroupsDateChanges() {
        // 23:30 in New York on 1 June; 03:30 the next day in UTC.
        TestClock moving = new TestClock(Instant.parse("2026-06-02T03:30:00Z"));
        ExerciseViews.Ref exercise = new ExerciseViews.Ref(1, "words-matter", "Words matter", Kind.READING, 15);
        int[] reads = { 0 };
        MeetingService meetings = new MeetingService() {
            @Override
            NextExercises.AsOf nextExercise(String groupSlug) {
                reads[0]++;
                LocalDate today = LocalDate.now(moving.withZone(NEW_YORK));
                return new NextExercises.AsOf(Optional.of(new MeetingViews.NextExercise(today, exercise)), NEW_YORK,
                        today);
            }
        };
        NextExercises next = new NextExercises(meetings, new KeptAnswers(Duration.ofMinutes(5), 10), moving);

        assertEquals(LocalDate.of(2026, 6, 1), next.nextExercise("plantown").orElseThrow().date());
        moving.now = Instant.parse("2026-06-02T03:59:00Z");
        assertEquals(LocalDate.of(2026, 6, 1), next.nextExercise("plantown").orElseThrow().date());
        assertEquals(1, reads[0]);

        moving.now = Instant.parse("2026-06-02T04:00:00Z");
        assertEquals(LocalDate.of(2026, 6, 2), next.nextExercise("plantown").orElseThrow().date());
        assertEquals(2, reads[0]);
    }
}
