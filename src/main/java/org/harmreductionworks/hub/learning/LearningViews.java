package org.harmreductionworks.hub.learning;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.harmreductionworks.hub.exercise.ExerciseViews;
import org.harmreductionworks.hub.learning.LearningEnums.Kind;
import org.harmreductionworks.hub.learning.LearningEnums.Status;
import org.harmreductionworks.hub.learning.LearningEnums.Visibility;

/** What the learnings API answers. Authors are groups, never people. */
public final class LearningViews {

    private LearningViews() {
    }

    @Schema(name = "ExerciseLink")
    public record ExerciseLink(String slug, String title) {
    }

    @Schema(name = "LearningSummary")
    public record Summary(long id, Kind kind, String title,
            @Schema(description = "The start of the body as plain text.") String excerpt, List<String> topics,
            @Schema(nullable = true) ExerciseLink exercise,
            Visibility visibility,
            ExerciseViews.GroupRef group,
            boolean askStewards,
            boolean answered, int replyCount, int helpedCount, Status status, OffsetDateTime createdAt,
            @Schema(nullable = true) OffsetDateTime editedAt) {
    }

    @Schema(name = "LearningReply")
    public record Reply(
            long id,
            @Schema(nullable = true, description = "None when HRH413's stewards answer.") ExerciseViews.GroupRef group,
            boolean fromStewards,
            String bodyHtml,
            String body,
            boolean helpful,
            Status status,
            @Schema(nullable = true) String hiddenReason,
            OffsetDateTime createdAt,
            @Schema(nullable = true) OffsetDateTime editedAt,
            boolean canEdit,
            long revision) {
    }

    @Schema(name = "Learning")
    public record Detail(long id, Kind kind, String title, String excerpt, List<String> topics,
            @Schema(nullable = true) ExerciseLink exercise,
            Visibility visibility,
            ExerciseViews.GroupRef group,
            boolean askStewards,
            boolean answered, int replyCount, int helpedCount, Status status, OffsetDateTime createdAt,
            @Schema(nullable = true) OffsetDateTime editedAt,
            @Schema(description = "Rendered from Markdown on the server: no raw HTML, safe links.") String bodyHtml,
            String body, List<Reply> replies, boolean canEdit, boolean canMarkHelpful,
            @Schema(description = "The viewer's groups that said this helped them.") List<String> helpedBy,
            @Schema(nullable = true) String hiddenReason,
            @Schema(description = "Stewards only (empty for everyone else): each hide or restore, with its reason.")
            List<ModerationRecord> moderation,
            long revision) {
    }

    @Schema(name = "LearningModerationRecord")
    public record ModerationRecord(
            LearningModeration.Action action, @Schema(nullable = true) Long replyId, String reason,
            OffsetDateTime at) {
    }

    @Schema(name = "LearningHelpedCount")
    public record HelpedCount(int helpedCount) {
    }

    @Schema(name = "MarkdownPreview")
    public record Preview(String html) {
    }

    @Schema(name = "LearningFlagView", description = "A flag's reason and time; never who flagged.")
    public record FlagView(String reason, OffsetDateTime createdAt) {
    }

    @Schema(name = "LearningModerationItem")
    public record ModerationItem(
            String type, long postId, @Schema(nullable = true) Long replyId, String title, String excerpt,
            @Schema(description = "The whole text as the post page shows it (rendered from Markdown on the server: "
                    + "no raw HTML, safe links), so a steward decides on what was written, lists and all.")
            String bodyHtml,
            @Schema(nullable = true) ExerciseViews.GroupRef group,
            Status status,
            List<FlagView> flags,
            long flaggingGroups,
            @Schema(nullable = true) String hiddenReason) {
    }
}
