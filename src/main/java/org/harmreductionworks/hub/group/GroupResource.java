package org.harmreductionworks.hub.group;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harmreductionworks.hub.common.error.InvalidInput;
import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.paging.PageParams;
import org.harmreductionworks.hub.common.security.CurrentUser;
import org.harmreductionworks.hub.common.web.PublicOrigin;
import org.harmreductionworks.hub.common.web.TaggedResponse;
import org.harmreductionworks.hub.group.GroupEnums.Status;

import io.quarkus.security.Authenticated;

@Path("/v1/groups")
@Tag(name = "Groups", description = "The directory of Harm Reduction Works-HRW groups")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid parameters or input; the problem names each one",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class GroupResource {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern VALID_IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private static final String AMBIGUOUS_EXAMPLE = """
            {"type": "urn:hrw:problem:ambiguous", "title": "More than one meaning", "status": 300,
             "detail": "Several towns are called Springfield. Send the value of one of the choices as near, or add the state to the name.",
             "instance": "/api/v1/groups",
             "choices": [{"parameter": "near", "value": "Springfield, MO, US", "label": "Springfield, MO"},
                         {"parameter": "near", "value": "Springfield, MA, US", "label": "Springfield, MA"}]}""";

    @Inject
    GroupService groups;

    @Inject
    PublicOrigin publicOrigin;

    @Inject
    GroupFinder finder;

    @Inject
    ContactRelay relay;

    @GET
    @Operation(operationId = "searchGroups", summary = "Find groups",
            description = "Active groups that meet in person near a point (lat/lon) or a place (near), nearest first, "
                    + "each with its distance and next meeting. Online groups are not near anywhere: ask for them "
                    + "with attendance=online (any point is then ignored). Without a place, all active groups, "
                    + "soonest meeting first. A bare town name means the biggest town of that name in the network's "
                    + "countries; when towns of a similar size share it, the answer is 300 with the choices.")
    @APIResponse(responseCode = "200", description = "A page of groups, and the place `near` was understood as")
    @APIResponse(responseCode = "300", description = "`near` names several towns of a similar size (\"Springfield\"): "
            + "a problem whose `choices` each give a `value` to send as `near` and a `label` to show",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "ambiguous", value = AMBIGUOUS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid, or `near` is a place we do not know",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GroupViews.SearchPage search(@Valid @BeanParam GroupSearchCriteria criteria,
            @Valid @BeanParam PageParams paging) {
        return finder.find(criteria, paging);
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getGroup", summary = "A group's listing",
            description = "Hosts and stewards also see the private details (contact address, exact place).")
    @APIResponse(responseCode = "200", description = "The group")
    @APIResponse(responseCode = "404", description = "No such group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GroupViews.Detail group(@PathParam("slug") String slug) {
        return groups.detail(slug);
    }

    @GET
    @Path("{slug}/calendar.ics")
    @Produces("text/calendar")
    @Operation(operationId = "getGroupCalendar", summary = "The group's meetings as an iCalendar file",
            description = "RFC 5545: a recurring event in the group's time zone, with cancelled dates excluded and "
                    + "moved dates as their own events. Subscribe to it or import it into any calendar.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the copy you have")
    @APIResponse(responseCode = "404", description = "No such group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response calendar(@PathParam("slug") String slug, @Context UriInfo uri, @Context Request request) {
        Response tagged = TaggedResponse.of(groups.calendar(slug, publicOrigin.of(uri)), "text/calendar", request, 900);
        return Response.fromResponse(tagged)
                .header("Content-Disposition", "inline; filename=\"hrw-" + slug + ".ics\"").build();
    }

    @POST
    @Path("{slug}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "messageGroup", summary = "Send a group a message",
            description = "No account needed. The message is e-mailed to the group's hosts (for example to ask "
                    + "where a group that shares its place on request meets) and is not stored.")
    @APIResponse(responseCode = "202", description = "Passed on to the group's hosts")
    @APIResponse(responseCode = "404", description = "No such group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many messages; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response message(@PathParam("slug") String slug, @Valid @NotNull RelayRequest request,
            @Context io.vertx.core.http.HttpServerRequest http) {
        relay.send(slug, new ContactRelay.Message(request.message(), request.replyTo(), request.website()),
                http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
        return Response.accepted().build();
    }

    @POST
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerGroup", summary = "Register a group",
            description = "Any signed-in person can register a group; it is pending until a steward approves it, "
                    + "and the person who registered it hosts it. Send an Idempotency-Key to make a retry safe: a "
                    + "registration sent again with the same key answers with the group the first one made, as it "
                    + "is now, and registers nothing new.")
    @APIResponse(responseCode = "201", description = "The pending listing (Idempotent-Replayed: true when an earlier "
            + "request with the same Idempotency-Key made it)")
    @APIResponse(responseCode = "400", description = "The listing or the Idempotency-Key is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key belongs to another person's registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull GroupRequests.Listing listing,
            @Parameter(description = "Any unique value for this registration, the same on each retry of it "
                    + "(8 to 64 letters, digits, - or _; a UUID fits)")
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        if (idempotencyKey != null && !VALID_IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidInput(IDEMPOTENCY_KEY, ProblemText.IDEMPOTENCY_KEY_INVALID);
        }
        GroupService.Registration registration = groups.register(listing, idempotencyKey);
        GroupViews.Detail group = registration.group();
        Response.ResponseBuilder created = Response.created(URI.create("v1/groups/" + group.slug())).entity(group);
        if (registration.repeated()) {
            created.header("Idempotent-Replayed", "true");
        }
        return created.build();
    }

    @PUT
    @Path("{slug}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateGroup", summary = "Edit a listing",
            description = "Hosts of the group only. Send the revision you read; a stale one is refused with 409.")
    @APIResponse(responseCode = "200", description = "The listing as saved")
    @APIResponse(responseCode = "403", description = "Not a host of this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Someone else changed it first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GroupViews.Detail update(@PathParam("slug") String slug, @Valid @NotNull GroupRequests.Update update) {
        return groups.update(slug, update);
    }

    @POST
    @Path("{slug}/confirmation")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "confirmGroupMeets", summary = "We still meet",
            description = "Refreshes the listing's last verified date; listings not confirmed for six months are "
                    + "marked stale.")
    @APIResponse(responseCode = "200", description = "The listing")
    @APIResponse(responseCode = "403", description = "Not a host of this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GroupViews.Detail confirm(@PathParam("slug") String slug) {
        return groups.confirmStillMeeting(slug);
    }

    @PUT
    @Path("{slug}/status")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setGroupStatus", summary = "Pause, resume or close a group",
            description = "Hosts only: active -> paused, paused -> active, or closed.")
    @APIResponse(responseCode = "200", description = "The listing")
    @APIResponse(responseCode = "409", description = "Not possible from the current status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GroupViews.Detail status(@PathParam("slug") String slug, @Valid @NotNull StatusChange change) {
        return groups.changeStatus(slug, change.status());
    }

    @Schema(name = "GroupStatusChange")
    public record StatusChange(@NotNull @Schema(description = "paused, active or closed") Status status) {
    }

    @POST
    @Path("{slug}/schedule-changes")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeGroupMeetingDate", summary = "Cancel or move one meeting",
            description = "Marks one date of the group's regular schedule as cancelled, or moved to another date and "
                    + "start time, so the next-meeting times, the group page and every calendar feed show it. Only "
                    + "the group's hosts can do this.")
    @APIResponse(responseCode = "200", description = "The listing with its changed dates")
    public GroupViews.Detail addChange(@PathParam("slug") String slug,
            @Valid @NotNull GroupRequests.ChangeInput change) {
        return groups.addScheduleChange(slug, change);
    }

    @DELETE
    @Path("{slug}/schedule-changes/{date}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "restoreGroupMeetingDate", summary = "Undo a cancelled or moved meeting",
            description = "Takes back a cancellation or a move, so the group meets on that date at its regular time "
                    + "again. The path's date is the original meeting date that was changed.")
    @APIResponse(responseCode = "204", description = "Restored")
    @APIResponse(responseCode = "404", description = "No change on that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void removeChange(@PathParam("slug") String slug, @PathParam("date") LocalDate date) {
        groups.removeScheduleChange(slug, date);
    }

    @POST
    @Path("{slug}/invitations")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "inviteCoHost", summary = "Invite a co-host",
            description = "A one-time code, valid for seven days, that makes whoever redeems it a host too.")
    @APIResponse(responseCode = "201", description = "The code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GroupViews.Invitation.class)))
    @APIResponse(responseCode = "403", description = "Not a host of this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response invite(@PathParam("slug") String slug) {
        return Response.status(201).entity(groups.invite(slug)).build();
    }

    @GET
    @Path("{slug}/history")
    @RolesAllowed(CurrentUser.STEWARD_ROLE)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getGroupHistory", summary = "Every change to a listing",
            description = "Stewards only: when, by which role, and which fields; never who.")
    @APIResponse(responseCode = "200", description = "Newest first")
    @APIResponse(responseCode = "403", description = "Not a steward",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<GroupViews.HistoryView> history(@PathParam("slug") String slug) {
        return groups.history(slug);
    }
}
