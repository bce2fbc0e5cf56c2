package org.harmreductionworks.hub.common.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem: the one error body of the whole API.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, sent as application/problem+json for every error.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "Identifies the kind of problem; `about:blank` when the HTTP status says it all.",
                examples = "urn:hrw:problem:validation") String type,
        @Schema(description = "Short, human-readable summary of the kind of problem.", examples = "Invalid request") String title,
        @Schema(description = "The HTTP status code.", examples = "400") int status,
        @Schema(nullable = true, description = "What went wrong with this request, in plain words.") String detail,
        @Schema(nullable = true, description = "The request path the problem is about.") String instance,
        @Schema(nullable = true,
                description = "Field by field, what was wrong with the input (validation problems only).")
        List<Violation> violations,
        @Schema(nullable = true,
                description = "What the request could have meant (status 300 only): send one `value` back as the "
                + "`parameter` named in each choice.") List<Choice> choices) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One meaning of an ambiguous parameter: the value to send instead, and how to present it to a person. */
    @Schema(name = "Choice")
    public record Choice(
            @Schema(examples = "near") String parameter,
            @Schema(examples = "Springfield, MA, US") String value,
            @Schema(examples = "Springfield, MA") String label) {
    }

    /** One invalid input: {@code field} names a query parameter, path parameter or JSON property path. */
    @Schema(name = "Violation")
    public record Violation(
            @Schema(examples = "size") String field,
            @Schema(examples = "must be less than or equal to 100") String message) {
    }
}
