package org.harmreductionworks.hub.exercise;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.harmreductionworks.hub.exercise.ExerciseEnums.ContentNote;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Kind;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Suits;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Theme;

/** What clients send to the library. */
public final class ExerciseRequests {

    private ExerciseRequests() {
    }

    @Schema(name = "ExerciseSourceInput")
    public record SourceInput(
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 200) @Schema(description = "Author, host or creator.") String creator,
            @Size(max = 200) String publisher,
            @Min(1000) @Max(2100) Integer year,
            @Size(max = 500) @Pattern(regexp = "\\s*|https?://\\S+", message = "{hrw.web-address}")
            @Schema(description = "Where to find it; none for a prompt or writing exercise of our own.") String url,
            boolean freeToAccess) {
    }

    @Schema(name = "ExerciseInput")
    public record ExerciseInput(
            @NotBlank @Size(min = 3, max = 200) String title,
            @NotNull Kind kind,
            @NotEmpty @Size(max = 5) Set<@NotNull Theme> themes,
            @Min(5) @Max(90) @Schema(required = true) int suggestedMinutes,
            @NotBlank @Size(min = 20, max = 2000) String summary,
            @NotNull @Size(max = 2000) String howToRun,
            @NotEmpty @Size(max = 8) List<@NotNull @NotBlank @Size(min = 5, max = 500)
            @Pattern(regexp = "[^\\r\\n]*", message = "{hrw.one-line}") String> prompts,
            @NotNull @Valid SourceInput source,
            @NotNull Set<@NotNull ContentNote> contentNotes,
            @NotNull Suits suits,
            @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "{hrw.language-code}") String language) {
    }

    @Schema(name = "ExerciseSuggestion")
    public record Suggestion(
            @NotBlank @Schema(description = "The group suggesting it; you must host it.") String groupSlug,
            @NotNull @Valid ExerciseInput exercise) {
    }

    @Schema(name = "ExerciseUpdate")
    public record Update(@NotNull @Valid ExerciseInput exercise,
            @NotNull @Schema(description = "The revision you edited; a stale one gets 409.") Long revision) {
    }

    @Schema(name = "ExerciseDecline")
    public record Decline(@NotBlank @Size(max = 1000) String reason) {
    }
}
