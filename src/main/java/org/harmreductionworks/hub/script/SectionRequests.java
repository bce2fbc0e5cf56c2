package org.harmreductionworks.hub.script;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.harmreductionworks.hub.common.markdown.ReadableMarkdown;

/** The bodies stewards send to edit a draft. */
public final class SectionRequests {

    private SectionRequests() {
    }

    @Schema(name = "UpdateScriptSection")
    public record Update(
            @NotBlank @Size(max = 200) String title,
            @NotNull Audience audience,
            @NotNull SectionKind kind,
            @Min(0) @Max(90) int minutes,
            @NotNull @Size(max = 20000) @ReadableMarkdown @Schema(description = "Markdown; raw HTML is refused.")
            String body,
            @NotNull @Schema(description = "The section's revision as last read.") Long revision) {
    }

    @Schema(name = "NewScriptSection")
    public record Create(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                    message = "{hrw.section-key}") String key,
            @NotBlank @Size(max = 200) String title,
            @NotNull Audience audience,
            @NotNull SectionKind kind,
            @Min(0) @Max(90) int minutes,
            @NotNull @Size(max = 20000) @ReadableMarkdown String body,
            @Schema(description = "Insert after this section; at the start when absent.") String afterKey) {
    }

    @Schema(name = "PublishScriptDraft")
    public record Publish(
            @NotBlank @Size(max = 1000) @Schema(description = "What changed, for the version history.") String summary,
            @NotNull @Schema(description = "The draft's revision as last read.") Long revision) {
    }
}
