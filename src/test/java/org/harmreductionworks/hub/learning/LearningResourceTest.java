package org.harmreductionworks.hub.learning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.group.GroupTesting;
import org.harmreductionworks.hub.testing.TestTokens;
import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class LearningResourceTest {

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> post(String kind, String title, String visibility) {
        Map<String, Object> post = new HashMap<>();
        post.put("kind", kind);
        post.put("title", title);
        post.put("body", "We tried **reading the welcome slowly**. See [our notes](https://notes.example.org).");
        post.put("topics", List.of("welcome", "new-groups"));
        post.put("exerciseSlug", null);
        post.put("visibility", visibility);
        post.put("askStewards", false);
        return post;
    }

    private static long share(String token, String group, Map<String, Object> post) {
        return ((Number) as(token).body(Map.of("groupSlug", group, "post", post)).when().post("/api/v1/learnings")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    /** A new account hosting a new active group. */
    private static Account account(String place, double lat) {
        String token = TestTokens.person(UUID.randomUUID().toString());
        return new Account(token, GroupTesting.registerAndApprove(token, place, lat, 40.0));
    }

    private record Account(String token, String group) {
    }

    @Test
    void networkOnlyPostsNeverReachAnonymousCallersOrPeopleWithoutAGroup() throws Exception {
        Account author = account("Networkton", 40.0);
        String secret = "Which clinic in Networkton to avoid " + UUID.randomUUID();
        long hidden = share(author.token(), author.group(), post("what-worked", secret, "network"));
        long open = share(author.token(), author.group(), post("what-worked", "Networkton public notes", "public"));

        given().when().get("/api/v1/learnings/" + hidden).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().queryParam("q", "clinic avoid").when().get("/api/v1/learnings").then().statusCode(200)
                .body(not(containsString(secret)));
        given().queryParam("group", author.group()).queryParam("size", 100).when().get("/api/v1/learnings").then()
                .body("items.id", not(hasItem((int) hidden))).body("items.id", hasItem((int) open))
                .body("total", equalTo(1));
        String withoutAGroup = TestTokens.person(UUID.randomUUID().toString());
        as(withoutAGroup).when().get("/api/v1/learnings/" + hidden).then().statusCode(404);
        String feed = given().when().get("/api/v1/feeds/learnings.atom").then().statusCode(200).extract().asString();
        assertFalse(feed.contains(secret));
        SyndFeed parsed = new SyndFeedInput().build(new StringReader(feed));
        assertTrue(parsed.getEntries().stream().anyMatch(e -> e.getTitle().equals("Networkton public notes")));
        assertTrue(parsed.getEntries().stream().filter(e -> e.getTitle().equals("Networkton public notes"))
                .allMatch(e -> e.getAuthor().equals("Harm Reduction Works-HRW Networkton")));

        Account other = account("Otherton", 41.0);
        as(other.token()).when().get("/api/v1/learnings/" + hidden).then().statusCode(200)
                .body("visibility", equalTo("network"));
        as(other.token()).queryParam("group", author.group()).when().get("/api/v1/learnings").then()
                .body("total", equalTo(2));
        as(TestTokens.steward()).when().get("/api/v1/learnings/" + hidden).then().statusCode(200);
    }

    @Test
    void aQuestionIsAnsweredByAnotherGroupAndMarkedHelpful() {
        Account asking = account("Askville", 42.0);
        Account answering = account("Answerton", 43.0);
        Map<String, Object> question = post("question", "How do you keep new people coming back?", "public");
        long id = share(asking.token(), asking.group(), question);
        given().queryParam("unanswered", true).queryParam("size", 100).when().get("/api/v1/learnings").then()
                .body("items.id", hasItem((int) id));

        long reply = ((Number) as(answering.token()).body(Map.of("groupSlug", answering.group(),
                "body", "We text a <script>alert(1)</script> reminder the day before.")).when()
                .post("/api/v1/learnings/" + id + "/replies").then().statusCode(201)
                .body("group.name", equalTo("Harm Reduction Works-HRW Answerton"))
                .body("bodyHtml", not(containsString("<script")))
                .extract().path("id")).longValue();
        as(answering.token()).body(Map.of("replyId", reply)).when()
                .put("/api/v1/learnings/" + id + "/helpful-reply").then().statusCode(403);
        as(asking.token()).body(Map.of("replyId", reply)).when().put("/api/v1/learnings/" + id + "/helpful-reply")
                .then().statusCode(200).body("answered", equalTo(true))
                .body("replies.find { it.id == " + reply + " }.helpful", equalTo(true));
        given().queryParam("unanswered", true).queryParam("size", 100).when().get("/api/v1/learnings").then()
                .body("items.id", not(hasItem((int) id)));

        as(answering.token()).body(Map.of("groupSlug", answering.group())).when()
                .post("/api/v1/learnings/" + id + "/helped").then().statusCode(200).body("helpedCount", equalTo(1));
        as(answering.token()).body(Map.of("groupSlug", answering.group())).when()
                .post("/api/v1/learnings/" + id + "/helped").then().statusCode(200).body("helpedCount", equalTo(1));
        as(asking.token()).body(Map.of("groupSlug", asking.group())).when()
                .post("/api/v1/learnings/" + id + "/helped").then().statusCode(409);
        as(answering.token()).when().get("/api/v1/learnings/" + id).then()
                .body("helpedBy", equalTo(List.of(answering.group())));
        as(asking.token()).body(Map.of("groupSlug", answering.group())).when()
                .post("/api/v1/learnings/" + id + "/helped").then().statusCode(403);
    }

    @Test
    void aQuestionForHrh413WaitsInTheStewardsQueueUntilAStewardAnswers() {
        Account asking = account("Stewardsburg", 44.0);
        Map<String, Object> question = post("question", "Is it okay to meet in a church hall?", "public");
        question.put("askStewards", true);
        long id = share(asking.token(), asking.group(), question);
        as(TestTokens.host()).when().get("/api/v1/review/learnings/questions").then().statusCode(403);
        as(TestTokens.steward()).queryParam("size", 100).when().get("/api/v1/review/learnings/questions").then()
                .statusCode(200).body("items.id", hasItem((int) id));
        as(asking.token()).body(Map.of("body", "Answering as stewards", "asStewards", true)).when()
                .post("/api/v1/learnings/" + id + "/replies").then().statusCode(403);
        as(TestTokens.steward()).body(Map.of("body", "Yes: many groups do. Ask about a side door.", "asStewards", true))
                .when().post("/api/v1/learnings/" + id + "/replies").then().statusCode(201)
                .body("fromStewards", equalTo(true)).body("group", nullValue());
        as(TestTokens.steward()).queryParam("size", 100).when().get("/api/v1/review/learnings/questions").then()
                .body("items.id", not(hasItem((int) id)));
        given().when().get("/api/v1/learnings/" + id).then().body("answered", equalTo(true));

        Map<String, Object> notAQuestion = post("what-worked", "Stewards should read this", "public");
        notAQuestion.put("askStewards", true);
        as(asking.token()).body(Map.of("groupSlug", asking.group(), "post", notAQuestion)).when()
                .post("/api/v1/learnings").then().statusCode(400)
                .body("violations[0].field", equalTo("post.askStewards"));
    }

    @Test
    void flagsFromThreeGroupsHideAPostUntilAStewardRestoresIt() {
        Account author = account("Flagtown", 45.0);
        long id = share(author.token(), author.group(), post("story-or-resource", "A story that upset someone", "public"));
        Account first = account("Flagone", 46.0);
        Account second = account("Flagtwo", 47.0);
        Account third = account("Flagthree", 48.0);
        given().contentType(ContentType.JSON).body(Map.of("reason", "Names a person")).when()
                .post("/api/v1/learnings/" + id + "/flags").then().statusCode(401);
        as(first.token()).body(Map.of("reason", "It names a person who was at a meeting")).when()
                .post("/api/v1/learnings/" + id + "/flags").then().statusCode(202);
        as(first.token()).body(Map.of("reason", "Flagging again does not count twice")).when()
                .post("/api/v1/learnings/" + id + "/flags").then().statusCode(202);
        as(TestTokens.person(UUID.randomUUID().toString())).body(Map.of("reason", "Someone without a group")).when()
                .post("/api/v1/learnings/" + id + "/flags").then().statusCode(202);
        as(second.token()).body(Map.of("reason", "Too identifying")).when()
                .post("/api/v1/learnings/" + id + "/flags").then().statusCode(202);
        given().when().get("/api/v1/learnings/" + id).then().statusCode(200);
        as(third.token()).body(Map.of("reason", "Please take a look")).when()
                .post("/api/v1/learnings/" + id + "/flags").then().statusCode(202);

        given().when().get("/api/v1/learnings/" + id).then().statusCode(404);
        as(author.token()).when().get("/api/v1/learnings/" + id).then().statusCode(200)
                .body("status", equalTo("hidden")).body("hiddenReason", notNullValue());
        as(TestTokens.steward()).queryParam("size", 100).when().get("/api/v1/review/learnings").then().statusCode(200)
                .body("items.find { it.postId == " + id + " }.flaggingGroups", equalTo(3))
                .body("items.find { it.postId == " + id + " }.flags.reason", hasItem("Too identifying"))
                .body(not(containsString(first.token().substring(0, 20))));
        as(TestTokens.steward()).body(Map.of("reason", "Checked with the group; it names no one."))
                .when().post("/api/v1/review/learnings/posts/" + id + "/restore").then().statusCode(204);
        given().when().get("/api/v1/learnings/" + id).then().statusCode(200).body("status", equalTo("visible"))
                .body("moderation", org.hamcrest.Matchers.empty());
        as(TestTokens.steward()).when().get("/api/v1/learnings/" + id).then()
                .body("moderation.action", equalTo(List.of("restore")))
                .body("moderation[0].reason", equalTo("Checked with the group; it names no one."));
        as(TestTokens.steward()).queryParam("size", 100).when().get("/api/v1/review/learnings").then()
                .body("items.postId", not(hasItem((int) id)));
    }

    @Test
    void stewardsReviewAFlaggedPostAsWrittenListsAndAll() {
        Account author = account("Listville", 50.0);
        Map<String, Object> listed = post("what-worked", "Two things that helped", "public");
        listed.put("body", "What helped:\n\n- call ahead\n- bring a friend");
        long id = share(author.token(), author.group(), listed);
        as(TestTokens.person(UUID.randomUUID().toString())).body(Map.of("reason", "Please check this")).when()
                .post("/api/v1/learnings/" + id + "/flags").then().statusCode(202);
        as(TestTokens.steward()).queryParam("size", 100).when().get("/api/v1/review/learnings").then().statusCode(200)
                .body("items.find { it.postId == " + id + " }.bodyHtml",
                        containsString("<li>call ahead</li>\n<li>bring a friend</li>"))
                .body("items.find { it.postId == " + id + " }.flaggingGroups", equalTo(0))
                .body("items.find { it.postId == " + id + " }.flags.reason", hasItem("Please check this"));
    }

    @Test
    void theAuthorsGroupEditsAndDeletesAndStewardsKeepWhatWasDeleted() {
        Account author = account("Editburg", 49.0);
        long id = share(author.token(), author.group(), post("what-worked", "Snacks at the door", "public"));
        Map<String, Object> edit = post("what-worked", "Snacks and tea at the door", "public");
        as(TestTokens.host()).body(Map.of("post", edit, "revision", 0)).when().put("/api/v1/learnings/" + id)
                .then().statusCode(403);
        as(author.token()).body(Map.of("post", edit, "revision", 0)).when().put("/api/v1/learnings/" + id)
                .then().statusCode(200).body("editedAt", notNullValue()).body("title", equalTo("Snacks and tea at the door"));
        as(author.token()).body(Map.of("post", edit, "revision", 0)).when().put("/api/v1/learnings/" + id)
                .then().statusCode(409);
        as(author.token()).when().delete("/api/v1/learnings/" + id).then().statusCode(204);
        given().when().get("/api/v1/learnings/" + id).then().statusCode(404);
        as(author.token()).when().get("/api/v1/learnings/" + id).then().statusCode(404);
        as(TestTokens.steward()).when().get("/api/v1/learnings/" + id).then().statusCode(200)
                .body("status", equalTo("deleted"));
        given().queryParam("q", "snacks tea").when().get("/api/v1/learnings").then()
                .body("items.id", not(hasItem((int) id)));
    }

    @Test
    void postingIsLimitedPerAccountWithAProblemAndRetryAfter() {
        Account busy = account("Busyville", 50.0);
        for (int i = 0; i < 10; i++) {
            share(busy.token(), busy.group(), post("what-worked", "Busy idea number " + i, "public"));
        }
        as(busy.token()).body(Map.of("groupSlug", busy.group(), "post", post("what-worked", "One too many", "public")))
                .when().post("/api/v1/learnings").then().statusCode(429).contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", notNullValue());
    }

    @Test
    void badInputIsNamedAndOnlyHostsOfListedGroupsPost() {
        Account author = account("Inputville", 51.0);
        Map<String, Object> bad = post("what-worked", "ok", "public");
        bad.put("topics", List.of("fine", "Not Fine!"));
        bad.put("exerciseSlug", "no-such-exercise");
        as(author.token()).body(Map.of("groupSlug", author.group(), "post", bad)).when().post("/api/v1/learnings")
                .then().statusCode(400).body("violations.field", hasItem("post.title"))
                .body("violations.field", hasItem("post.topics[1]"));
        as(TestTokens.newcomer()).body(Map.of("groupSlug", author.group(), "post", post("what-worked", "Not mine",
                "public"))).when().post("/api/v1/learnings").then().statusCode(403);
        given().queryParam("kind", "rumour").when().get("/api/v1/learnings").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        as(author.token()).body(Map.of("body", "<img src=x onerror=alert(1)> **bold**")).when()
                .post("/api/v1/learnings/preview").then().statusCode(200)
                .body("html", equalTo("<p>&lt;img src=x onerror=alert(1)&gt; <strong>bold</strong></p>\n"));
        given().queryParam("sort", "most-helpful").when().get("/api/v1/learnings").then().statusCode(200)
                .body("items.status", everyItem(equalTo("visible")));
    }

    @Test
    void anEditWithoutTheRevisionItWasMadeOnIsRefusedNotCalledAConflict() {
        Account author = account("Revisionton", 52.0);
        long id = share(author.token(), author.group(), post("what-worked", "Tea before we start", "public"));
        Map<String, Object> edit = post("what-worked", "Tea and toast before we start", "public");
        as(author.token()).body(Map.of("post", edit, "revision", 0)).when().put("/api/v1/learnings/" + id)
                .then().statusCode(200);
        // Left out, it once read as revision 0: a 409 saying another host had changed the post.
        as(author.token()).body(Map.of("post", edit)).when().put("/api/v1/learnings/" + id)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("revision"));
    }

    @Test
    void markdownNestedThousandsDeepIsRefusedByNameAndNothingIsKept() {
        Account author = account("Deepdale", 53.0);
        String deep = "- ".repeat(2_500) + "x";
        Map<String, Object> post = post("what-worked", "A very deep list", "public");
        post.put("body", deep);
        as(author.token()).body(Map.of("groupSlug", author.group(), "post", post)).when().post("/api/v1/learnings")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("post.body"));
        as(author.token()).body(Map.of("body", deep)).when().post("/api/v1/learnings/preview")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("body"));
        given().queryParam("q", "very deep list").when().get("/api/v1/learnings").then().statusCode(200)
                .body("items", hasSize(0));
    }
}
