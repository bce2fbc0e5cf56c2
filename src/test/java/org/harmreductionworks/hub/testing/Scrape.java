package org.harmreductionworks.hub.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.arc.Arc;
import io.quarkus.value.registry.ValueRegistry;
import io.quarkus.vertx.http.HttpServer;

/** One reading of the Prometheus text the metrics endpoint serves, as Prometheus would read it. */
public final class Scrape {

    /**
     * What the app of the running @QuarkusTest serves on its management port now (the tests take any free port for
     * it, so the port is asked of the app).
     */
    public static Scrape now() {
        int port = Arc.container().instance(ValueRegistry.class).get().get(HttpServer.HTTP_SERVER).getManagementPort();
        return read("http://127.0.0.1:" + port);
    }

    /** What the app at {@code managementBase} (scheme, host and management port) serves on /q/metrics now. */
    public static Scrape read(String managementBase) {
        return new Scrape(given().baseUri(managementBase).when().get("/q/metrics")
                .then().statusCode(200).extract().asString());
    }

    /** One line: a series and its value. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String text;
    private final List<Sample> samples = new ArrayList<>();

    public Scrape(String text) {
        this.text = text;
        for (String line : text.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (line.startsWith("#") || !m.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(2) != null) {
                Matcher l = LABEL.matcher(m.group(2));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
        }
    }

    public String text() {
        return text;
    }

    public List<Sample> samples(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).toList();
    }

    /** The sum over the series of {@code name} that carry all of {@code labels} (0 when there are none). */
    public double sum(String name, Map<String, String> labels) {
        return samples(name).stream()
                .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Sample::value).sum();
    }

    public boolean has(String name, Map<String, String> labels) {
        return samples(name).stream().anyMatch(s -> s.labels().entrySet().containsAll(labels.entrySet()));
    }

    /** The meter's HELP line, which must say what it counts. */
    public String help(String family) {
        for (String line : text.split("\n")) {
            if (line.startsWith("# HELP " + family + " ")) {
                return line.substring(("# HELP " + family + " ").length());
            }
        }
        return null;
    }
}
