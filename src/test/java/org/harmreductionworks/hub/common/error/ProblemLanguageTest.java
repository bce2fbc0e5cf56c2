package org.harmreductionworks.hub.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.harmreductionworks.hub.testing.AppUnderTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A problem reads in the reader's language while everything a program reads stays the same: the type, the status,
 * the field names. The language follows Accept-Language, and the answer says which language it is in and that it
 * varies with that header.
 */
@QuarkusTest
class ProblemLanguageTest {

    @Test
    void theSameBadRequestInSpanishKeepsItsTypeStatusAndFields() {
        ExtractableResponse<Response> english = given().queryParam("lat", 42.3).when().get("/api/v1/groups")
                .then().statusCode(400).extract();
        ExtractableResponse<Response> spanish = given().header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5")
                .queryParam("lat", 42.3).when().get("/api/v1/groups")
                .then().statusCode(400).extract();

        JsonPath en = english.jsonPath();
        JsonPath es = spanish.jsonPath();
        assertEquals("urn:hrw:problem:validation", es.getString("type"));
        assertEquals(en.getString("type"), es.getString("type"));
        assertEquals(en.getInt("status"), es.getInt("status"));
        assertEquals(en.getList("violations.field"), es.getList("violations.field"));
        assertEquals(List.of("lon"), es.getList("violations.field"));
        assertEquals("Invalid request", en.getString("title"));
        assertEquals("Solicitud no válida", es.getString("title"));
        assertEquals("Algunos datos no son válidos; revisa violations.", es.getString("detail"));
        assertEquals("se necesita junto con lat", es.getString("violations[0].message"));
        assertEquals("is needed together with lat", en.getString("violations[0].message"));

        assertEquals("es", spanish.header("Content-Language"));
        assertEquals("en", english.header("Content-Language"));
        assertTrue(vary(spanish).contains("Accept-Language"), spanish.headers().toString());
    }

    @Test
    void bothLanguagesOfAServicesOwnProblem() {
        String slug = "no-such-group-anywhere";
        Map<String, Object> english = problem(given(), "/api/v1/groups/" + slug, 404);
        Map<String, Object> spanish = problem(given().header("Accept-Language", "fr-CA, fr;q=0.9, es;q=0.5"),
                "/api/v1/groups/" + slug, 404);
        assertEquals("urn:hrw:problem:not-found", spanish.get("type"));
        assertEquals(english.get("type"), spanish.get("type"));
        assertEquals("There is no group \"" + slug + "\".", english.get("detail"));
        assertEquals("No hay ningún grupo \"" + slug + "\".", spanish.get("detail"));
        assertEquals("No se encontró", spanish.get("title"));
    }

