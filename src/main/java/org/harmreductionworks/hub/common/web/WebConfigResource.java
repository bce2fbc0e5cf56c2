package org.harmreductionworks.hub.common.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.common.Network;
import org.harmreductionworks.hub.common.config.HubConfig;
import org.jboss.resteasy.reactive.Cache;

@Path("/v1/config")
@Tag(name = "Web app configuration", description = "Settings the bundled web app reads at start")
@Produces(MediaType.APPLICATION_JSON)
public class WebConfigResource {

    @Inject
    HubConfig config;

    @GET
    @Cache(maxAge = 300)
    @Operation(operationId = "getWebConfig", summary = "Runtime settings for the web app", description = "Where to sign in, and with which client.")
    @APIResponse(responseCode = "200", description = "The settings")
    @APIResponse(responseCode = "406", description = "Only JSON is offered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebConfigResponse config() {
        HubConfig.Web web = config.web();
        WebConfigResponse.Map map = web.mapTileUrl()
                .map(url -> new WebConfigResponse.Map(url, web.mapAttribution().orElse(null))).orElse(null);
        return new WebConfigResponse(Network.NAME,
                new WebConfigResponse.Oidc(web.oidcAuthority(), web.oidcClientId(), web.oidcScope()), map);
    }
}
