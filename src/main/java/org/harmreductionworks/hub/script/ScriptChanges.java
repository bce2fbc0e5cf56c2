package org.harmreductionworks.hub.script;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScriptChanges", description = "What changed between two published versions, section by section.")
public record ScriptChanges(
        @Schema(examples = "1") int from,
        @Schema(examples = "2") int to,
        ScriptLanguage language,
        @Schema(description = "Only sections that were added, removed or changed.") List<SectionChange> sections) {

    public enum Change {
        ADDED, REMOVED, CHANGED;

        @JsonValue
        public String apiName() {
            return name().toLowerCase();
        }
    }

    @Schema(name = "ScriptSectionChange")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record SectionChange(
            @Schema(examples = "agreements") String key,
            Change change,
            @Schema(description = "The section's title in the newer version, or in the older one if it was removed.")
            String title,
            @Schema(nullable = true,
                    description = "Which fields changed: title, audience, kind, minutes, body, position.")
            List<String> fields,
            @Schema(nullable = true, description = "A unified diff of the section's text (Markdown).") String diff) {
    }
}
