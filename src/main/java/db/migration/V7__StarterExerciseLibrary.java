package db.migration;

import java.sql.Timestamp;
import java.time.Instant;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Publishes the starter exercise library from content/exercises.json: real, public pieces with their sources, and
 * summaries and prompts in the network's own words. Every installation starts with it, production included.
 */
public class V7__StarterExerciseLibrary extends BaseJavaMigration {

    private static final Instant PUBLISHED_AT = Instant.parse("2026-11-27T00:00:00Z");

    @Override
    public void migrate(Context context) throws Exception {
        StarterExercises.publish(context.getConnection(), ContentFiles.read("content/exercises.json"),
                Timestamp.from(PUBLISHED_AT), false);
    }
}
