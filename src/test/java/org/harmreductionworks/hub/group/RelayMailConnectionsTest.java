package org.harmreductionworks.hub.group;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.harmreductionworks.hub.testing.DatabaseIndependent;
import org.harmreductionworks.hub.testing.GreenMailServer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The relay against a mail server it reaches on a new connection for every message, as when a server closes idle
 * connections or many newcomers write at once: each new connection's greeting must be read, never lost.
 */
@DatabaseIndependent
@QuarkusTest
@TestProfile(RelayMailConnectionsTest.NewConnectionEachTime.class)
@QuarkusTestResource(value = GreenMailServer.class, restrictToAnnotatedClass = true)
class RelayMailConnectionsTest {

    public static class NewConnectionEachTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.keep-alive", "false",
                    "%test.hrw.limits.relay-messages-per-group-per-day", "1000");
        }
    }

    @Test
    void aBurstOfMessagesEachOnANewMailConnectionAllArriveAtOnce() throws Exception {
        List<String> slugs = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            slugs.add(GroupResourceTest.registerAndApprove(
                    GroupResourceTest.listing("Many Doors " + (char) ('A' + g), 58.0 + g * 0.2, 58.0)));
        }
        GreenMailServer.mailbox().purgeEmailFromAllMailboxes();
        // More senders at once than the mailer's pool has connections (10), so connections are opened both from
        // requests and as earlier ones close.
        int messages = 90;
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < messages; i++) {
                String slug = slugs.get(i % slugs.size());
                String sender = "192.0.2." + (i + 1);
                answers.add(pool.submit(() -> given().contentType(ContentType.JSON)
                        .header("X-Forwarded-For", sender)
                        .body(Map.of("message", "Hello, may I come to your next meeting?"))
                        .when().post("/api/v1/groups/" + slug + "/messages")
                        .then().extract().statusCode()));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(), 1, Integer::sum);
            }
            assertEquals(Map.of(202, messages), statuses);
            assertEquals(messages, GreenMailServer.mailbox().getReceivedMessages().length);
        } finally {
            pool.shutdownNow();
        }
    }
}
