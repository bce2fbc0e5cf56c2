package org.harmreductionworks.hub.common.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
@Schema(name = "WebConfig", description = "Runtime settings the web app needs, so one build serves every environment.")
public record WebConfigResponse(
        @Schema(examples = "Harm Reduction Works-HRW") String siteName,
        Oidc oidc,
        @Schema(nullable = true,
                description = "Map tiles for the group finder; absent when no tile server is configured.")
        Map map) {

    @Schema(name = "WebMapConfig")
    public record Map(
            @Schema(examples = "https://tiles.example.org/{z}/{x}/{y}.png") String tileUrl,
            @Schema(nullable = true, examples = "© OpenStreetMap contributors") String attribution) {
    }


    @Schema(name = "WebOidcConfig")
    public record Oidc(
            @Schema(description = "The OpenID Connect issuer the browser signs in with.",
                    examples = "http://localhost:8180/realms/hrw-demo") String authority,
            @Schema(examples = "hrw-web") String clientId,
            @Schema(examples = "openid profile email") String scope) {
    }
}
