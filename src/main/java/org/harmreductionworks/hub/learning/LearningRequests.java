package org.harmreductionworks.hub.learning;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.harmreductionworks.hub.common.markdown.ReadableMarkdown;
import org.harmreductionworks.hub.learning.LearningEnums.Kind;
import org.harmreductionworks.hub.learning.LearningEnums.Visibility;

/** What hosts and stewards send about shared learnings. */
public final class LearningRequests {

    private LearningRequests() {
    }

    @Schema(name = "LearningInput")
    public record PostInput(
            @NotNull Kind kind,
            @NotBlank @Size(min = 5, max = 150) String title,
            @NotBlank @Size(min = 10, max = 10000) @ReadableMarkdown
            @Schema(description = "Markdown; raw HTML is shown as text.") String body,
            @NotNull @Size(max = 5) List<@NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                    message = "{hrw.topic-words}") @Size(min = 2, max = 30) String> topics,
            @Schema(description = "A published exercise this is about, or none.") String exerciseSlug,
            @NotNull Visibility visibility,
            @Schema(description = "Questions only: address it to HRH413's stewards.") boolean askStewards) {
    }

    @Schema(name = "LearningPostRequest")
    public record NewPost(@NotBlank @Schema(description = "The group posting it; you must host it.") String groupSlug,
            @NotNull @Valid PostInput post) {
    }

    @Schema(name = "LearningUpdate")
    public record PostUpdate(@NotNull @Valid PostInput post,
            @NotNull @Schema(description = "The revision you edited; a stale one gets 409.") Long revision) {
    }

    @Schema(name = "LearningReplyInput")
    public record NewReply(
            @NotBlank @Size(min = 2, max = 10000) @ReadableMarkdown
            @Schema(description = "Markdown; raw HTML is shown as text.") String body,
            @Schema(description = "The group replying; you must host it. Leave out with asStewards.") String groupSlug,
            @Schema(description = "Stewards only: answer as HRH413's stewards.") boolean asStewards) {
    }

    @Schema(name = "LearningReplyUpdate")
    public record ReplyUpdate(@NotBlank @Size(min = 2, max = 10000) @ReadableMarkdown String body,
            @NotNull @Schema(description = "The revision you edited; a stale one gets 409.") Long revision) {
    }

    @Schema(name = "LearningHelpedRequest")
    public record Helped(@NotBlank String groupSlug) {
    }

    @Schema(name = "LearningHelpfulReply")
    public record HelpfulReply(@Schema(description = "The reply that helped, or none to unmark.") Long replyId) {
    }

    @Schema(name = "LearningFlagRequest")
    public record Flag(@NotBlank @Size(min = 5, max = 500) String reason) {
    }

    @Schema(name = "LearningModeration")
    public record Moderation(@NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "MarkdownPreviewRequest")
    public record Preview(@NotNull @Size(max = 10000) @ReadableMarkdown String body) {
    }
}
