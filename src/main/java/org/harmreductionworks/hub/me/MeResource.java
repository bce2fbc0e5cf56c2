package org.harmreductionworks.hub.me;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

@Path("/v1/me")
@Tag(name = "Me", description = "The signed-in person")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    MeService meService;

    @GET
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getMe", summary = "Who am I", description = "The signed-in person's display name, whether they are a steward, and the groups they host.")
    @APIResponse(responseCode = "200", description = "The signed-in person",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The identity provider cannot be reached",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MeResponse me() {
        return meService.whoAmI();
    }
}
