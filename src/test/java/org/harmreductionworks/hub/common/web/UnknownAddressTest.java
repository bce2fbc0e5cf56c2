package org.harmreductionworks.hub.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An address that is none of the web app's pages and no file is a 404: the app's page for a person (it shows its
 * not-found page), a problem document for a tool. The tests run without a built web app, so they give the app's own
 * index.html and a few of its page paths; PackagedAppWithKeycloakIT checks the real ones.
 */
@QuarkusTest
class UnknownAddressTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @BeforeEach
    void serveTheAppsPage() throws Exception {
        QuarkusMock.installMockForType(new AppPage(Optional.of(Files.readString(Path.of("frontend/index.html")))),
                AppPage.class);
        QuarkusMock.installMockForType(new PagePaths(Optional.of(List.of("/", "/hosting", "/groups/:slug"))),
                PagePaths.class);
    }

    @Test
    void aPersonFollowingAMistypedLinkGetsTheAppsPageWithA404InTheirLanguage() {
        given().accept(BROWSER).header("Accept-Language", "es-MX,es;q=0.9")
                .when().get("/hostting")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .header("Content-Language", "es")
                .header("Vary", containsString("Accept-Language"))
                .header("Cache-Control", "no-cache")
                .body(containsString("<html lang=\"es\">"), containsString("<hrw-app"));
    }

    @Test
    void aToolGivenTheWrongRootGetsAProblemNotAWebPage() {
        // BMLT's address without the hub's /api: a tool would read the web app's page as a search that found nothing.
        given().accept("application/json")
                .when().get("/client_interface/json/?switcher=GetSearchResults")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hrw:problem:not-found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("There is nothing at this address."))
                .body("instance", equalTo("/client_interface/json/"));
        given().header("Accept-Language", "es")
                .when().get("/main_server/client_interface/json/")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("Content-Language", "es")
                .body("detail", equalTo("No hay nada en esta dirección."));
    }

    @Test
    void otherMethodsOnAnAddressNobodyAnswersAreStillA404NotA405() {
        given().when().post("/nowhere").then().statusCode(404);
        given().when().delete("/hosting").then().statusCode(404);
    }

    @Test
    void aHeadRequestForAMistypedAddressIsAnsweredAsAGetWouldBe() {
        given().when().head("/nowhere/at/all").then().statusCode(404).contentType("application/problem+json");
    }
}
