package org.harmreductionworks.hub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The two documents the service reads from Keycloak, its discovery document and its key set, served on 127.0.0.1
 * for tests that sign their own tokens ({@link TestTokens}). It can be taken down and brought back on the same port
 * with more keys, as when Keycloak rotates its signing key.
 */
public final class StandInKeycloak {

    private HttpServer server;
    private int port;

    /** Publishes the test tokens' key and any others given (JSON Web Keys). */
    public synchronized void start(String... moreKeys) {
        stop();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getAddress().getPort();
        String discovery = "{\"issuer\":\"" + TestTokens.ISSUER + "\",\"jwks_uri\":\"" + realmUrl()
                + "/protocol/openid-connect/certs\"}";
        List<String> keys = new ArrayList<>(List.of(TestTokens.publicJwk()));
        keys.addAll(List.of(moreKeys));
        String jwks = "{\"keys\":[" + String.join(",", keys) + "]}";
        server.createContext("/realms/hrw/.well-known/openid-configuration", exchange -> reply(exchange, discovery));
        server.createContext("/realms/hrw/protocol/openid-connect/certs", exchange -> reply(exchange, jwks));
        server.start();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public synchronized String realmUrl() {
        return "http://127.0.0.1:" + port + "/realms/hrw";
    }

    /** The service's settings for this stand-in, in the test profile as well as without one. */
    public Map<String, String> serviceConfig() {
        String realm = realmUrl();
        return Map.of("quarkus.oidc.auth-server-url", realm, "%test.quarkus.oidc.auth-server-url", realm);
    }

    private static void reply(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** One stand-in for the life of a test application. */
    public static class Resource implements QuarkusTestResourceLifecycleManager {

        private final StandInKeycloak keycloak = new StandInKeycloak();

        @Override
        public Map<String, String> start() {
            keycloak.start();
            return keycloak.serviceConfig();
        }

        @Override
        public void stop() {
            keycloak.stop();
        }
    }
}
