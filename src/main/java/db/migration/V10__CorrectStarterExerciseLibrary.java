package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.harmreductionworks.hub.common.DelimitedList;
import org.harmreductionworks.hub.exercise.ExerciseText;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Brings an installation that loaded the starter library before its corrections (summaries that misstated a story or
 * an example, links to a home page or an audiobook, missing content notes, guest speakers longer than the exercise
 * slot) up to date with content/exercises.json. A fresh installation loaded the corrected file in V7, so this finds
 * nothing to do there.
 *
 * <p>A field is replaced only while it still holds the value V7 first loaded, as recorded in
 * content/corrections/V10-starter-library-before.json: a steward who has rewritten it since keeps their words.
 * Content notes are only ever added, because they warn people who may be grieving.
 */
public class V10__CorrectStarterExerciseLibrary extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V10__CorrectStarterExerciseLibrary.class);

    /** The corrected fields: their name in the content files and their column. */
    private enum Field {
        SUMMARY("summary", "summary"),
        HOW_TO_RUN("howToRun", "how_to_run"),
        SUGGESTED_MINUTES("suggestedMinutes", "suggested_minutes"),
        SOURCE_URL("source.url", "source_url");

        final String name;
        final String column;

        Field(String name, String column) {
            this.name = name;
            this.column = column;
        }

        JsonNode in(JsonNode exercise) {
            return exercise.at("/" + name.replace('.', '/'));
        }

        Object value(JsonNode exercise) {
            JsonNode value = in(exercise);
            return value.isInt() ? (Object) value.asInt() : value.asText();
        }
    }

    @Override
    public void migrate(Context context) throws Exception {
        Map<String, JsonNode> library = new HashMap<>();
        ContentFiles.read("content/exercises.json").forEach(e -> library.put(e.get("slug").asText(), e));
        JsonNode before = ContentFiles.read("content/corrections/V10-starter-library-before.json").get("before");
        Connection connection = context.getConnection();
        Timestamp at = ContentFiles.now();
        Iterator<Map.Entry<String, JsonNode>> pieces = before.fields();
        while (pieces.hasNext()) {
            Map.Entry<String, JsonNode> piece = pieces.next();
            correct(connection, piece.getKey(), piece.getValue(), library.get(piece.getKey()), at);
        }
    }

    private static void correct(Connection connection, String slug, JsonNode before, JsonNode now, Timestamp at)
            throws SQLException {
        Map<String, Object> changes = new LinkedHashMap<>();
        long id;
        String title;
        String prompts;
        try (PreparedStatement select = connection.prepareStatement("select id, title, prompts, summary, how_to_run, "
                + "suggested_minutes, source_url, content_notes from exercise where slug = ?")) {
            select.setString(1, slug);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return;
                }
                id = row.getLong("id");
                title = row.getString("title");
                prompts = row.getString("prompts");
                for (Field field : Field.values()) {
                    if (!before.has(field.name)) {
                        continue;
                    }
                    String stored = row.getString(field.column);
                    if (before.get(field.name).asText().equals(stored)) {
                        changes.put(field.column, field.value(now));
                    } else if (!field.in(now).asText().equals(stored)) {
                        LOG.infof("Exercise %s: a steward has rewritten its %s, so their words are kept", slug,
                                field.name);
                    }
                }
                if (before.has("contentNotes")) {
                    Set<String> notes = DelimitedList.strings(row.getString("content_notes"));
                    if (notes.addAll(addedNotes(before.get("contentNotes"), now.get("contentNotes")))) {
                        changes.put("content_notes", DelimitedList.of(notes));
                    }
                }
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        if (changes.containsKey("summary")) {
            changes.put("search_text", ExerciseText.searchText(title, (String) changes.get("summary"),
                    ExerciseText.splitPrompts(prompts)));
        }
        StringBuilder sql = new StringBuilder("update exercise set ");
        changes.keySet().forEach(column -> sql.append(column).append(" = ?, "));
        sql.append("updated_at = ?, revision = revision + 1 where id = ?");
        try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (Object value : changes.values()) {
                update.setObject(index++, value);
            }
            update.setTimestamp(index++, at);
            update.setLong(index, id);
            update.executeUpdate();
        }
    }

    /** The notes the corrected file gives a piece that it did not have when first loaded. */
    private static List<String> addedNotes(JsonNode before, JsonNode now) {
        Set<String> had = new HashSet<>();
        before.forEach(note -> had.add(ContentFiles.constant(note.asText())));
        List<String> added = new ArrayList<>();
        now.forEach(note -> {
            String constant = ContentFiles.constant(note.asText());
            if (!had.contains(constant)) {
                added.add(constant);
            }
        });
        return added;
    }
}
