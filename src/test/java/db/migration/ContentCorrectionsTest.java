package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.harmreductionworks.hub.common.DelimitedList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * V10 and V11 on a database of their own: an installation that ran V1-V9 before the content was corrected, one whose
 * stewards had already changed some of it, and a fresh one.
 */
class ContentCorrectionsTest {

    private static final String FIRST_SUMMARY =
            "The first published version of the Harm Reduction Works-HRW meeting script, in English and Spanish.";

    /**
     * Flyway closes the connections it is given, and H2 then cannot evaluate the check constraints created through
     * them ("Check constraint invalid ... The database has been closed"); a pool keeps them open, as the app's does.
     */
    private JdbcConnectionPool pool;
    private Connection db;

    @BeforeEach
    void ownDatabase() throws SQLException {
        pool = JdbcConnectionPool.create("jdbc:h2:mem:corrections-" + UUID.randomUUID(), "hrw", "");
        db = pool.getConnection();
    }

    @AfterEach
    void dropIt() throws SQLException {
        db.close();
        pool.dispose();
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").target(target).load().migrate();
    }

    /** V1-V9 as they ran before the corrections: the library and version 1's summary as V7 and V2 first loaded them. */
    private void installedBeforeTheCorrections() throws Exception {
        migrate("9");
        JsonNode before = ContentFiles.read("content/corrections/V10-starter-library-before.json").get("before");
        Iterator<Map.Entry<String, JsonNode>> pieces = before.fields();
        while (pieces.hasNext()) {
            Map.Entry<String, JsonNode> piece = pieces.next();
            JsonNode old = piece.getValue();
            Map<String, Object> columns = new LinkedHashMap<>();
            if (old.has("summary")) {
                columns.put("summary", old.get("summary").asText());
            }
            if (old.has("howToRun")) {
                columns.put("how_to_run", old.get("howToRun").asText());
            }
            if (old.has("suggestedMinutes")) {
                columns.put("suggested_minutes", old.get("suggestedMinutes").asInt());
            }
            if (old.has("source.url")) {
                columns.put("source_url", old.get("source.url").asText());
            }
            if (old.has("contentNotes")) {
                List<String> notes = new ArrayList<>();
                old.get("contentNotes").forEach(note -> notes.add(ContentFiles.constant(note.asText())));
                columns.put("content_notes", DelimitedList.of(notes));
            }
            columns.forEach((column, value) -> update("update exercise set " + column + " = ? where slug = ?", value,
                    piece.getKey()));
        }
        update("update script_version set summary = ? where number = 1", FIRST_SUMMARY);
    }

    @Test
    void anInstallationThatLoadedTheOldLibraryGetsEveryCorrection() throws Exception {
        installedBeforeTheCorrections();
        assertTrue(text("select source_url from exercise where slug = 'raising-lazarus'").contains("9781549103711"),
                "the old link was the audiobook's");

        migrate("latest");

        Map<String, JsonNode> library = new LinkedHashMap<>();
        ContentFiles.read("content/exercises.json").forEach(e -> library.put(e.get("slug").asText(), e));
        JsonNode corrected = ContentFiles.read("content/corrections/V10-starter-library-before.json").get("before");
        corrected.fieldNames().forEachRemaining(slug -> {
            JsonNode piece = library.get(slug);
            Map<String, Object> row = row("select summary, how_to_run, suggested_minutes, source_url, content_notes, "
                    + "revision from exercise where slug = ?", slug);
            assertEquals(piece.get("summary").asText(), row.get("SUMMARY"), slug);
            assertEquals(piece.get("howToRun").asText(), row.get("HOW_TO_RUN"), slug);
            assertEquals(piece.get("suggestedMinutes").asInt(), row.get("SUGGESTED_MINUTES"), slug);
            assertEquals(piece.get("source").get("url").asText(), row.get("SOURCE_URL"), slug);
            Set<String> notes = DelimitedList.strings((String) row.get("CONTENT_NOTES"));
            piece.get("contentNotes").forEach(note -> assertTrue(notes.contains(ContentFiles.constant(note.asText())),
                    slug + " " + note));
            assertEquals(1L, row.get("REVISION"), slug + ": an edit form opened before the correction is now stale");
        });

        assertTrue(text("select source_url from exercise where slug = 'raising-lazarus'").contains("9780316430227"));
        assertTrue(text("select summary from exercise where slug = 'words-matter'")
                .contains("person with a substance use disorder"));
        assertTrue(text("select content_notes from exercise where slug = 'the-recovering'").contains(",SUICIDE,"));
        assertTrue(text("select search_text from exercise where slug = 'undoing-drugs'").contains("bleach"),
                "the new summary is searchable");
        assertEquals("0", text("select count(*) from exercise where slug = 'listening-to-shame' and revision > 0"),
                "pieces that needed nothing are untouched");

        assertTrue(text("select summary from script_version where number = 1")
                .contains("prepared from HRH413's Foundations text"));
        assertEquals("2", text("select max(number) from script_version"));
        String opening = body(2, "es", "opening");
        assertTrue(opening.startsWith("Bienvenidas y bienvenidos."), opening);
        assertTrue(opening.contains("les va a resultar familiar"), opening);
        assertTrue(body(2, "es", "before-you-begin").contains("Haz la reunión de todos modos."));
        assertEquals(body(1, "en", "opening"), body(2, "en", "opening"));
        assertTrue(body(1, "es", "opening").contains("se les va a hacer conocida"), "version 1 is never changed");
    }

