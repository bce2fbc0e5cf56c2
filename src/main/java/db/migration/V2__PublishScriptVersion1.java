package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Publishes version 1 of the meeting script, in English and Spanish, from content/script-v1.json. The date is fixed
 * so that every installation serves version 1 with the same Last-Modified.
 */
public class V2__PublishScriptVersion1 extends BaseJavaMigration {

    private static final Instant PUBLISHED_AT = Instant.parse("2026-11-27T00:00:00Z");

    @Override
    public void migrate(Context context) throws Exception {
        JsonNode script = read("content/script-v1.json");
        Connection connection = context.getConnection();
        long versionId;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into script_version (number, status, summary, published_at, created_at, updated_at, revision) "
                        + "values (?, 'PUBLISHED', ?, ?, ?, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            Timestamp at = Timestamp.from(PUBLISHED_AT);
            insert.setInt(1, script.get("version").asInt());
            insert.setString(2, script.get("summary").get("en").asText());
            insert.setTimestamp(3, at);
            insert.setTimestamp(4, at);
            insert.setTimestamp(5, at);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                versionId = keys.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into script_section (script_version_id, language, position, section_key, title, audience, "
                        + "kind, minutes, body, revision) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            Iterator<Map.Entry<String, JsonNode>> languages = script.get("languages").fields();
            while (languages.hasNext()) {
                Map.Entry<String, JsonNode> language = languages.next();
                int position = 0;
                for (JsonNode section : language.getValue()) {
                    insert.setLong(1, versionId);
                    insert.setString(2, language.getKey());
                    insert.setInt(3, position++);
                    insert.setString(4, section.get("key").asText());
                    insert.setString(5, section.get("title").asText());
                    insert.setString(6, constant(section.get("audience").asText()));
                    insert.setString(7, constant(section.get("kind").asText()));
                    insert.setInt(8, section.get("minutes").asInt());
                    insert.setString(9, section.get("body").asText());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static String constant(String apiName) {
        return apiName.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new ObjectMapper().readTree(in);
        }
    }
}
