package org.harmreductionworks.hub.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.common.paging.Page;
import org.harmreductionworks.hub.common.paging.PageParams;
import org.harmreductionworks.hub.common.security.CurrentUser;

@Path("/v1/review/learnings")
@Tag(name = "Learning moderation", description = "Stewards review flagged posts and answer questions asked to HRH413")
@RolesAllowed(CurrentUser.STEWARD_ROLE)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid parameters or input", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not a steward", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class LearningReviewResource {

    @Inject
    ModerationService moderation;

    @GET
    @Operation(operationId = "listLearningModeration", summary = "Flagged and hidden posts and replies",
            description = "Most flagged first, with the reasons given; never who flagged.")
    @APIResponse(responseCode = "200", description = "A page of items")
    public Page<LearningViews.ModerationItem> queue(@Valid @BeanParam PageParams paging) {
        return moderation.queue(paging);
    }

    @GET
    @Path("questions")
    @Operation(operationId = "listStewardQuestions", summary = "Questions asked to HRH413, not yet answered",
            description = "Oldest first. Answer one by replying as HRH413's stewards.")
    @APIResponse(responseCode = "200", description = "A page of questions")
    public Page<LearningViews.Summary> questions(@Valid @BeanParam PageParams paging) {
        return moderation.stewardQuestions(paging);
    }

    @POST
    @Path("posts/{id}/hide")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "hideLearning", summary = "Hide a post, with a reason its group will read",
            description = "Takes a post out of every list and feed, telling its group why, and closes the flags "
                    + "waiting on it. Stewards can show it again with `restoreLearning`.")
    @APIResponse(responseCode = "204", description = "Hidden; its open flags are reviewed")
    @APIResponse(responseCode = "404", description = "No such post", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Deleted by its group", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void hidePost(@PathParam("id") long id, @Valid @NotNull LearningRequests.Moderation request) {
        moderation.hide(id, null, request.reason());
    }

    @POST
    @Path("posts/{id}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "restoreLearning", summary = "Show a hidden post again, with a reason kept for stewards",
            description = "Shows a hidden post again in lists and feeds and closes the flags waiting on it. The "
                    + "reason is kept in the moderation record for other stewards; the group is not sent it.")
    @APIResponse(responseCode = "204", description = "Visible; its open flags are reviewed")
    @APIResponse(responseCode = "404", description = "No such post", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Deleted by its group", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void restorePost(@PathParam("id") long id, @Valid @NotNull LearningRequests.Moderation request) {
        moderation.restore(id, null, request.reason());
    }

    @POST
    @Path("replies/{replyId}/hide")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "hideLearningReply", summary = "Hide a reply, with a reason its group will read",
            description = "Takes a reply off its post, telling the replying group why, and closes the flags waiting "
                    + "on it. Stewards can show it again with `restoreLearningReply`.")
    @APIResponse(responseCode = "204", description = "Hidden; its open flags are reviewed")
    @APIResponse(responseCode = "404", description = "No such reply", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Deleted by its group", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void hideReply(@PathParam("replyId") long replyId, @Valid @NotNull LearningRequests.Moderation request) {
        moderation.hide(moderation.postOf(replyId), replyId, request.reason());
    }

    @POST
    @Path("replies/{replyId}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "restoreLearningReply", summary = "Show a hidden reply again, with a reason kept for stewards",
            description = "Shows a hidden reply on its post again and closes the flags waiting on it. The reason is "
                    + "kept in the moderation record for other stewards; the group is not sent it.")
    @APIResponse(responseCode = "204", description = "Visible; its open flags are reviewed")
    @APIResponse(responseCode = "404", description = "No such reply", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Deleted by its group", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void restoreReply(@PathParam("replyId") long replyId, @Valid @NotNull LearningRequests.Moderation request) {
        moderation.restore(moderation.postOf(replyId), replyId, request.reason());
    }
}
