package db.migration;

import java.sql.Timestamp;
import java.time.Instant;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Publishes the starter library's pieces in Spanish (content/exercises-es.json), so a Spanish-speaking group finds
 * pieces it can read as they are. An installation where a steward already published a piece of the same name keeps
 * theirs.
 */
public class V12__SpanishStarterExercises extends BaseJavaMigration {

    private static final Instant PUBLISHED_AT = Instant.parse("2026-12-05T00:00:00Z");

    @Override
    public void migrate(Context context) throws Exception {
        StarterExercises.publish(context.getConnection(), ContentFiles.read("content/exercises-es.json"),
                Timestamp.from(PUBLISHED_AT), true);
    }
}
