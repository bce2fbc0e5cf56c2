package org.harmreductionworks.hub.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WebConfigResourceTest {

    @Test
    void givesTheWebAppItsSignInSettingsWithoutAToken() {
        given().when().get("/api/v1/config")
                .then().statusCode(200)
                .body("siteName", equalTo("Harm Reduction Works-HRW"))
                .body("oidc.clientId", equalTo("hrw-web"))
                // The same sign-in server as the service checks tokens against.
                .body("oidc.authority", equalTo(ConfigProvider.getConfig()
                        .getValue("quarkus.oidc.auth-server-url", String.class)))
                .body("oidc.scope", equalTo("openid profile email"))
                .body("map", org.hamcrest.Matchers.nullValue());
    }
}
