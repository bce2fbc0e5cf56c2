package org.harmreductionworks.hub.meeting;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.exercise.ExerciseViews;

/** What a group's meeting log and plan answer. */
public final class MeetingViews {

    private MeetingViews() {
    }

    @Schema(name = "MeetingLogEntry")
    public record LogEntry(
            long id, LocalDate date, MeetingType meeting, @Schema(nullable = true) ExerciseViews.Ref exercise,
            @Schema(nullable = true) Headcount headcount,
            int rating,
            @Schema(nullable = true) String note,
            boolean shareNote,
            long revision) {
    }

    @Schema(name = "MeetingPlanEntry")
    public record PlanEntry(
            LocalDate date,
            @Schema(nullable = true) ExerciseViews.Ref exercise,
            @Schema(nullable = true) String chooser,
            boolean showPublicly,
            long revision) {
    }

    @Schema(name = "NextExercise", description = "The exercise a group shares for its next planned meeting.")
    public record NextExercise(LocalDate date, ExerciseViews.Ref exercise) {
    }
}
