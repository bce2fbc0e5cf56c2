package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.harmreductionworks.hub.exercise.ExerciseText;

import com.fasterxml.jackson.databind.JsonNode;

/** Publishes pieces of a starter library content file, as the migrations that ship them do. */
final class StarterExercises {

    private StarterExercises() {
    }

    /**
     * Inserts each piece as published. With {@code keepExisting}, a piece whose slug is already taken (a steward
     * published one of that name) is left out, so a later migration never overwrites or duplicates their work.
     */
    static int publish(Connection connection, JsonNode library, Timestamp at, boolean keepExisting)
            throws SQLException {
        int published = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into exercise (slug, title, kind, themes, suggested_minutes, summary, how_to_run, prompts, "
                        + "source_title, source_creator, source_publisher, source_year, source_url, source_free, "
                        + "content_notes, suits, language, status, search_text, published_at, created_at, "
                        + "updated_at, revision) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, 0)")) {
            for (JsonNode e : library) {
                if (keepExisting && exists(connection, e.get("slug").asText())) {
                    continue;
                }
                List<String> prompts = new ArrayList<>();
                e.get("prompts").forEach(p -> prompts.add(p.asText()));
                JsonNode source = e.get("source");
                insert.setString(1, e.get("slug").asText());
                insert.setString(2, e.get("title").asText());
                insert.setString(3, ContentFiles.constant(e.get("kind").asText()));
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
                insert.setString(16, ContentFiles.constant(e.get("suits").asText()));
                insert.setString(17, e.get("language").asText());
                insert.setString(18, ExerciseText.searchText(e.get("title").asText(), e.get("summary").asText(),
                        prompts));
                insert.setTimestamp(19, at);
                insert.setTimestamp(20, at);
                insert.setTimestamp(21, at);
                insert.addBatch();
                published++;
            }
            insert.executeBatch();
        }
        return published;
    }

    private static boolean exists(Connection connection, String slug) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select 1 from exercise where slug = ?")) {
            select.setString(1, slug);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void setText(PreparedStatement insert, int index, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            insert.setNull(index, Types.VARCHAR);
        } else {
            insert.setString(index, value.asText());
        }
    }

    private static String delimited(JsonNode values) {
        StringBuilder stored = new StringBuilder(",");
        values.forEach(v -> stored.append(ContentFiles.constant(v.asText())).append(','));
        return stored.toString();
    }
}
