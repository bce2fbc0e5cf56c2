package org.harmreductionworks.hub.script;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.common.paging.Page;
import org.harmreductionworks.hub.common.paging.PageParams;
import org.jboss.resteasy.reactive.Cache;

@Path("/v1/script")
@Tag(name = "Script", description = "The meeting script every Harm Reduction Works-HRW meeting reads")
public class ScriptResource {

    @Inject
    PublishedScripts published;

    @Inject
    ScriptService scripts;

    @GET
    @Operation(operationId = "getScript", summary = "The current script",
            description = "The current published version, assembled for an open or a focused meeting (only the "
                    + "welcome differs), or every section marked with its audience when `meeting` is absent. The "
                    + "representation follows `Accept` or `format`; the language follows `lang` or Accept-Language.")
    @APIResponse(responseCode = "200", description = "The script",
            headers = { @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", schema = @Schema(type = SchemaType.STRING)) },
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScriptDocument.class)),
                    @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "304", description = "Not modified since the copy you have")
    @APIResponse(responseCode = "400", description = "An unknown meeting type, language, format or paper size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No version has been published yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "None of the accepted media types is offered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response current(@BeanParam ScriptQuery query, @Context HttpHeaders headers, @Context Request request) {
        return ScriptResponses.send(published.current(query.meeting, ScriptResponses.language(query.lang, headers),
                ScriptResponses.format(query.format, headers), query.paper), request, ScriptResponses.CURRENT);
    }

    @GET
    @Path("versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Cache(maxAge = 60)
    @Operation(operationId = "listScriptVersions", summary = "Published versions", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of versions")
    @APIResponse(responseCode = "400", description = "Bad paging parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ScriptVersionSummary> versions(@Valid @BeanParam PageParams paging) {
        return scripts.versions(paging);
    }

    @GET
    @Path("versions/{number}")
    @Operation(operationId = "getScriptVersion", summary = "One published version",
            description = "Like the current script, for a given version. Published versions never change, so "
                    + "responses may be cached for a long time.")
    @APIResponse(responseCode = "200", description = "The script",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScriptDocument.class)),
                    @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "304", description = "Not modified since the copy you have")
    @APIResponse(responseCode = "400", description = "Bad parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "None of the accepted media types is offered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response version(@PathParam("number") @Min(1) int number, @BeanParam ScriptQuery query,
            @Context HttpHeaders headers, @Context Request request) {
        return ScriptResponses.send(published.version(number, query.meeting,
                ScriptResponses.language(query.lang, headers), ScriptResponses.format(query.format, headers),
                query.paper), request, ScriptResponses.IMMUTABLE);
    }

    @GET
    @Path("versions/{number}/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Cache(maxAge = 31536000)
    @Operation(operationId = "getScriptChanges", summary = "What changed between two versions",
            description = "Section by section: added, removed or changed, with a unified diff of the text.")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "400", description = "`from` missing, not older, or bad",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScriptChanges changes(@PathParam("number") @Min(1) int number,
            @Parameter(description = "The older version to compare with.", required = true)
            @QueryParam("from") @NotNull(message = "{hrw.older-version}")
            @Min(value = 1, message = "{hrw.older-version}") Integer from,
            @Parameter(description = "Language: en or es.") @QueryParam("lang") ScriptLanguage lang,
            @Context HttpHeaders headers) {
        ScriptResponses.requireFrom(from, number);
        return scripts.changes(number, from, ScriptResponses.language(lang, headers));
    }
}
