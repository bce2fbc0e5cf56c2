package org.harmreductionworks.hub.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test whose outcome the database cannot change: rendering, documents and manifests checked as files, the identity
 * provider and the mail server going wrong, the web app in a browser. CI runs the tests on H2 and again on PostgreSQL;
 * the PostgreSQL run leaves these out (.ci/run), because a second run of them could only repeat the first.
 * <p>
 * Mark a test this way only when no row it reads or writes decides what it asserts; when in doubt, leave it unmarked
 * and let it run twice.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Tag(DatabaseIndependent.TAG)
public @interface DatabaseIndependent {

    String TAG = "database-independent";
}
