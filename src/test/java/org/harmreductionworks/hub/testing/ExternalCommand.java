package org.harmreductionworks.hub.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Node-based check (browser tests, the OpenAPI linter) from a Java test, so that the one test command runs
 * everything and the tools see the app and the Keycloak the Java side started.
 */
public final class ExternalCommand {

    private ExternalCommand() {
    }

    /** Runs the command, echoes its output, and fails the test unless it exits 0 within the timeout. */
    public static String run(Path workDir, Map<String, String> env, Duration timeout, List<String> command)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("hrw-command", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        boolean finished = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String text = Files.readString(output);
        Files.deleteIfExists(output);
        System.out.println(text);
        assertTrue(finished, () -> String.join(" ", command) + " did not finish within " + timeout);
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed:\n" + text);
        return text;
    }
}
