package org.harmreductionworks.hub.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
class ProblemResponsesTest {

    @Test
    void unknownApiPathIsA404Problem() {
        given().when().get("/api/v1/nope")
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"))
                .body("instance", equalTo("/api/v1/nope"));
    }

    @Test
    void unknownApiPathIsA404ProblemForWritesToo() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/nothing/here")
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().contentType(ContentType.JSON).body("{")
                .when().post("/api/v1/test-probe/notes")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hrw:problem:malformed-body"))
                .body("detail", not(containsString("jackson")));
    }

    @Test
    void aWrongTypeNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"title\":\"ok\",\"rating\":\"five\"}")
                .when().post("/api/v1/test-probe/notes")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("rating"));
    }

    @Test
    void anUnknownPropertyIsRejectedRatherThanIgnored() {
        given().contentType(ContentType.JSON).body("{\"title\":\"ok\",\"rating\":3,\"extra\":1}")
                .when().post("/api/v1/test-probe/notes")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void validationListsEveryInvalidField() {
        given().contentType(ContentType.JSON).body("{\"title\":\"far too long a title\",\"rating\":9}")
                .when().post("/api/v1/test-probe/notes")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hrw:problem:validation"))
                .body("violations", hasSize(2))
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("rating"));
    }

    @Test
    void anInvalidQueryParameterIsNamed() {
        given().queryParam("size", 1000)
                .when().get("/api/v1/test-probe/paged")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void aNonNumericQueryParameterIsA400NotA404() {
        given().queryParam("size", "lots")
                .when().get("/api/v1/test-probe/paged")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("size"))
                .body("violations[0].message", equalTo("must be a whole number"));
    }

    @Test
    void anUnsupportedContentTypeIsA415Problem() {
        given().contentType(ContentType.TEXT).body("hello")
                .when().post("/api/v1/test-probe/notes")
                .then().statusCode(415)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void anUnsupportedMethodIsA405ProblemWithAllow() {
        given().when().delete("/api/v1/config")
                .then().statusCode(405)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void anUnacceptableRepresentationIsA406Problem() {
        given().accept("application/xml")
                .when().get("/api/v1/config")
                .then().statusCode(406)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aStaleEditIsA409ProblemThatLeaksNoEntityNames() {
        given().when().get("/api/v1/test-probe/stale")
                .then().statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hrw:problem:stale-edit"))
                .body(not(containsString("HrwSecretEntity")));
    }

    @Test
    void aDomainConflictKeepsItsMessage() {
        given().when().get("/api/v1/test-probe/conflict")
                .then().statusCode(409)
                .body("detail", equalTo("This post was deleted."));
    }

    @Test
    void anUnreachableDatabaseIsA503ProblemWithRetryAfter() {
        given().when().get("/api/v1/test-probe/database-down")
                .then().statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:hrw:problem:database-unavailable"))
                .body(not(containsString("db.internal")));
    }

    @Test
    void aDatabaseShuttingDownMidQueryIsA503NotA500() {
        given().when().get("/api/v1/test-probe/database-shut-down")
                .then().statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:hrw:problem:database-unavailable"));
    }

    @Test
    void aDuplicateKeyInABodyIsA400NamingIt() {
        given().contentType(ContentType.JSON).body("{\"title\":\"a\",\"title\":\"b\",\"rating\":3}")
                .when().post("/api/v1/test-probe/notes")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hrw:problem:malformed-body"))
                .body("detail", containsString("title"));
    }

    @Test
    void aNulCharacterInJsonTextIsA400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"title\":\"a\\u0000b\",\"rating\":3}")
                .when().post("/api/v1/test-probe/notes")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("title"));
    }

    @Test
    void aNulCharacterInTheAddressIsA400() {
        given().urlEncodingEnabled(false).when().get("/api/v1/test-probe/echo?q=a%00b")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("control character"));
        given().urlEncodingEnabled(false).when().get("/api/v1/groups/a%00b")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aLongSearchNamesTheParameterInsteadOfA414() {
        given().queryParam("q", "a".repeat(5000)).when().get("/api/v1/groups")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("q"));
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() throws IOException {
        // The server answers from the declared length and closes; a client still sending would see a broken pipe.
        String response = raw("POST /api/v1/test-probe/notes HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + 11 * 1024 * 1024 + "\r\n\r\n{\"title\":");
        assertThat(response, startsWith("HTTP/1.1 413"));
        assertThat(response.toLowerCase(), containsString("content-type: application/problem+json"));
        assertThat(response, containsString("urn:hrw:problem:too-large"));
    }

    @Test
    void aChunkedBodyThatGrowsPastTheLimitIsA413Problem() throws Exception {
        // No declared length to refuse up front: the limit is met while the body is read. The server answers and
        // closes while the body is still being sent, so it is sent alongside.
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            CompletableFuture.runAsync(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /api/v1/test-probe/notes HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                            + "application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    writeChunk(out, "{\"title\":\"");
                    String chunk = "a".repeat(1024 * 1024);
                    for (int i = 0; i < 11; i++) {
                        writeChunk(out, chunk);
                    }
                    writeChunk(out, "\"}");
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    // The server stopped reading: its answer is what this test checks.
                }
            });
            String response = readAnswer(socket);
            assertThat(response, startsWith("HTTP/1.1 413"));
            assertThat(response.toLowerCase(), containsString("content-type: application/problem+json"));
            assertThat(response, containsString("urn:hrw:problem:too-large"));
        }
    }

    private static void writeChunk(OutputStream out, String text) throws IOException {
        out.write((Integer.toHexString(text.length()) + "\r\n" + text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return readAnswer(socket);
        }
    }

    /** What the server answers, up to the end of its problem document (or whatever came before a time-out). */
    private static String readAnswer(Socket socket) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = socket.getInputStream().read(buffer)) > 0;) {
                seen.write(buffer, 0, n);
                if (seen.toString(StandardCharsets.ISO_8859_1).contains("}")) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            // Whatever arrived is the answer.
        }
        return seen.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aPreflightAskingForAnInvalidMethodIsAProblemNotA500() {
        given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET\u00ff")
                .when().options("/api/v1/groups")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aBugIsA500ProblemWithAnErrorIdAndNoInternals() {
        given().when().get("/api/v1/test-probe/bug")
                .then().statusCode(500)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("error id"))
                .body(not(containsString("org.harmreductionworks")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void nonApiPathsAreLeftToTheWebApp() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", startsWith("UP"));
    }
}
