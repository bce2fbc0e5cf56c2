package org.harmreductionworks.hub.group;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harmreductionworks.hub.common.error.Problem;

import io.quarkus.security.Authenticated;

@Path("/v1/invitations")
@Tag(name = "Groups")
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    @Inject
    GroupService groups;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptCoHostInvitation", summary = "Become a co-host with a one-time code",
            description = "Redeems a one-time code a host created with `inviteCoHost`, making the signed-in account a "
                    + "host of that group. A code works once and for seven days.")
    @APIResponse(responseCode = "200", description = "The group you now host. Someone who already hosts it gets the "
            + "same answer, and the code stays unused for the person it was meant for.")
    @APIResponse(responseCode = "400", description = "No code, or one far too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such code (spaces, dashes and capitals are ignored)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "The code was used already (type `urn:hrw:problem:invitation-used`)"
            + " or has expired (type `urn:hrw:problem:invitation-expired`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GroupViews.Detail accept(@Valid @NotNull GroupRequests.Join join) {
        return groups.join(join.code());
    }
}
