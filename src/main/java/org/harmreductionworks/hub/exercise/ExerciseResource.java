package org.harmreductionworks.hub.exercise;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

@Path("/v1/exercises")
@Tag(name = "Exercises", description = "The library of readings, podcasts, talks and other pieces that start a "
        + "meeting's discussion")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid parameters or input; the problem names each one",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ExerciseResource {

    @Inject
    ExerciseService exercises;

    @Inject
    PublicLibrary library;

    @GET
    @Operation(operationId = "searchExercises", summary = "Search the library",
            description = "Published exercises. `q` matches the starts of words in the title, summary and prompts; "
                    + "most used first unless `sort` says otherwise.")
    @APIResponse(responseCode = "200", description = "A page of exercises")
    public Page<ExerciseViews.Summary> search(@Valid @BeanParam ExerciseSearchCriteria criteria,
            @Valid @BeanParam PageParams paging) {
        return library.search(criteria, paging);
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getExercise", summary = "One exercise",
            description = "Published ones for everyone; a suggestion only for stewards and the suggesting group's hosts.")
    @APIResponse(responseCode = "200", description = "The exercise")
    @APIResponse(responseCode = "404", description = "No such exercise",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExerciseViews.Detail exercise(@PathParam("slug") String slug) {
        return library.detail(slug);
    }

    @GET
    @Path("{slug}/usage")
    @Operation(operationId = "getExerciseUsage", summary = "How groups used it",
            description = "How many logged meetings used it, by how many groups, their average rating, and the notes "
                    + "groups chose to share, shown as the group.")
    @APIResponse(responseCode = "200", description = "The usage")
    @APIResponse(responseCode = "404", description = "No such exercise",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExerciseViews.Usage usage(@PathParam("slug") String slug) {
        return exercises.usage(slug);
    }

    @POST
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "suggestExercise", summary = "Suggest an exercise",
            description = "A host suggests an exercise on behalf of a group they host. It waits as `suggested` "
                    + "until a steward publishes or declines it.")
    @APIResponse(responseCode = "201", description = "The suggestion")
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a host of that group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response suggest(@Valid @NotNull ExerciseRequests.Suggestion suggestion) {
        ExerciseViews.Detail exercise = exercises.suggest(suggestion);
        return Response.created(URI.create("v1/exercises/" + exercise.slug())).entity(exercise).build();
    }

    @PUT
    @Path("{slug}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateExercise", summary = "Edit an exercise (stewards)",
            description = "Replaces every field of a published or suggested exercise with the one sent, for stewards "
                    + "curating the library. Send the `revision` you read: if someone saved in between, the answer is "
                    + "409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "The exercise as saved")
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a steward",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such exercise",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Someone else changed it first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExerciseViews.Detail update(@PathParam("slug") String slug,
            @Valid @NotNull ExerciseRequests.Update update) {
        return exercises.update(slug, update);
    }
}
