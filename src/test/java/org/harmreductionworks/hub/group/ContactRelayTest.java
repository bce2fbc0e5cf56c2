package org.harmreductionworks.hub.group;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.testing.GreenMailServer;
import org.harmreductionworks.hub.testing.Scrape;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(ContactRelayTest.ThreePerHour.class)
@QuarkusTestResource(value = GreenMailServer.class, restrictToAnnotatedClass = true)
class ContactRelayTest {

    public static class ThreePerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.hrw.limits.relay-messages-per-sender-per-group-per-day", "3",
                    "%test.hrw.limits.relay-messages-per-group-per-day", "10");
        }
    }

    @Test
    void aNewcomersMessageReachesTheHostsPrivateAddressWhichStaysPrivate() throws Exception {
        Map<String, Object> listing = GroupResourceTest.listing("Quiet Harbor", 55.0, 55.0);
        listing.put("locationVisibility", "on-request");
        String slug = GroupResourceTest.registerAndApprove(listing);
        String page = given().when().get("/api/v1/groups/" + slug).then().statusCode(200)
                .body("contact.messages", equalTo("/api/v1/groups/" + slug + "/messages"))
                .extract().asString();
        assertTrue(!page.contains("hosts@quiet-harbor.example.org"), "the private address is never public");

        GreenMailServer.mailbox().purgeEmailFromAllMailboxes();
        double sentBefore = Scrape.now().sum("hrw_relay_messages_total", Map.of("outcome", "sent"));
        given().contentType(ContentType.JSON)
                .body(Map.of("message", "Hello! Where do you meet? I'd like to come next week.",
                        "replyTo", "someone@example.net"))
                .when().post("/api/v1/groups/" + slug + "/messages")
                .then().statusCode(202);
        assertEquals(sentBefore + 1, Scrape.now().sum("hrw_relay_messages_total", Map.of("outcome", "sent")));

        MimeMessage[] received = GreenMailServer.mailbox().getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("hosts@quiet-harbor.example.org", received[0].getAllRecipients()[0].toString());
        assertEquals("someone@example.net", received[0].getReplyTo()[0].toString());
        assertTrue(received[0].getSubject().contains("Harm Reduction Works-HRW Quiet Harbor"));
        assertTrue(GreenMailUtil.getBody(received[0]).contains("I'd like to come next week"));
        // The hub greets the mail server with the name it was given, not one it asked the resolver for first.
        assertTrue(received[0].getHeader("Received")[0].contains("(HELO hub.hrw.test)"),
                () -> String.join(" | ", headers(received[0], "Received")));
    }

    @Test
    void aSpanishSpeakingGroupGetsItsMessagesInSpanish() throws Exception {
        Map<String, Object> listing = GroupResourceTest.listing("Puerto Sereno", 55.5, 55.5);
        listing.put("languages", List.of("pt", "es"));
        String slug = GroupResourceTest.registerAndApprove(listing);
        GreenMailServer.mailbox().purgeEmailFromAllMailboxes();
        // The newcomer's browser speaks English: the mail is for the hosts, in their group's language.
        given().contentType(ContentType.JSON).header("Accept-Language", "en-US")
                .body(Map.of("message", "Hola, ¿dónde se reúnen?"))
                .when().post("/api/v1/groups/" + slug + "/messages")
                .then().statusCode(202);

        MimeMessage mail = GreenMailServer.mailbox().getReceivedMessages()[0];
        assertEquals("Un mensaje para Harm Reduction Works-HRW Puerto Sereno", mail.getSubject());
        String body = mail.getContent().toString();
        assertTrue(body.contains("Alguien le mandó un mensaje a tu grupo por medio del sitio de Harm Reduction "
                + "Works-HRW."), body);
        assertTrue(body.contains("No dejó ninguna dirección para responder."), body);
        assertTrue(body.contains("El sitio no guarda ninguna copia de este mensaje"), body);
        for (String english : List.of("Someone sent", "They left", "keeps no copy", "A message for")) {
            assertTrue(!body.contains(english) && !mail.getSubject().contains(english), english);
        }
        assertEquals("es", mail.getHeader("Content-Language")[0]);
    }

    @Test
    void aGroupInNoLanguageWeWriteGetsEnglish() throws Exception {
        Map<String, Object> listing = GroupResourceTest.listing("Porto Calmo", 55.7, 55.7);
        listing.put("languages", List.of("pt"));
        String slug = GroupResourceTest.registerAndApprove(listing);
        GreenMailServer.mailbox().purgeEmailFromAllMailboxes();
        given().contentType(ContentType.JSON).header("Accept-Language", "es")
                .body(Map.of("message", "Olá! Onde vocês se encontram?"))
                .when().post("/api/v1/groups/" + slug + "/messages")
                .then().statusCode(202);
        MimeMessage mail = GreenMailServer.mailbox().getReceivedMessages()[0];
        assertEquals("A message for Harm Reduction Works-HRW Porto Calmo", mail.getSubject());
        assertTrue(GreenMailUtil.getBody(mail).contains("Someone sent your group a message"));
    }

    private static String[] headers(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? new String[0] : values;
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFilledHoneypotIsAnsweredButNothingIsSent() throws Exception {
        String slug = GroupResourceTest.registerAndApprove(GroupResourceTest.listing("Honey Hollow", 56.0, 56.0));
        GreenMailServer.mailbox().purgeEmailFromAllMailboxes();
        Map<String, Object> bot = new HashMap<>(Map.of("message", "Buy cheap things at my shop today!!",
                "website", "https://spam.example"));
        given().contentType(ContentType.JSON).body(bot)
                .when().post("/api/v1/groups/" + slug + "/messages")
                .then().statusCode(202);
        assertEquals(0, GreenMailServer.mailbox().getReceivedMessages().length);
    }

    @Test
    void tooManyMessagesFromOneSenderAreRefusedWithRetryAfter() {
        String slug = GroupResourceTest.registerAndApprove(GroupResourceTest.listing("Busy Corner", 57.0, 57.0));
        int refused = 0;
        for (int i = 0; i < 5; i++) {
            int status = given().contentType(ContentType.JSON)
                    .body(Map.of("message", "Message number " + i + " about your meeting."))
                    .when().post("/api/v1/groups/" + slug + "/messages")
                    .then().extract().statusCode();
            if (status == 429) {
                refused++;
            }
        }
        assertTrue(refused >= 2, "at most three per hour get through");
        given().contentType(ContentType.JSON).body(Map.of("message", "One more message about your meeting."))
                .header("Accept-Language", "es-US")
                .when().post("/api/v1/groups/" + slug + "/messages")
                .then().statusCode(429)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:hrw:problem:rate-limited"))
                .body("title", equalTo("Demasiadas solicitudes"))
                .body("detail", equalTo("Hoy ya se mandaron varios mensajes a este grupo desde aquí. Quienes lo "
                        + "coordinan van a contestar esos primero; vuelve a intentarlo mañana."));
    }

    @Test
    void oneSenderUsingUpTheirAllowanceLeavesTheGroupsFormOpenToOthers() {
        String slug = GroupResourceTest.registerAndApprove(GroupResourceTest.listing("Open Door", 57.5, 57.5));
        for (int i = 0; i < 3; i++) {
            send(slug, "203.0.113.5").then().statusCode(202);
        }
        send(slug, "203.0.113.5").then().statusCode(429).header("Retry-After", notNullValue());
        // The relay counts the sender the trusted proxy names, not the proxy's own address.
        send(slug, "203.0.113.6").then().statusCode(202);
        // One IPv6 connection is usually given a whole /64: it counts as one sender.
        for (int i = 0; i < 3; i++) {
            send(slug, "2001:db8:1:2::" + (i + 1)).then().statusCode(202);
        }
        send(slug, "2001:db8:1:2:ffff::9").then().statusCode(429);
        send(slug, "2001:db8:1:3::1").then().statusCode(202);
    }

    @Test
    void sendersArrivingAtOnceGetExactlyTheGroupsDailyLimitNeverFewer() throws Exception {
        String slug = GroupResourceTest.registerAndApprove(GroupResourceTest.listing("Rush Hour", 57.7, 57.7));
        int senders = 30;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(senders);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < senders; i++) {
                String address = "198.51.100." + (i + 1);
                answers.add(pool.submit(() -> {
                    start.await();
                    return send(slug, address).then().extract().statusCode();
                }));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            for (var answer : answers) {
                statuses.merge(answer.get(), 1, Integer::sum);
            }
            assertEquals(Map.of(202, 10, 429, senders - 10), statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIpv6SenderIsCountedByItsSlash64() {
        assertEquals(ContactRelay.senderKey("2001:db8:1:2::1"), ContactRelay.senderKey("2001:db8:1:2:abcd::9"));
        assertTrue(!ContactRelay.senderKey("2001:db8:1:2::1").equals(ContactRelay.senderKey("2001:db8:1:3::1")));
        assertEquals("203.0.113.5", ContactRelay.senderKey("203.0.113.5"));
    }

    private static io.restassured.response.Response send(String slug, String sender) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", sender)
                .body(Map.of("message", "Hello, may I come to your next meeting?"))
                .when().post("/api/v1/groups/" + slug + "/messages");
    }

    @Test
    void aTooShortMessageOrAnUnknownGroupIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("message", "hi"))
                .when().post("/api/v1/groups/nowhere-at-all/messages")
                .then().statusCode(400).body("violations.field", hasItem("message"));
        given().contentType(ContentType.JSON).body(Map.of("message", "Hello, where do you meet?"))
                .when().post("/api/v1/groups/nowhere-at-all/messages")
                .then().statusCode(404);
    }
}
