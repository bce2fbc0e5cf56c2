package org.harmreductionworks.hub.meeting;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.common.paging.Page;
import org.harmreductionworks.hub.common.paging.PageParams;

import io.quarkus.security.Authenticated;

/** The same root as the group directory: a group's meetings are read and written under the group's own address. */
@Path("/v1/groups")
@Tag(name = "Meetings", description = "A group's log of the meetings it held, and its plan for the next ones; "
        + "for the group's hosts only")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid parameters or input; the problem names each one",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such group, entry or plan",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MeetingResource {

    @Inject
    MeetingService meetings;

    @Inject
    NextExercises nextExercises;

    @GET
    @Path("{slug}/meetings")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listMeetingLog", summary = "The group's meeting log", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a host of this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<MeetingViews.LogEntry> log(@PathParam("slug") String slug, @Valid @BeanParam PageParams paging) {
        return meetings.log(slug, paging);
    }

    @POST
    @Path("{slug}/meetings")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "logMeeting", summary = "Log a meeting the group held",
            description = "Records one meeting a group held: the date, open or focused, the exercise used, a "
                    + "headcount range and how it went (1-5). A note is private to the group's hosts unless "
                    + "`shareNote` is set, when it appears, as the group, in the exercise's usage.")
    @APIResponse(responseCode = "201", description = "The entry")
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a host of this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "That meeting is already in the log",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("slug") String slug, @Valid @NotNull MeetingRequests.LogInput input) {
        MeetingViews.LogEntry entry = meetings.record(slug, input);
        return Response.created(URI.create("v1/groups/" + slug + "/meetings/" + entry.id())).entity(entry).build();
    }

    @PUT
    @Path("{slug}/meetings/{id}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMeetingLogEntry", summary = "Correct a log entry",
            description = "Replaces a log entry with the one sent, for a host fixing a date, an exercise or a rating. "
                    + "Send the `revision` you read: if another host saved in between, the answer is 409.")
    @APIResponse(responseCode = "200", description = "The entry as saved")
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a host of this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed by another host first, or the meeting is already logged",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MeetingViews.LogEntry update(@PathParam("slug") String slug, @PathParam("id") long id,
            @Valid @NotNull MeetingRequests.LogUpdate update) {
        return meetings.update(slug, id, update);
    }

    @DELETE
    @Path("{slug}/meetings/{id}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteMeetingLogEntry", summary = "Remove a log entry",
            description = "Deletes a log entry, and with it the entry's part in the exercise's usage counts and "
                    + "shared notes. Only the group's hosts can do this.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a host of this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("slug") String slug, @PathParam("id") long id) {
        meetings.delete(slug, id);
    }

    @GET
    @Path("{slug}/plan")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getMeetingPlan", summary = "The group's plan for its next meetings",
            description = "From the group's today on, soonest first.")
    @APIResponse(responseCode = "200", description = "The planned meetings")
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a host of this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<MeetingViews.PlanEntry> plan(@PathParam("slug") String slug) {
        return meetings.plan(slug);
    }

    @PUT
    @Path("{slug}/plan/{date}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveMeetingPlan", summary = "Plan one meeting",
            description = "Creates or replaces the plan for a date, today or later.")
    @APIResponse(responseCode = "200", description = "The plan for that date")
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a host of this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed by another host first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MeetingViews.PlanEntry savePlan(@PathParam("slug") String slug,
            @Parameter(description = "YYYY-MM-DD") @PathParam("date") LocalDate date,
            @Valid @NotNull MeetingRequests.PlanInput input) {
        return meetings.savePlan(slug, date, input);
    }

    @DELETE
    @Path("{slug}/plan/{date}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteMeetingPlan", summary = "Remove the plan for a date",
            description = "Clears what the group planned for one meeting date: its exercise, who chooses and whether "
                    + "the public page shows it. A date with nothing planned is a 404.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a host of this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Nothing planned for that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void deletePlan(@PathParam("slug") String slug,
            @Parameter(description = "YYYY-MM-DD") @PathParam("date") LocalDate date) {
        meetings.deletePlan(slug, date);
    }

    @GET
    @Path("{slug}/next-exercise")
    @Operation(operationId = "getNextExercise", summary = "The exercise for the group's next meeting",
            description = "Only when the group chose to show it on its public page; otherwise 204, so that a page "
                    + "asking for it has nothing to report as an error.")
    @APIResponse(responseCode = "200", description = "The date and the exercise",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingViews.NextExercise.class)))
    @APIResponse(responseCode = "204", description = "The group shows no exercise for its next meeting")
    public Response nextExercise(@PathParam("slug") String slug) {
        return nextExercises.nextExercise(slug).map(next -> Response.ok(next)).orElseGet(Response::noContent).build();
    }
}
