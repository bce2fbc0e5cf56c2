package org.harmreductionworks.hub.learning;

import java.net.URI;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.common.paging.Page;
import org.harmreductionworks.hub.common.paging.PageParams;

import io.quarkus.security.Authenticated;

@Path("/v1/learnings")
@Tag(name = "Learnings", description = "What groups share with each other: what worked, questions and answers, "
        + "stories and resources; always shown as the group, never a person")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid parameters or input; the problem names each one",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class LearningResource {

    @Inject
    LearningService learnings;

    @Inject
    ModerationService moderation;

    @Inject
    PublicLearnings publicLearnings;

    @GET
    @Operation(operationId = "searchLearnings", summary = "Search shared learnings",
            description = "Visible posts, newest first unless `sort` says otherwise. Network-only posts are "
                    + "included for signed-in hosts and stewards only; anonymous callers never see them.")
    @APIResponse(responseCode = "200", description = "A page of posts")
    public Page<LearningViews.Summary> search(@Valid @BeanParam LearningSearchCriteria criteria,
            @Valid @BeanParam PageParams paging) {
        return publicLearnings.search(criteria, paging);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getLearning", summary = "One post with its replies",
            description = "A shared learning with its replies, its body and replies rendered from Markdown to safe "
                    + "HTML on the server. Network-only posts are found only by signed-in hosts and stewards; to "
                    + "anyone else they are 404, as if they did not exist.")
    @APIResponse(responseCode = "200", description = "The post")
    @APIResponse(responseCode = "404", description = "No such post, or not shared with the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LearningViews.Detail learning(@PathParam("id") long id) {
        return publicLearnings.detail(id);
    }

    @POST
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postLearning", summary = "Share something, or ask a question",
            description = "On behalf of a listed group the caller hosts. At most 10 posts an hour per account.")
    @APIResponse(responseCode = "201", description = "The post")
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a host of that group", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The group is not listed yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many posts; see Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response post(@Valid @NotNull LearningRequests.NewPost request) {
        LearningViews.Detail post = learnings.post(request);
        return Response.created(URI.create("v1/learnings/" + post.id())).entity(post).build();
    }

    @PUT
    @Path("{id}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateLearning", summary = "Edit a post", description = "It is marked as edited.")
    @APIResponse(responseCode = "200", description = "The post as saved")
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a host of the posting group", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such post", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed by another host first, or deleted", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LearningViews.Detail update(@PathParam("id") long id, @Valid @NotNull LearningRequests.PostUpdate update) {
        return learnings.update(id, update);
    }

    @DELETE
    @Path("{id}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteLearning", summary = "Delete a post",
            description = "Gone for everyone but stewards, who keep it for review.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a host of the posting group", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such post", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") long id) {
        learnings.delete(id);
    }

    @POST
    @Path("preview")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewMarkdown", summary = "How a body will look",
            description = "The HTML the hub shows for this Markdown: raw HTML escaped, safe links only.")
    @APIResponse(responseCode = "200", description = "The HTML")
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LearningViews.Preview preview(@Valid @NotNull LearningRequests.Preview preview) {
        return learnings.preview(preview.body());
    }

    @POST
    @Path("{id}/replies")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replyToLearning", summary = "Reply",
            description = "As a listed group the caller hosts, or (stewards) as HRH413's stewards.")
    @APIResponse(responseCode = "201", description = "The reply")
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a host of that group, or not a steward", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such post", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The post is not open for replies", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many replies; see Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reply(@PathParam("id") long id, @Valid @NotNull LearningRequests.NewReply request) {
        LearningViews.Reply reply = learnings.reply(id, request);
        return Response.created(URI.create("v1/learnings/" + id + "/replies/" + reply.id())).entity(reply).build();
    }

    @PUT
    @Path("{id}/replies/{replyId}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateLearningReply", summary = "Edit a reply", description = "It is marked as edited.")
    @APIResponse(responseCode = "200", description = "The reply as saved")
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a host of the replying group", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such reply", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed first, or deleted", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LearningViews.Reply updateReply(@PathParam("id") long id, @PathParam("replyId") long replyId,
            @Valid @NotNull LearningRequests.ReplyUpdate update) {
        return learnings.updateReply(id, replyId, update);
    }

    @DELETE
    @Path("{id}/replies/{replyId}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteLearningReply", summary = "Delete a reply",
            description = "Deletes a reply, which disappears from the post for everyone; if it was the reply marked "
                    + "as the one that helped, that mark goes too. Only the hosts of the group that wrote it, or "
                    + "stewards for a reply from HRH413, can do this.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a host of the replying group", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such reply", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void deleteReply(@PathParam("id") long id, @PathParam("replyId") long replyId) {
        learnings.deleteReply(id, replyId);
    }

    @POST
    @Path("{id}/helped")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markLearningHelped", summary = "This helped us",
            description = "Once per group; saying it again changes nothing.")
    @APIResponse(responseCode = "200", description = "How many groups it helped")
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a host of that group", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such post", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The group's own post", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LearningViews.HelpedCount helped(@PathParam("id") long id,
            @Valid @NotNull LearningRequests.Helped request) {
        return learnings.markHelped(id, request.groupSlug());
    }

    @DELETE
    @Path("{id}/helped/{groupSlug}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "unmarkLearningHelped", summary = "Take back \"this helped us\"",
            description = "Withdraws the \"this helped us\" a group gave a post, for a host who marked it by mistake. "
                    + "The answer is the post's new count of groups it helped.")
    @APIResponse(responseCode = "200", description = "How many groups it helped")
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a host of that group", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such post", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LearningViews.HelpedCount unhelped(@PathParam("id") long id, @PathParam("groupSlug") String groupSlug) {
        return learnings.unmarkHelped(id, groupSlug);
    }

    @PUT
    @Path("{id}/helpful-reply")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markHelpfulReply", summary = "The reply that answered the question",
            description = "For the asking group's hosts; none to unmark.")
    @APIResponse(responseCode = "200", description = "The post")
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a host of the asking group", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such post", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a question", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LearningViews.Detail helpfulReply(@PathParam("id") long id,
            @Valid @NotNull LearningRequests.HelpfulReply request) {
        return learnings.markHelpfulReply(id, request.replyId());
    }

    @POST
    @Path("{id}/flags")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "flagLearning", summary = "Flag a post for the stewards",
            description = "Flags from three different groups hide it until a steward reviews it.")
    @APIResponse(responseCode = "202", description = "Noted")
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such post", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many flags; see Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response flag(@PathParam("id") long id, @Valid @NotNull LearningRequests.Flag request) {
        moderation.flag(id, null, request.reason());
        return Response.accepted().build();
    }

    @POST
    @Path("{id}/replies/{replyId}/flags")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "flagLearningReply", summary = "Flag a reply for the stewards",
            description = "Flags from three different groups hide it until a steward reviews it.")
    @APIResponse(responseCode = "202", description = "Noted")
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such reply", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many flags; see Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response flagReply(@PathParam("id") long id, @PathParam("replyId") long replyId,
            @Valid @NotNull LearningRequests.Flag request) {
        moderation.flag(id, replyId, request.reason());
        return Response.accepted().build();
    }
}
