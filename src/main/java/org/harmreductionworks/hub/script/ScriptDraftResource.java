package org.harmreductionworks.hub.script;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.common.security.CurrentUser;
import org.harmreductionworks.hub.script.render.ScriptRenderer;

import com.fasterxml.jackson.databind.ObjectMapper;

@Path("/v1/script/drafts")
@Tag(name = "Script drafts", description = "Stewards prepare and publish the next version of the script")
@RolesAllowed(CurrentUser.STEWARD_ROLE)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "Not signed in",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not a steward",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ScriptDraftResource {

    @Inject
    ScriptService scripts;

    @Inject
    PublishedScripts published;

    @Inject
    ObjectMapper json;

    @POST
    @Operation(operationId = "startScriptDraft", summary = "Start a draft from the current version",
            description = "Opens a draft of the next script version, a copy of every section of the current version "
                    + "in every language. Only one draft can be open at a time: stewards edit it together, then "
                    + "publish or discard it.")
    @APIResponse(responseCode = "201", description = "The new draft",
            content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "409", description = "A draft is already open",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start() {
        DraftView draft = scripts.startDraft();
        return Response.created(URI.create("v1/script/drafts/" + draft.id())).entity(draft).build();
    }

    @GET
    @Operation(operationId = "listScriptDrafts", summary = "Open drafts",
            description = "The draft a steward can continue, as a list so that a client need not handle a 404 when "
                    + "none is open. It holds at most one draft.")
    @APIResponse(responseCode = "200", description = "The open drafts (at most one)")
    public List<DraftView> open() {
        return scripts.openDrafts();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getScriptDraft", summary = "A draft with every section and its revision",
            description = "Every section of the draft in every language, each with the revision an edit must send "
                    + "back. It also lists the sections changed in one language only, so an editor sees which "
                    + "translations still need the change.")
    @APIResponse(responseCode = "200", description = "The draft")
    @APIResponse(responseCode = "404", description = "No such draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DraftView draft(@PathParam("id") long id) {
        return scripts.draft(id);
    }

    @GET
    @Path("{id}/preview")
    @Produces
    @Operation(operationId = "previewScriptDraft", summary = "Preview a draft in any format",
            description = "The draft as a meeting would read it once published, in the format asked for.")
    @APIResponse(responseCode = "200", description = "The preview")
    @APIResponse(responseCode = "406", description = "None of the accepted media types is offered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response preview(@PathParam("id") long id, @BeanParam ScriptQuery query, @Context HttpHeaders headers,
            @Context Request request) {
        ScriptLanguage language = ScriptResponses.language(query.lang, headers);
        ScriptFormat format = ScriptResponses.format(query.format, headers);
        return ScriptResponses.send(ScriptRenderer.render(scripts.draftDocument(id, language, query.meeting),
                format, query.paper, json), request, ScriptResponses.PRIVATE);
    }

    @PUT
    @Path("{id}/sections/{lang}/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateScriptDraftSection", summary = "Edit a section",
            description = "Send the revision you last read; if someone changed the section since, the edit is refused "
                    + "with 409 and nothing is overwritten.")
    @APIResponse(responseCode = "200", description = "The section as saved, with its new revision")
    @APIResponse(responseCode = "400", description = "Invalid section (raw HTML is refused)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such draft or section",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Someone else changed it first, or the draft was published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DraftView.DraftSection update(@PathParam("id") long id, @PathParam("lang") ScriptLanguage lang,
            @PathParam("key") String key, @Valid @NotNull SectionRequests.Update request) {
        return scripts.updateSection(id, lang, key, request);
    }

    @POST
    @Path("{id}/sections/{lang}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addScriptDraftSection", summary = "Add a section",
            description = "Adds a new section, in one language, to the draft. Its key must not be taken yet in that "
                    + "language; add it in the other language too, or publishing is refused.")
    @APIResponse(responseCode = "201", description = "The new section")
    @APIResponse(responseCode = "400", description = "Invalid section",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The key is taken, or the draft was published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("id") long id, @PathParam("lang") ScriptLanguage lang,
            @Valid @NotNull SectionRequests.Create request) {
        DraftView.DraftSection section = scripts.addSection(id, lang, request);
        return Response.created(URI.create("v1/script/drafts/" + id + "/sections/" + lang.code() + "/"
                + section.key())).entity(section).build();
    }

    @DELETE
    @Path("{id}/sections/{lang}/{key}")
    @Operation(operationId = "removeScriptDraftSection", summary = "Remove a section",
            description = "Deletes one section, in one language, from the draft. Send the section's `revision` as "
                    + "last read: if another steward saved it in between, the answer is 409.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Someone else changed it first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void remove(@PathParam("id") long id, @PathParam("lang") ScriptLanguage lang, @PathParam("key") String key,
            @Parameter(description = "The section's revision as last read.", required = true)
            @QueryParam("revision") @NotNull Long revision) {
        scripts.deleteSection(id, lang, key, revision);
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishScriptDraft", summary = "Publish the draft as the next version",
            description = "Every language must have the same sections, and each meeting type must add up to 60-90 "
                    + "minutes.")
    @APIResponse(responseCode = "201", description = "The published version",
            content = @Content(schema = @Schema(implementation = ScriptVersionSummary.class)))
    @APIResponse(responseCode = "409", description = "Stale draft, a newer version, or not publishable yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@PathParam("id") long id, @Valid @NotNull SectionRequests.Publish request) {
        ScriptVersionSummary version = published.publish(id, request);
        return Response.created(URI.create("v1/script/versions/" + version.number())).entity(version).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "discardScriptDraft", summary = "Discard a draft",
            description = "Deletes the open draft and every change in it; the published versions stay as they were. "
                    + "Stewards can then start a new draft.")
    @APIResponse(responseCode = "204", description = "Discarded")
    public void discard(@PathParam("id") long id) {
        scripts.discard(id);
    }
}
