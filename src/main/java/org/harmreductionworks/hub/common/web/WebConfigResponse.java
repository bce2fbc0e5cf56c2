package org.harmreductionworks.hub.common.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebConfig", description = "Runtime settings the web app needs, so one build serves every environment.")
public record WebConfigResponse(
        @Schema(examples = "Harm Reduction Works-HRW") String siteName,
        Oidc oidc) {

    @Schema(name = "WebOidcConfig")
    public record Oidc(
            @Schema(description = "The OpenID Connect issuer the browser signs in with.",
                    examples = "http://localhost:8180/realms/hrw-demo") String authority,
            @Schema(examples = "hrw-web") String clientId,
            @Schema(examples = "openid profile email") String scope) {
    }
}
