package org.harmreductionworks.hub.script;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;

/** The representations the script is offered in, by media type and by the name used in {@code ?format=}. */
public enum ScriptFormat {
    JSON("json", MediaType.APPLICATION_JSON, "json"),
    MARKDOWN("markdown", "text/markdown", "md"),
    TEXT("text", MediaType.TEXT_PLAIN, "txt"),
    HTML("html", MediaType.TEXT_HTML, "html"),
    PDF("pdf", "application/pdf", "pdf");

    private final String parameter;
    private final String mediaType;
    private final String extension;

    ScriptFormat(String parameter, String mediaType, String extension) {
        this.parameter = parameter;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String parameter() {
        return parameter;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public boolean isText() {
        return this != PDF;
    }

    public static List<String> offeredMediaTypes() {
        return Arrays.stream(values()).map(ScriptFormat::mediaType).toList();
    }

    public static Optional<ScriptFormat> fromParameter(String value) {
        return Arrays.stream(values())
                .filter(f -> f.parameter.equalsIgnoreCase(value) || f.extension.equalsIgnoreCase(value))
                .findFirst();
    }

    /** The best offered format for an Accept header's media ranges, in the client's order of preference. */
    public static Optional<ScriptFormat> negotiate(List<MediaType> acceptable) {
        if (acceptable == null || acceptable.isEmpty()) {
            return Optional.of(JSON);
        }
        for (MediaType range : acceptable) {
            for (ScriptFormat format : values()) {
                if (range.isCompatible(MediaType.valueOf(format.mediaType))) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
