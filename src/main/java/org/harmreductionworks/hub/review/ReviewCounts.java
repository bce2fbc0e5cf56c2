package org.harmreductionworks.hub.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewCounts", description = "How much waits in each of the stewards' queues.")
public record ReviewCounts(
        @Schema(description = "New groups waiting for approval (GET /api/v1/review/groups).", examples = "2")
        long groups,
        @Schema(description = "Exercises groups suggested, waiting to be published or declined "
                + "(GET /api/v1/review/exercises).", examples = "1")
        long exercises,
        @Schema(description = "Posts and replies with flags no steward has looked at yet "
                + "(GET /api/v1/review/learnings).", examples = "1")
        long flaggedLearnings,
        @Schema(description = "Questions asked to HRH413 and not yet answered "
                + "(GET /api/v1/review/learnings/questions).", examples = "0")
        long questions,
        @Schema(description = "Script drafts open and not yet published (GET /api/v1/script/drafts); at most one.",
                examples = "0")
        long scriptDrafts,
        @Schema(description = "All of the above together.", examples = "4")
        long total) {

    public static ReviewCounts of(long groups, long exercises, long flaggedLearnings, long questions,
            long scriptDrafts) {
        return new ReviewCounts(groups, exercises, flaggedLearnings, questions, scriptDrafts,
                groups + exercises + flaggedLearnings + questions + scriptDrafts);
    }
}
