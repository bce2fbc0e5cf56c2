package org.harmreductionworks.hub.script;

import org.harmreductionworks.hub.common.MeetingType;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The script as a meeting reads it: one version, one language, and either one meeting type (only its welcome
 * included) or every section, each marked with its audience.
 */
@Schema(name = "Script")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScriptDocument(
        @Schema(nullable = true,
                description = "The published version number; absent for a draft preview.", examples = "1")
        Integer version,
        @Schema(description = "published, or draft for a steward's preview.", examples = "published") String status,
        @Schema(nullable = true, description = "When this version was published.") OffsetDateTime publishedAt,
        @Schema(nullable = true, description = "What changed in this version.") String summary,
        ScriptLanguage language,
        @Schema(nullable = true,
                description = "The meeting type the script was assembled for; absent when every section is included.")
        MeetingType meeting,
        @Schema(description = "Suggested minutes for the whole meeting, per meeting type.") Minutes minutes,
        List<Section> sections) {

    @Schema(name = "ScriptMinutes")
    public record Minutes(@Schema(examples = "75") int open, @Schema(examples = "75") int focused) {
    }

    @Schema(name = "ScriptSection")
    public record Section(
            @Schema(examples = "welcome-open") String key,
            @Schema(examples = "Welcome") String title,
            Audience audience,
            SectionKind kind,
            @Schema(examples = "3") int minutes,
            @Schema(description = "The text, in Markdown.") String body,
            @Schema(description = "The text rendered to safe HTML.") String html) {
    }

    public boolean isDraft() {
        return version == null;
    }
}