    @Test
    void beanValidationMessagesFollowTheLanguageToo() {
        given().header("Accept-Language", "es-419").queryParam("size", 1000)
                .when().get("/api/v1/groups")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("size"))
                .body("violations[0].message", equalTo("debe ser menor que o igual a 100"));
        // The app's own constraint messages come from its ValidationMessages catalogues.
        given().header("Accept-Language", "es").queryParam("language", "x1")
                .when().get("/api/v1/exercises")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("language"))
                .body("violations[0].message", equalTo("debe ser un código de idioma de 2 o 3 letras"));
        given().header("Accept-Language", "en-GB").queryParam("language", "x1")
                .when().get("/api/v1/exercises")
                .then().statusCode(400)
                .body("violations[0].message", equalTo("must be a 2 or 3 letter language code"));
    }

    @Test
    void theFormatsOwnProblemsAreInSpanish() {
        RequestSpecification spanish = given().header("Accept-Language", "es");
        Map<String, Object> unknownPath = problem(spanish, "/api/v1/nope", 404);
        assertEquals("urn:hrw:problem:not-found", unknownPath.get("type"));
        assertEquals("No hay nada en esta dirección.", unknownPath.get("detail"));

        Map<String, Object> signedOut = problem(given().header("Accept-Language", "es"), "/api/v1/me", 401);
        assertEquals("about:blank", signedOut.get("type"));
        assertEquals("No autorizado", signedOut.get("title"));
        assertEquals("Inicia sesión para hacer esto.", signedOut.get("detail"));

        Map<String, Object> databaseDown = problem(given().header("Accept-Language", "es"),
                "/api/v1/test-probe/database-down", 503);
        assertEquals("urn:hrw:problem:database-unavailable", databaseDown.get("type"));
        assertEquals("Base de datos no disponible", databaseDown.get("title"));

        given().header("Accept-Language", "es").contentType(ContentType.JSON).body("{")
                .when().post("/api/v1/test-probe/notes")
                .then().statusCode(400)
                .header("Content-Language", "es")
                .body("type", equalTo("urn:hrw:problem:malformed-body"))
                .body("detail", equalTo("El cuerpo de la solicitud no es JSON válido."));

        given().header("Accept-Language", "es").accept("application/xml")
                .when().get("/api/v1/config")
                .then().statusCode(406)
                .body("title", equalTo("Formato no disponible"))
                .body("detail", equalTo("Aquí no se ofrece ninguno de los formatos que aceptas."));
    }

    @Test
    void problemsWrittenAtTheEdgeFollowTheLanguage() {
        ExtractableResponse<Response> control = given().header("Accept-Language", "es").urlEncodingEnabled(false)
                .when().get("/api/v1/test-probe/echo?q=a%00b")
                .then().statusCode(400).header("Content-Language", "es").extract();
        assertEquals("urn:hrw:problem:malformed-request", control.jsonPath().getString("type"));
        assertEquals("Solicitud mal formada", control.jsonPath().getString("title"));
        assertTrue(control.jsonPath().getString("detail").startsWith("La dirección tiene un carácter de control"));
        assertTrue(vary(control).contains("Accept-Language"));

        given().header("Accept-Language", "es").header("Origin", "https://elsewhere.example")
                .contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/test-probe/notes")
                .then().statusCode(403)
                .body("type", equalTo("urn:hrw:problem:forbidden"))
                .body("detail", equalTo("Las páginas web de https://elsewhere.example pueden leer esta API, pero no "
                        + "cambiar nada."));
    }

    @Test
    void aProblemForAWritingOriginVariesByOriginAndLanguage() {
        ExtractableResponse<Response> answer = given().header("Accept-Language", "es")
                .header("Origin", AppUnderTest.origin())
                .contentType(ContentType.JSON).body("{")
                .when().post("/api/v1/test-probe/notes")
                .then().statusCode(400).extract();
        List<String> vary = vary(answer).stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).toList();
        assertTrue(vary.contains("origin") && vary.contains("accept-language"), vary.toString());
    }

    @Test
    void aLanguageWeDoNotWriteIsAnsweredInEnglish() {
        Map<String, Object> french = problem(given().header("Accept-Language", "fr-FR"), "/api/v1/nope", 404);
        assertEquals("There is nothing at this address.", french.get("detail"));
        Map<String, Object> refused = problem(given().header("Accept-Language", "es;q=0, de"), "/api/v1/nope", 404);
        assertNotEquals("No hay nada en esta dirección.", refused.get("detail"));
        given().header("Accept-Language", "pt").when().get("/api/v1/nope")
                .then().header("Content-Language", "en").body("title", containsString("Not found"));
    }

    private static Map<String, Object> problem(RequestSpecification request, String path, int status) {
        return request.when().get(path).then().statusCode(status).contentType(Problem.MEDIA_TYPE)
                .extract().jsonPath().getMap("");
    }

    /** Every value of every Vary header, however the server split them. */
    private static List<String> vary(ExtractableResponse<Response> response) {
        return response.headers().getValues("Vary").stream()
                .flatMap(v -> List.of(v.split(",")).stream()).map(String::trim).toList();
    }
}
