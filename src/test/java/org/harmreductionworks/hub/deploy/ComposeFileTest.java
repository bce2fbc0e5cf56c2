package org.harmreductionworks.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.harmreductionworks.hub.testing.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * deploy/compose.yaml runs two JVMs beside PostgreSQL on one host. A JVM in a container without a memory limit sizes
 * its heap from the whole host, so on a small host the app and Keycloak between them could ask for more than there
 * is. Each gets a limit, and the app the one its heap was measured with in the pod.
 */
@DatabaseIndependent
class ComposeFileTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * The heap is a share of the limit; the rest of a JVM (classes, compiled code, threads, buffers) needs about
     * 310-320 MiB for the app and 370 MiB for Keycloak at their measured peaks (deploy/README.md). Keycloak's own 70%
     * of 1 GiB left 307 MiB, and the kernel killed it under load.
     */
    @Test
    void everyJavaServiceHasALimitThatLeavesRoomBesideItsHeap() throws IOException {
        JsonNode services = compose().path("services");
        Set<String> names = new TreeSet<>();
        services.fieldNames().forEachRemaining(names::add);
        // A new service must be sorted into one or the other here.
        assertEquals(Set.of("app", "keycloak", "postgres"), names);

        Map<String, String> heapOptions = Map.of("app", "JDK_JAVA_OPTIONS", "keycloak", "JAVA_OPTS_KC_HEAP");
        heapOptions.forEach((service, variable) -> {
            long limitMiB = mebibytes(services.path(service).path("mem_limit").asText());
            String options = services.path(service).path("environment").path(variable).asText("");
            Matcher share = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)").matcher(options);
            assertTrue(share.find(), service + " sets no heap share in " + variable + ": '" + options + "'");
            double heapMiB = limitMiB * Double.parseDouble(share.group(1)) / 100;
            assertTrue(limitMiB - heapMiB >= 350, String.format("%s: a heap of %.0f MiB leaves %.0f MiB of its %d MiB"
                    + " for the rest of the JVM", service, heapMiB, limitMiB - heapMiB, limitMiB));
        });
    }

    @Test
    void theAppGetsThePodsMemoryLimitAndJvmOptions() throws IOException {
        JsonNode app = compose().path("services").path("app");
        JsonNode container = deployment().path("spec").path("template").path("spec").path("containers").get(0);

        String podLimit = container.path("resources").path("limits").path("memory").asText();
        assertEquals(podLimit.replace("Mi", "m").replace("Gi", "g"), app.path("mem_limit").asText());

        String podOptions = null;
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals("JDK_JAVA_OPTIONS")) {
                podOptions = variable.path("value").asText();
            }
        }
        assertEquals(podOptions, app.path("environment").path("JDK_JAVA_OPTIONS").asText(null));
    }

    private static long mebibytes(String composeSize) {
        Matcher size = Pattern.compile("([0-9]+)([mg])").matcher(composeSize);
        assertTrue(size.matches(), "not a size in MiB or GiB: '" + composeSize + "'");
        return Long.parseLong(size.group(1)) * (size.group(2).equals("g") ? 1024 : 1);
    }

    private static JsonNode compose() throws IOException {
        return YAML.readTree(Path.of("deploy/compose.yaml").toFile());
    }

    private static JsonNode deployment() throws IOException {
        return YAML.readTree(Path.of("deploy/k8s/deployment.yaml").toFile());
    }
}
