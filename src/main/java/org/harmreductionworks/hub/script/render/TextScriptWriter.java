package org.harmreductionworks.hub.script.render;

import org.harmreductionworks.hub.common.markdown.SafeMarkdown;
import org.harmreductionworks.hub.script.ScriptDocument;

/** The script as plain text, for screen readers, e-mail and anything that cannot show Markdown. */
public final class TextScriptWriter {

    private TextScriptWriter() {
    }

    public static String write(ScriptDocument document) {
        ScriptLabels labels = ScriptLabels.of(document.language());
        StringBuilder out = new StringBuilder();
        underline(out, labels.heading(), '=');
        out.append(labels.meeting(document.meeting())).append(" · ").append(labels.edition(document)).append('\n');
        for (ScriptDocument.Section section : document.sections()) {
            out.append('\n');
            underline(out, section.title(), '-');
            out.append('[').append(labels.sectionMeta(document, section)).append("]\n\n");
            out.append(SafeMarkdown.toPlainText(section.body())).append('\n');
        }
        return out.toString();
    }

    private static void underline(StringBuilder out, String text, char line) {
        out.append(text).append('\n').append(String.valueOf(line).repeat(text.length())).append('\n');
    }
}
