package org.harmreductionworks.hub.script;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScriptDraft", description = "A draft of the next version of the script, which stewards edit before publishing.")
public record DraftView(
        @Schema(examples = "7") long id,
        @Schema(nullable = true, description = "The published version it started from.", examples = "1")
        Integer basedOn,
        @Schema(description = "Send back when publishing or discarding; changes whenever the draft does.") long revision,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "The sections, per language code.") Map<String, List<DraftSection>> sections,
        @Schema(description = "Sections edited since the version it started from in some languages but not in the "
                + "others: the other languages may still need the same change. Publishing is allowed; a steward "
                + "should confirm it first.")
        List<OneLanguageChange> oneLanguageChanges) {

    @Schema(name = "ScriptDraftOneLanguageChange",
            description = "A section changed in some languages and left as it was in the others.")
    public record OneLanguageChange(
            @Schema(examples = "agreements") String key,
            @Schema(description = "Its title in the first language it changed in.", examples = "Our agreements")
            String title,
            @Schema(examples = "[\"en\"]") List<ScriptLanguage> changedIn,
            @Schema(examples = "[\"es\"]") List<ScriptLanguage> unchangedIn) {
    }

    @Schema(name = "ScriptDraftSection")
    public record DraftSection(
            @Schema(examples = "agreements") String key,
            String title,
            Audience audience,
            SectionKind kind,
            @Schema(examples = "3") int minutes,
            @Schema(description = "Markdown; raw HTML is not accepted.") String body,
            @Schema(description = "Send back with an edit; a stale revision is refused with 409.") long revision) {
    }
}
