package org.harmreductionworks.hub.common.web;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

@OpenAPIDefinition(
        info = @Info(
                title = "Harm Reduction Works-HRW hub API",
                version = "1",
                description = """
                        The public API of the Harm Reduction Works-HRW network: the meeting script, the exercise \
                        library, the group directory and the learnings groups share. Reads are public and need no \
                        token; writes need a bearer token from the network's identity provider. Every error is an \
                        RFC 9457 problem (application/problem+json). Lists are paged with `page` (from 0) and `size` \
                        (1-100, default 20).""",
                // No public address for the network's technical contact exists yet: an install can add its own with
                // quarkus.smallrye-openapi.info-contact-email or -url.
                contact = @Contact(name = "The stewards of Harm Reduction Works-HRW (HRH413)")),
        servers = @Server(url = "/", description = "This server"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token from the network's Keycloak realm (client hrw-web).")
public class ApiDocumentation extends Application {
}
