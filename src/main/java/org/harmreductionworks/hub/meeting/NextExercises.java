package org.harmreductionworks.hub.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.change.KeptAnswers;
import org.harmreductionworks.hub.common.change.Topic;

/**
 * The exercise of each group's next meeting, as its public page shows it, kept between changes to the group's plan,
 * the library or the group's listing. Public pages ask for it on every visit; it changes a few times a month.
 */
@ApplicationScoped
public class NextExercises {

    /** The answer on the group's {@code today}: the next meeting changes when the group's date does. */
    record AsOf(Optional<MeetingViews.NextExercise> next, ZoneId zone, LocalDate today) {
    }

    private final MeetingService meetings;
    private final KeptAnswers.Kept<String, AsOf> kept;
    private final Clock clock;

    @Inject
    NextExercises(MeetingService meetings, KeptAnswers answers, Clock clock) {
        this.meetings = meetings;
        this.kept = answers.readFrom(Topic.PLANS, Topic.LIBRARY, Topic.LISTINGS);
        this.clock = clock;
    }

    public Optional<MeetingViews.NextExercise> nextExercise(String groupSlug) {
        return kept.get(groupSlug, () -> meetings.nextExercise(groupSlug),
                asOf -> asOf.today().equals(LocalDate.now(clock.withZone(asOf.zone())))).next();
    }
}
