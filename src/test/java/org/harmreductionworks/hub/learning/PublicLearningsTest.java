package org.harmreductionworks.hub.learning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.group.GroupTesting;
import org.harmreductionworks.hub.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Signed-out readers get kept answers (PublicLearnings): each change shows in their next read, and what a host
 * or steward reads is never what a signed-out reader is given, nor the other way round.
 */
@QuarkusTest
class PublicLearningsTest {

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> post(String title, String visibility) {
        return Map.of("kind", "what-worked", "title", title, "body", "We read the welcome **slowly**.",
                "topics", List.of("welcome"), "visibility", visibility, "askStewards", false);
    }

    private static long share(String token, String group, Map<String, Object> post) {
        return ((Number) as(token).body(Map.of("groupSlug", group, "post", post)).when().post("/api/v1/learnings")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    private static String person() {
        return TestTokens.person(UUID.randomUUID().toString());
    }

    @Test
    void hostsSeeNetworkOnlyPostsWhileSignedOutReadersNeverDo() {
        String author = person();
        String group = GroupTesting.registerAndApprove(author, "Keptham", 44.0, 40.0);
        long open = share(author, group, post("Keptham public notes", "public"));
        long network = share(author, group, post("Keptham network notes", "network"));
        String list = "/api/v1/learnings?group=" + group;

        given().when().get(list).then().statusCode(200).body("total", equalTo(1));
        String otherHost = person();
        GroupTesting.registerAndApprove(otherHost, "Otherham", 44.5, 40.0);
        as(otherHost).when().get(list).then().statusCode(200).body("total", equalTo(2));
        as(otherHost).when().get("/api/v1/learnings/" + network).then().statusCode(200);
        given().when().get(list).then().body("total", equalTo(1)).body("items.id", not(hasItem((int) network)));
        given().when().get("/api/v1/learnings/" + network).then().statusCode(404).contentType(Problem.MEDIA_TYPE);

        // What a host may do with a post is theirs alone, however often anyone else read it.
        given().when().get("/api/v1/learnings/" + open).then().body("canEdit", equalTo(false));
        as(author).when().get("/api/v1/learnings/" + open).then().body("canEdit", equalTo(true));
        given().when().get("/api/v1/learnings/" + open).then().body("canEdit", equalTo(false));
    }

    @Test
    void editsRepliesAndModerationAreInTheNextSignedOutRead() {
        String author = person();
        String group = GroupTesting.registerAndApprove(author, "Editham", 45.0, 40.0);
        long id = share(author, group, post("Editham notes", "public"));
        String list = "/api/v1/learnings?group=" + group;
        given().when().get("/api/v1/learnings/" + id).then().body("title", equalTo("Editham notes"))
                .body("replies.size()", equalTo(0));
        given().when().get(list).then().body("items[0].title", equalTo("Editham notes"));

        int revision = as(author).when().get("/api/v1/learnings/" + id).then().extract().path("revision");
        as(author).body(Map.of("post", post("Editham notes, revised", "public"), "revision", revision)).when()
                .put("/api/v1/learnings/" + id).then().statusCode(200);
        given().when().get("/api/v1/learnings/" + id).then().body("title", equalTo("Editham notes, revised"));
        given().when().get(list).then().body("items[0].title", equalTo("Editham notes, revised"));

        String replier = person();
        String replying = GroupTesting.registerAndApprove(replier, "Replyham", 45.5, 40.0);
        as(replier).body(Map.of("groupSlug", replying, "body", "We do this too.")).when()
                .post("/api/v1/learnings/" + id + "/replies").then().statusCode(201);
        given().when().get("/api/v1/learnings/" + id).then().body("replies.size()", equalTo(1));
        given().when().get(list).then().body("items[0].replyCount", equalTo(1));

        as(TestTokens.steward()).body(Map.of("reason", "Names a person.")).when()
                .post("/api/v1/review/learnings/posts/" + id + "/hide").then().statusCode(204);
        given().when().get("/api/v1/learnings/" + id).then().statusCode(404);
        given().when().get(list).then().body("total", equalTo(0));
    }

    @Test
    void aGroupsNewNameIsInTheNextSignedOutRead() {
        String host = person();
        Map<String, Object> listing = GroupTesting.listing("Namedham", 46.0, 40.0);
        String group = as(host).body(listing).when().post("/api/v1/groups").then().statusCode(201)
                .extract().path("slug");
        as(TestTokens.steward()).when().post("/api/v1/review/groups/" + group + "/approval").then().statusCode(200);
        long id = share(host, group, post("Namedham notes", "public"));
        given().when().get("/api/v1/learnings/" + id).then()
                .body("group.name", equalTo("Harm Reduction Works-HRW Namedham"));

        int revision = as(host).when().get("/api/v1/groups/" + group).then().extract().path("revision");
        listing.put("locality", "Renamedham");
        as(host).body(Map.of("listing", listing, "revision", revision)).when()
                .put("/api/v1/groups/" + group).then().statusCode(200);
        given().when().get("/api/v1/learnings/" + id).then()
                .body("group.name", equalTo("Harm Reduction Works-HRW Renamedham"));
        given().when().get("/api/v1/learnings?group=" + group).then()
                .body("items[0].group.name", equalTo("Harm Reduction Works-HRW Renamedham"));
    }
}
