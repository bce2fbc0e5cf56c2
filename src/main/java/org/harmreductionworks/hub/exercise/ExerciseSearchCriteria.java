package org.harmreductionworks.hub.exercise;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Kind;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Sort;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Theme;

/** What a library search asks for; every field is a query parameter of GET /api/v1/exercises. */
public class ExerciseSearchCriteria {

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Words to find in the title, summary and prompts; each must match the start of a word.",
            example = "grief")
    public String q;

    @QueryParam("kind")
    @Parameter(description = "reading, podcast, video, guest-speaker, personal-writing, creative-piece, "
            + "discussion-prompt or other.")
    public Kind kind;

    @QueryParam("theme")
    @Parameter(description = "change-process, advocacy, grief-and-loss, stigma, overdose, safer-use, "
            + "abstinence-and-moderation, family-and-loved-ones, community-and-movement-building or creativity.")
    public Theme theme;

    @QueryParam("maxMinutes")
    @Min(5) @Max(90)
    @Parameter(description = "Only exercises suggested to take at most this many minutes.")
    public Integer maxMinutes;

    @QueryParam("meeting")
    @Parameter(description = "Only exercises that suit this meeting: open or focused (those for both suit either).")
    public MeetingType meeting;

    @QueryParam("language")
    @Pattern(regexp = "[a-zA-Z]{2,3}", message = "{hrw.language-code}")
    @Parameter(description = "Language code, e.g. en.")
    public String language;

    @QueryParam("sort")
    @Parameter(description = "most-used (the default), newest or title.")
    public Sort sort;
}