    @Test
    void whatAStewardAlreadyChangedIsKeptAndNotesAreOnlyAdded() throws Exception {
        installedBeforeTheCorrections();
        update("update exercise set summary = ?, revision = 1 where slug = 'fighting-for-space'",
                "A summary a steward wrote.");
        update("update exercise set content_notes = ?, revision = 1 where slug = 'the-recovering'",
                ",DRUG_USE_DETAIL,GRIEF,");

        migrate("latest");

        assertEquals("A summary a steward wrote.",
                text("select summary from exercise where slug = 'fighting-for-space'"));
        assertTrue(text("select source_url from exercise where slug = 'fighting-for-space'")
                .startsWith("https://arsenalpulp.com/"), "the link is still corrected");
        assertEquals(Set.of("DRUG_USE_DETAIL", "GRIEF", "DEATH", "SUICIDE"),
                DelimitedList.strings(text("select content_notes from exercise where slug = 'the-recovering'")));
    }

    @Test
    void aStewardsLaterVersionIsCorrectedWhereItStillNeedsItAndAnOpenDraftMovesOnto() throws Exception {
        installedBeforeTheCorrections();
        // A steward published version 2, rewriting one of the sentences, and opened a draft from it.
        copyVersion(1, 2, "Hagan la reunión de todos modos.", "Hagan la reunión aunque sean pocas personas.");
        long draft = copyVersion(2, null, "Welcome, everyone.", "Welcome, everyone, and thank you for coming.");

        migrate("latest");

        assertEquals("3", text("select max(number) from script_version"));
        assertEquals("2", text("select based_on from script_version where number = 3"));
        assertTrue(text("select summary from script_version where number = 3").endsWith("same as version 2."));
        assertTrue(body(3, "es", "before-you-begin").contains("Hagan la reunión aunque sean pocas personas."),
                "the steward's own sentence stands");
        assertTrue(body(3, "es", "opening").contains("les va a resultar familiar"));
        assertNotEquals(body(2, "es", "opening"), body(3, "es", "opening"));

        assertEquals("3", text("select based_on from script_version where id = " + draft));
        assertEquals("1", text("select revision from script_version where id = " + draft));
        assertTrue(draftBody(draft, "es", "opening").contains("les va a resultar familiar"));
        assertTrue(draftBody(draft, "en", "opening").startsWith("Welcome, everyone, and thank you for coming."),
                "the steward's draft edit is kept");
    }

    @Test
    void aFreshInstallationLoadsTheCorrectedLibraryAndPublishesTheSpanishCorrectionsOnce() throws Exception {
        migrate("latest");

        assertEquals("0", text("select count(*) from exercise where revision > 0"), "nothing was left to correct");
        assertTrue(text("select content_notes from exercise where slug = 'in-the-realm-of-hungry-ghosts'")
                .contains(",SEXUAL_VIOLENCE,"));
        assertTrue(text("select summary from script_version where number = 1").startsWith("The hub's version"));
        assertEquals("2", text("select count(*) from script_version"));
        assertFalse(body(2, "es", "closing").contains("Esperamos verlos"));
    }

    /** A copy of a published version, with one change: published as number, or a draft when number is null. */
    private long copyVersion(int from, Integer number, String before, String after) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into script_version (number, status, based_on, "
                + "summary, published_at, created_at, updated_at, revision) values (?, ?, ?, ?, ?, "
                + "current_timestamp, current_timestamp, 0)", Statement.RETURN_GENERATED_KEYS)) {
            boolean draft = number == null;
            insert.setObject(1, number);
            insert.setString(2, draft ? "DRAFT" : "PUBLISHED");
            insert.setInt(3, from);
            insert.setString(4, draft ? null : "A steward's version.");
            insert.setTimestamp(5, draft ? null : new java.sql.Timestamp(System.currentTimeMillis()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                update("insert into script_section (script_version_id, language, position, section_key, title, "
                        + "audience, kind, minutes, body, revision) select ?, language, position, section_key, title, "
                        + "audience, kind, minutes, replace(body, ?, ?), 0 from script_section where script_version_id "
                        + "= (select id from script_version where number = ?)", id, before, after, from);
                return id;
            }
        }
    }

    private String body(int version, String language, String key) {
        return text("select s.body from script_section s join script_version v on v.id = s.script_version_id "
                + "where v.number = " + version + " and s.language = '" + language + "' and s.section_key = '" + key
                + "'");
    }

    private String draftBody(long draft, String language, String key) {
        return text("select body from script_section where script_version_id = " + draft + " and language = '"
                + language + "' and section_key = '" + key + "'");
    }

    private void update(String sql, Object... values) {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private String text(String sql) {
        try (Statement select = db.createStatement(); ResultSet row = select.executeQuery(sql)) {
            assertTrue(row.next(), sql);
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Map<String, Object> row(String sql, String parameter) {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), parameter);
                Map<String, Object> columns = new LinkedHashMap<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    columns.put(row.getMetaData().getColumnLabel(i), row.getObject(i));
                }
                return columns;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
