package org.harmreductionworks.hub.testing;

import io.restassured.RestAssured;

/** The address a {@code @QuarkusTest}'s requests go to, as the app sees its own origin. */
public final class AppUnderTest {

    private AppUnderTest() {
    }

    public static String origin() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }
}
