package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the migrations that correct shipped content share: reading the content files, and their spellings. */
final class ContentFiles {

    private ContentFiles() {
    }

    static JsonNode read(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the build");
            }
            return new ObjectMapper().readTree(in);
        }
    }

    /** "sexual-violence" (the content files' and the API's spelling) to "SEXUAL_VIOLENCE" (the stored one). */
    static String constant(String apiName) {
        return apiName.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** When a correction is made, to the millisecond, as the services store their own times. */
    static Timestamp now() {
        return Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
