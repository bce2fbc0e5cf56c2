package org.harmreductionworks.hub.meeting;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.harmreductionworks.hub.common.MeetingType;

/** What a group's hosts send about their meetings. */
public final class MeetingRequests {

    private MeetingRequests() {
    }

    @Schema(name = "MeetingLogInput")
    public record LogInput(
            @NotNull @Schema(description = "The group's local date; not in the future.") LocalDate date,
            @NotNull MeetingType meeting,
            @Schema(description = "A published exercise, or none.") String exerciseSlug,
            Headcount headcount,
            @NotNull @Min(1) @Max(5) @Schema(description = "How it went, 1-5.") Integer rating,
            @Size(max = 1000) String note,
            @Schema(description = "Show the note, as the group, on the exercise's page.") boolean shareNote) {
    }

    @Schema(name = "MeetingLogUpdate")
    public record LogUpdate(@NotNull @Valid LogInput entry,
            @NotNull @Schema(description = "The revision you edited; a stale one gets 409.") Long revision) {
    }

    @Schema(name = "MeetingPlanInput")
    public record PlanInput(
            @Schema(description = "A published exercise, or none yet.") String exerciseSlug,
            @Size(max = 40) @Schema(description = "A nickname for who chooses or hosts; only the group's hosts see it.")
            String chooser,
            @Schema(description = "Let the group's public page show this exercise.") boolean showPublicly,
            @Schema(description = "The revision you edited, or none for a new date; a stale one gets 409.")
            Long revision) {
    }
}
