package org.harmreductionworks.hub.group;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.harmreductionworks.hub.common.security.CurrentUser;

@Path("/v1/review/groups")
@Tag(name = "Group review", description = "Stewards approve or decline newly registered groups")
@RolesAllowed(CurrentUser.STEWARD_ROLE)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "Not signed in",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not a steward",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class GroupReviewResource {

    @Inject
    GroupService groups;

    @GET
    @Operation(operationId = "listPendingGroups", summary = "Groups waiting for approval",
            description = "Oldest first, each the whole listing as its page will show it (schedule, next meetings, "
                    + "description, the place as the public will see it), with its private details.")
    @APIResponse(responseCode = "200", description = "The queue")
    public List<GroupViews.Detail> pending() {
        return groups.pending();
    }

    @POST
    @Path("{slug}/approval")
    @Operation(operationId = "approveGroup", summary = "Approve a group", description = "It appears in the directory.")
    @APIResponse(responseCode = "200", description = "The listing, now active")
    @APIResponse(responseCode = "409", description = "Not pending",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GroupViews.Detail approve(@PathParam("slug") String slug) {
        return groups.approve(slug);
    }

    @POST
    @Path("{slug}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declineGroup", summary = "Decline a group, with a reason its hosts will read",
            description = "Turns down a pending group listing, with a reason its hosts will see on their listing. A "
                    + "declined listing is never public.")
    @APIResponse(responseCode = "200", description = "The listing, declined")
    @APIResponse(responseCode = "409", description = "Not pending",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GroupViews.Detail decline(@PathParam("slug") String slug, @Valid @NotNull GroupRequests.Decline decline) {
        return groups.decline(slug, decline.reason());
    }
}
