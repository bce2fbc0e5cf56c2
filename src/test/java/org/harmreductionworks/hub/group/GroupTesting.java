package org.harmreductionworks.hub.group;

import static io.restassured.RestAssured.given;

import org.harmreductionworks.hub.testing.TestTokens;

import io.restassured.http.ContentType;

/** For other features' tests: an active group the demo host (TestTokens.host()) hosts. */
public final class GroupTesting {

    private GroupTesting() {
    }

    /** A complete in-person listing at the given point, for tests to adjust before registering it. */
    public static java.util.Map<String, Object> listing(String locality, double lat, double lon) {
        return GroupResourceTest.listing(locality, lat, lon);
    }

    /** The listing's schedule, made editable in place: {@code schedule(listing).put("days", ...)}. */
    @SuppressWarnings("unchecked")
    public static java.util.Map<String, Object> schedule(java.util.Map<String, Object> listing) {
        java.util.Map<String, Object> schedule = new java.util.HashMap<>(
                (java.util.Map<String, Object>) listing.get("schedule"));
        listing.put("schedule", schedule);
        return schedule;
    }

    /** Registers the listing as the demo host and has a steward approve it; answers the slug. */
    public static String registerAndApprove(java.util.Map<String, Object> listing) {
        return GroupResourceTest.registerAndApprove(listing);
    }

    public static String registerAndApprove(String locality, double lat, double lon) {
        return GroupResourceTest.registerAndApprove(GroupResourceTest.listing(locality, lat, lon));
    }

    /** An active group hosted by the holder of {@code token}. */
    public static String registerAndApprove(String token, String locality, double lat, double lon) {
        String slug = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(GroupResourceTest.listing(locality, lat, lon)).when().post("/api/v1/groups")
                .then().statusCode(201).extract().path("slug");
        given().auth().oauth2(TestTokens.steward()).when().post("/api/v1/review/groups/" + slug + "/approval")
                .then().statusCode(200);
        return slug;
    }
}
