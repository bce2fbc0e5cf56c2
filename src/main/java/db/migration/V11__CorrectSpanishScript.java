package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

/**
 * Corrects the Spanish script, and says where version 1 came from.
 *
 * <p>Published versions never change (clients may keep them for a year), so the corrections are published the way a
 * steward would: as the next version, a copy of the current one with the Spanish sentences corrected wherever they
 * still stand. A sentence a steward has already rewritten is left alone, and when nothing is left to correct no
 * version is published. A draft a steward has open is corrected too and moved onto the new version, so it can still
 * be published.
 *
 * <p>Version 1 described itself as the first published script, as if it were HRH413's own; it is the hub's version,
 * prepared from HRH413's Foundations text. Its summary (the description shown in the version history, not the text
 * meetings read) now says so, from content/script-v1.json, unless it was already changed.
 */
public class V11__CorrectSpanishScript extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V11__CorrectSpanishScript.class);

    private static final String VERSION_1_SUMMARY_BEFORE =
            "The first published version of the Harm Reduction Works-HRW meeting script, in English and Spanish.";

    private record Correction(String before, String after) {
    }

    /** Applied to every Spanish section, in this order. */
    private static final List<Correction> SPANISH = List.of(
            // The host's notes speak to the one person hosting.
            new Correction("Tú eres un participante más, como todos.",
                    "Participas como una persona más, igual que las demás."),
            new Correction("Hagan la reunión de todos modos.", "Haz la reunión de todos modos."),
            new Correction("mencionen ahora cualquier tema delicado, como sobredosis, duelo, pérdida o violencia. "
                    + "Si no hay ninguno, díganlo.)",
                    "menciona ahora cualquier tema delicado, como sobredosis, duelo, pérdida o violencia. "
                            + "Si no hay ninguno, dilo.)"),
            new Correction("Algunos recordatorios mientras eres anfitrión o anfitriona:",
                    "Algunos recordatorios para cuando te toca ser la persona anfitriona:"),
            new Correction("Eres un miembro más que ayuda a que las cosas avancen.",
                    "Eres una persona más del grupo que ayuda a que las cosas avancen."),
            new Correction("cómo te sentiste como anfitrión o anfitriona.",
                    "cómo te sentiste al ser la persona anfitriona."),
            // One way of naming the host, as the labels around the script do: "la persona anfitriona".
            new Correction("*(Anfitrión/a", "*(Persona anfitriona"),
            new Correction("Hoy me toca ser anfitrión o anfitriona.", "Hoy me toca ser la persona anfitriona."),
            new Correction("Estoy aquí como un miembro más del grupo,",
                    "Estoy aquí como una persona más del grupo,"),
            new Correction("recuerda a todos dónde la pueden conseguir.",
                    "recuerda a la gente dónde la puede conseguir."),
            // A phrase that sounds natural.
            new Correction("la reunión se les va a hacer conocida.", "la reunión les va a resultar familiar."),
            // One inclusive greeting, the same at the start and the end: "bienvenidas y bienvenidos", "todas y todos".
            new Correction("Bienvenidos y bienvenidas.", "Bienvenidas y bienvenidos."),
            new Correction("también son bienvenidos.", "también son bienvenidas y bienvenidos."),
            new Correction("Esperamos verlos la próxima vez.", "Ojalá nos veamos la próxima vez."));

    private record Section(long id, String language, int position, String key, String title, String audience,
            String kind, int minutes, String body) {

        Section corrected() {
            if (!language.equals("es")) {
                return this;
            }
            String text = body;
            for (Correction correction : SPANISH) {
                text = text.replace(correction.before(), correction.after());
            }
            return new Section(id, language, position, key, title, audience, kind, minutes, text);
        }
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        describeVersion1(connection);
        Integer current = latestPublished(connection);
        if (current == null) {
            return;
        }
        List<Section> sections = sections(connection, versionId(connection, current));
        List<Section> corrected = sections.stream().map(Section::corrected).toList();
        if (corrected.equals(sections)) {
            LOG.infof("The Spanish text of script version %d needs none of these corrections", current);
            return;
        }
        int published = current + 1;
        Timestamp at = ContentFiles.now();
        long id = insertVersion(connection, published, current, at);
        insertSections(connection, id, corrected);
        LOG.infof("Published script version %d: version %d with the Spanish text corrected", published, current);
        rebaseDrafts(connection, current, published, at);
    }

    private static void describeVersion1(Connection connection) throws Exception {
        String summary = ContentFiles.read("content/script-v1.json").get("summary").get("en").asText();
        try (PreparedStatement update = connection.prepareStatement(
                "update script_version set summary = ? where number = 1 and summary = ?")) {
            update.setString(1, summary);
            update.setString(2, VERSION_1_SUMMARY_BEFORE);
            update.executeUpdate();
        }
    }

    private static Integer latestPublished(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet row = select.executeQuery(
                        "select max(number) from script_version where status = 'PUBLISHED'")) {
            row.next();
            int number = row.getInt(1);
            return row.wasNull() ? null : number;
        }
    }

    private static long versionId(Connection connection, int number) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id from script_version where number = ? and status = 'PUBLISHED'")) {
            select.setInt(1, number);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<Section> sections(Connection connection, long versionId) throws SQLException {
        List<Section> sections = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, language, position, section_key, "
                + "title, audience, kind, minutes, body from script_section where script_version_id = ? "
                + "order by language, position")) {
            select.setLong(1, versionId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    sections.add(new Section(row.getLong(1), row.getString(2), row.getInt(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getString(7), row.getInt(8), row.getString(9)));
                }
            }
        }
        return sections;
    }

    private static long insertVersion(Connection connection, int number, int basedOn, Timestamp at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into script_version (number, status, "
                + "based_on, summary, published_at, created_at, updated_at, revision) "
                + "values (?, 'PUBLISHED', ?, ?, ?, ?, ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setInt(1, number);
            insert.setInt(2, basedOn);
            insert.setString(3, "Corrects the Spanish text. Notes to the host speak to the one person hosting "
                    + "(\"Haz la reunión\"); the opening says a meeting in any group will feel familiar (\"les va a "
                    + "resultar familiar\"); the greetings use one inclusive form from start to end (\"bienvenidas y "
                    + "bienvenidos\", \"todas y todos\"); and directions to the host call them \"persona "
                    + "anfitriona\". Otherwise the same as version " + basedOn + ".");
            insert.setTimestamp(4, at);
            insert.setTimestamp(5, at);
            insert.setTimestamp(6, at);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertSections(Connection connection, long versionId, List<Section> sections)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into script_section (script_version_id, "
                + "language, position, section_key, title, audience, kind, minutes, body, revision) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (Section section : sections) {
                insert.setLong(1, versionId);
                insert.setString(2, section.language());
                insert.setInt(3, section.position());
                insert.setString(4, section.key());
                insert.setString(5, section.title());
                insert.setString(6, section.audience());
                insert.setString(7, section.kind());
                insert.setInt(8, section.minutes());
                insert.setString(9, section.body());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * A draft started from the version just corrected would otherwise be refused at publishing (it is no longer based
     * on the current version), and publishing it as it was would undo the corrections.
     */
    private static void rebaseDrafts(Connection connection, int from, int to, Timestamp at) throws SQLException {
        List<Long> drafts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id from script_version where status = 'DRAFT' and based_on = ?")) {
            select.setInt(1, from);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    drafts.add(row.getLong(1));
                }
            }
        }
        for (long draft : drafts) {
            try (PreparedStatement update = connection.prepareStatement(
                    "update script_section set body = ?, revision = revision + 1 where id = ?")) {
                for (Section section : sections(connection, draft)) {
                    Section corrected = section.corrected();
                    if (!corrected.equals(section)) {
                        update.setString(1, corrected.body());
                        update.setLong(2, section.id());
                        update.addBatch();
                    }
                }
                update.executeBatch();
            }
            try (PreparedStatement update = connection.prepareStatement("update script_version set based_on = ?, "
                    + "updated_at = ?, revision = revision + 1 where id = ?")) {
                update.setInt(1, to);
                update.setTimestamp(2, at);
                update.setLong(3, draft);
                update.executeUpdate();
            }
        }
    }
}
