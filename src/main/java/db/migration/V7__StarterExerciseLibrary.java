package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.harmreductionworks.hub.exercise.ExerciseText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Publishes the starter exercise library from content/exercises.json: real, public pieces with their sources, and
 * summaries and prompts in the network's own words. Every installation starts with it, production included.
 */
public class V7__StarterExerciseLibrary extends BaseJavaMigration {

    private static final Instant PUBLISHED_AT = Instant.parse("2026-11-27T00:00:00Z");

    @Override
    public void migrate(Context context) throws Exception {
        JsonNode library;
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("content/exercises.json")) {
            if (in == null) {
                throw new IOException("content/exercises.json is missing from the build");
            }
            library = new ObjectMapper().readTree(in);
        }
        Timestamp at = Timestamp.from(PUBLISHED_AT);
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "insert into exercise (slug, title, kind, themes, suggested_minutes, summary, how_to_run, prompts, "
                        + "source_title, source_creator, source_publisher, source_year, source_url, source_free, "
                        + "content_notes, suits, language, status, search_text, published_at, created_at, "
                        + "updated_at, revision) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, 0)")) {
            for (JsonNode e : library) {
                List<String> prompts = new ArrayList<>();
                e.get("prompts").forEach(p -> prompts.add(p.asText()));
                JsonNode source = e.get("source");
                insert.setString(1, e.get("slug").asText());
                insert.setString(2, e.get("title").asText());
                insert.setString(3, constant(e.get("kind").asText()));
                insert.setString(4, delimited(e.get("themes")));
                insert.setInt(5, e.get("suggestedMinutes").asInt());
                insert.setString(6, e.get("summary").asText());
                insert.setString(7, e.get("howToRun").asText());
                insert.setString(8, ExerciseText.joinPrompts(prompts));
                insert.setString(9, source.get("title").asText());
                insert.setString(10, source.get("creator").asText());
                setText(insert, 11, source.get("publisher"));
                if (source.hasNonNull("year")) {
                    insert.setInt(12, source.get("year").asInt());
                } else {
                    insert.setNull(12, Types.INTEGER);
                }
                setText(insert, 13, source.get("url"));
                insert.setBoolean(14, source.get("freeToAccess").asBoolean());
                insert.setString(15, delimited(e.get("contentNotes")));
                insert.setString(16, constant(e.get("suits").asText()));
                insert.setString(17, e.get("language").asText());
                insert.setString(18, ExerciseText.searchText(e.get("title").asText(), e.get("summary").asText(),
                        prompts));
                insert.setTimestamp(19, at);
                insert.setTimestamp(20, at);
                insert.setTimestamp(21, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setText(PreparedStatement insert, int index, JsonNode value) throws java.sql.SQLException {
        if (value == null || value.isNull()) {
            insert.setNull(index, Types.VARCHAR);
        } else {
            insert.setString(index, value.asText());
        }
    }

    private static String delimited(JsonNode values) {
        StringBuilder stored = new StringBuilder(",");
        values.forEach(v -> stored.append(constant(v.asText())).append(','));
        return stored.toString();
    }

    private static String constant(String apiName) {
        return apiName.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
