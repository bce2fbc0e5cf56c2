package org.harmreductionworks.hub.common.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harmreductionworks.hub.common.Network;
import org.harmreductionworks.hub.common.config.HubConfig;
import org.jboss.resteasy.reactive.Cache;

@Path("/api/v1/config")
@Tag(name = "Web app configuration")
@Produces(MediaType.APPLICATION_JSON)
public class WebConfigResource {

    @Inject
    HubConfig config;

    @GET
    @Cache(maxAge = 300)
    @Operation(summary = "Runtime settings for the web app", description = "Where to sign in, and with which client.")
    public WebConfigResponse config() {
        HubConfig.Web web = config.web();
        return new WebConfigResponse(Network.NAME,
                new WebConfigResponse.Oidc(web.oidcAuthority(), web.oidcClientId(), web.oidcScope()));
    }
}
