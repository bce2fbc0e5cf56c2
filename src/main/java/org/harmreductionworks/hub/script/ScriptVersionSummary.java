package org.harmreductionworks.hub.script;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScriptVersionSummary", description = "A published version of the script.")
public record ScriptVersionSummary(
        @Schema(examples = "1") int number,
        OffsetDateTime publishedAt,
        @Schema(description = "What changed in this version.") String summary,
        @Schema(description = "The languages this version is published in.") List<ScriptLanguage> languages) {
}
