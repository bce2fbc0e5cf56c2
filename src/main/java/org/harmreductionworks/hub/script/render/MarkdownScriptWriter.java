package org.harmreductionworks.hub.script.render;

import org.harmreductionworks.hub.script.ScriptDocument;

/** The script as a Markdown document: the section bodies as written, framed by headings. */
public final class MarkdownScriptWriter {

    private MarkdownScriptWriter() {
    }

    public static String write(ScriptDocument document) {
        ScriptLabels labels = ScriptLabels.of(document.language());
        StringBuilder out = new StringBuilder();
        out.append("# ").append(labels.heading()).append("\n\n");
        out.append('*').append(labels.meeting(document.meeting())).append(" · ").append(labels.edition(document))
                .append("*\n");
        for (ScriptDocument.Section section : document.sections()) {
            out.append("\n## ").append(section.title()).append("\n\n");
            out.append('*').append(labels.sectionMeta(document, section)).append("*\n\n");
            out.append(section.body().strip()).append('\n');
        }
        return out.toString();
    }
}
