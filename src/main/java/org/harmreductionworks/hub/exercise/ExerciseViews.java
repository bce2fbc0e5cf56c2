package org.harmreductionworks.hub.exercise;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.harmreductionworks.hub.exercise.ExerciseEnums.ContentNote;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Kind;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Status;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Suits;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Theme;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** What the library answers. */
public final class ExerciseViews {

    private ExerciseViews() {
    }

    @Schema(name = "ExerciseSource")
    public record Source(
            String title,
            String creator,
            @Schema(nullable = true) String publisher,
            @Schema(nullable = true) Integer year,
            @Schema(nullable = true) String url,
            boolean freeToAccess) {
    }

    @Schema(name = "GroupReference", description = "A group, by its slug and public name; never a person.")
    public record GroupRef(String slug, String name) {
    }

    @Schema(name = "ExerciseSummary")
    public record Summary(String slug, String title, Kind kind, Set<Theme> themes, int suggestedMinutes,
            String summary, Set<ContentNote> contentNotes, Suits suits, String language, Source source,
            Status status, @Schema(description = "Logged meetings that used it.") long timesUsed,
            @Schema(nullable = true) OffsetDateTime publishedAt,
            @Schema(nullable = true, description = "The group that suggested it; none for the starter library.")
            GroupRef suggestedBy) {
    }

    @Schema(name = "Exercise")
    public record Detail(String slug, String title, Kind kind, Set<Theme> themes, int suggestedMinutes,
            String summary, Set<ContentNote> contentNotes, Suits suits, String language, Source source,
            Status status,
            long timesUsed,
            @Schema(nullable = true) OffsetDateTime publishedAt,
            String howToRun,
            List<String> prompts,
            @Schema(nullable = true, description = "The group that suggested it; none for the starter library.")
            GroupRef suggestedBy,
            @Schema(nullable = true, description = "Only for stewards and the suggesting group's hosts.")
            String declineReason,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, long revision) {
    }

    @Schema(name = "ExerciseSharedNote", description = "A note a group chose to share, shown as the group.")
    public record SharedNote(GroupRef group, LocalDate date, int rating, String note) {
    }

    @Schema(name = "ExerciseUsage", description = "Aggregates over every logged meeting that used the exercise.")
    public record Usage(long timesUsed, long groups,
            @Schema(nullable = true, description = "One decimal; null before any meeting used it.")
            Double averageRating,
            @Schema(description = "Newest first, at most 20.") List<SharedNote> sharedNotes) {
    }

    /** How the meeting log and plans name an exercise. */
    @Schema(name = "ExerciseReference")
    public record Ref(@JsonIgnore long id, String slug, String title, Kind kind, int suggestedMinutes) {
    }
}
