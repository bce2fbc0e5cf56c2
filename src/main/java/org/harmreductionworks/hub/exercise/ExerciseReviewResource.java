package org.harmreductionworks.hub.exercise;

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

@Path("/v1/review/exercises")
@Tag(name = "Exercise review", description = "Stewards publish or decline exercises groups suggest")
@RolesAllowed(CurrentUser.STEWARD_ROLE)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "Not signed in",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not a steward",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ExerciseReviewResource {

    @Inject
    ExerciseService exercises;

    @GET
    @Operation(operationId = "listExerciseSuggestions", summary = "Suggestions waiting for review",
            description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of suggestions")
    @APIResponse(responseCode = "400", description = "Bad paging parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ExerciseViews.Summary> suggestions(@Valid @BeanParam PageParams paging) {
        return exercises.suggestions(paging);
    }

    @POST
    @Path("{slug}/publication")
    @Operation(operationId = "publishExercise", summary = "Publish an exercise",
            description = "It appears in the library and the feed.")
    @APIResponse(responseCode = "200", description = "The exercise, now published")
    @APIResponse(responseCode = "404", description = "No such exercise",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExerciseViews.Detail publish(@PathParam("slug") String slug) {
        return exercises.publish(slug);
    }

    @POST
    @Path("{slug}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declineExercise", summary = "Decline a suggestion, with a reason its group will read",
            description = "Turns down an exercise a group suggested, with a reason the suggesting group's hosts will "
                    + "see. A declined suggestion never appears in the public library.")
    @APIResponse(responseCode = "200", description = "The exercise, declined")
    @APIResponse(responseCode = "400", description = "No reason given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such exercise",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not waiting for review",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExerciseViews.Detail decline(@PathParam("slug") String slug,
            @Valid @NotNull ExerciseRequests.Decline decline) {
        return exercises.decline(slug, decline.reason());
    }
}
