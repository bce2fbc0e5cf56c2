package org.harmreductionworks.hub.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;

/**
 * A kept feed several pacing windows long goes through the server's real connection whole: its gzip bytes with their
 * length, or its text inflated and sent chunked. The pacing's empty writes must change neither.
 */
@QuarkusTest
class PacedOverHttpTest {

    private static final io.restassured.config.RestAssuredConfig AS_SENT = io.restassured.RestAssured.config()
            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    @Test
    void theKeptBytesArriveWholeWithTheirLength() throws IOException {
        byte[] gzipped = PacedProbeResource.gzipped();
        assertTrue(gzipped.length > 2 * PacedOutput.WINDOW, "long enough to be paced: " + gzipped.length);

        Response answer = given().config(AS_SENT).header("Accept-Encoding", "gzip").when().get("/api/v1/test-paced")
                .then().statusCode(200).header("Content-Encoding", "gzip").extract().response();

        assertEquals(String.valueOf(gzipped.length), answer.header("Content-Length"));
        assertArrayEquals(gzipped, answer.asByteArray());
    }

    @Test
    void theTextArrivesWholeToAReaderThatDoesNotAcceptGzip() {
        Response answer = given().config(AS_SENT).header("Accept-Encoding", "identity").when()
                .get("/api/v1/test-paced").then().statusCode(200).extract().response();

        assertNull(answer.header("Content-Encoding"));
        assertArrayEquals(PacedProbeResource.text(), answer.asByteArray());
    }

    /**
     * JSONP wraps a whole feed (the BMLT search answer, tens of MB at 100,000 groups): it is inflated as it is sent,
     * never made into one text first.
     */
    @Test
    void aScriptCallingBackWithTheKeptFeedIsStreamedWhole() {
        String expected = "/**/hrw.loaded(" + new String(PacedProbeResource.text(), StandardCharsets.UTF_8) + ");";
        Response plain = given().config(AS_SENT).header("Accept-Encoding", "identity")
                .queryParam("callback", "hrw.loaded").when().get("/api/v1/test-paced/script")
                .then().statusCode(200).contentType("text/javascript").header("ETag", "\"probe.hrw.loaded\"")
                .extract().response();
        assertNull(plain.header("Content-Length"), "streamed, not made whole first");
        assertEquals(expected, plain.asString());

        // Compressed by the server for readers that accept it, as any other answer.
        String decoded = given().queryParam("callback", "hrw.loaded").when().get("/api/v1/test-paced/script")
                .then().statusCode(200).header("Content-Encoding", "gzip").extract().asString();
        assertEquals(expected, decoded);
    }
}
