package org.harmreductionworks.hub.script.render;

import java.nio.charset.StandardCharsets;

import org.harmreductionworks.hub.script.Paper;
import org.harmreductionworks.hub.script.ScriptDocument;
import org.harmreductionworks.hub.script.ScriptFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Renders a script document in any offered format. */
public final class ScriptRenderer {

    /** Bump when a writer's output changes, so that clients' cached copies of published versions are replaced. */
    static final int OUTPUT_REVISION = 3;

    private ScriptRenderer() {
    }

    public static Rendition render(ScriptDocument document, ScriptFormat format, Paper paper, ObjectMapper json) {
        byte[] body = switch (format) {
            case JSON -> toJson(document, json);
            case MARKDOWN -> utf8(MarkdownScriptWriter.write(document));
            case TEXT -> utf8(TextScriptWriter.write(document));
            case HTML -> utf8(HtmlScriptWriter.write(document));
            case PDF -> PdfScriptWriter.write(document, paper);
        };
        String mediaType = format.isText() ? format.mediaType() + ";charset=UTF-8" : format.mediaType();
        return new Rendition(body, mediaType, etag(document, format, paper), document.publishedAt(),
                fileName(document, format, paper));
    }

    /**
     * Published versions never change, so the validator follows from what was asked for; it is the same on every
     * replica without comparing bytes (PDFs embed a creation time).
     */
    static String etag(ScriptDocument document, ScriptFormat format, Paper paper) {
        if (document.isDraft()) {
            return null;
        }
        String meeting = document.meeting() == null ? "all" : document.meeting().apiName();
        String variant = format == ScriptFormat.PDF ? "-" + paper.name().toLowerCase() : "";
        return "\"script-v" + document.version() + "-" + meeting + "-" + document.language().code() + "-"
                + format.parameter() + variant + "-r" + OUTPUT_REVISION + "\"";
    }

    private static String fileName(ScriptDocument document, ScriptFormat format, Paper paper) {
        String meeting = document.meeting() == null ? "all" : document.meeting().apiName();
        String edition = document.isDraft() ? "draft" : "v" + document.version();
        String variant = format == ScriptFormat.PDF ? "-" + paper.name().toLowerCase() : "";
        return "hrw-script-" + edition + "-" + meeting + "-" + document.language().code() + variant + "."
                + format.extension();
    }

    private static byte[] toJson(ScriptDocument document, ObjectMapper json) {
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A script document could not be written as JSON", e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
