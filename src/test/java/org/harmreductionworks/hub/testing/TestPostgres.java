package org.harmreductionworks.hub.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The PostgreSQL server the tests were pointed at (HRW_TEST_JDBC_URL, HRW_TEST_DB_USER, HRW_TEST_DB_PASSWORD):
 * throwaway databases on it, and its command-line tools (pg_dump, pg_restore, createdb) run against them as an
 * operator would. The role needs CREATEDB.
 */
public final class TestPostgres {

    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(5);

    private final String host;
    private final int port;
    private final String adminDatabase;
    private final String query;
    private final String user;
    private final String password;

    private TestPostgres(String jdbcUrl, String user, String password) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 5432 : uri.getPort();
        this.adminDatabase = uri.getPath().replaceFirst("^/", "");
        this.query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        this.user = user;
        this.password = password;
    }

    /** The server named by HRW_TEST_JDBC_URL, or empty on the H2 run. */
    public static Optional<TestPostgres> fromEnvironment() {
        String url = System.getenv("HRW_TEST_JDBC_URL");
        if (url == null || url.isBlank() || !url.startsWith("jdbc:postgresql:")) {
            return Optional.empty();
        }
        return Optional.of(new TestPostgres(url, envOr("HRW_TEST_DB_USER", "hrw"), envOr("HRW_TEST_DB_PASSWORD", "")));
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + query;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    /** A new empty database with a name no other run uses, owned by the test role. */
    public String createDatabase(String prefix) throws SQLException {
        String name = uniqueName(prefix);
        execute("create database " + name);
        return name;
    }

    /** The name a new database would get; for tools that create it themselves (createdb). */
    public static String uniqueName(String prefix) {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        return prefix + "_" + HexFormat.of().formatHex(random);
    }

    /** An exact copy, made by the server (nobody may be connected to the source). */
    public String copyDatabase(String source, String prefix) throws SQLException {
        String name = uniqueName(prefix);
        execute("create database " + name + " template " + source);
        return name;
    }

    public void dropDatabase(String name) throws SQLException {
        // Whatever a failed test left connected must not keep its database alive.
        execute("drop database if exists " + name + " with (force)");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect(adminDatabase); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Runs one of PostgreSQL's client programs against this server with the given arguments (the connection
     * options are added), fails the test unless it succeeds, and answers its output.
     */
    public String run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(binary(program).toString());
        command.add("--host=" + host);
        command.add("--port=" + port);
        command.add("--username=" + user);
        command.add("--no-password");
        command.addAll(List.of(arguments));
        return ExternalCommand.run(Path.of("."), Map.of("PGPASSWORD", password), TOOL_TIMEOUT, command);
    }

    /**
     * HRW_TEST_PG_BIN, else the newest of Debian's /usr/lib/postgresql/N/bin (pg_dump refuses a server newer than
     * itself), else the PATH.
     */
    static Path binary(String program) throws IOException {
        String configured = System.getenv("HRW_TEST_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured, program);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.filter(p -> p.getFileName().toString().matches("\\d+"))
                        .map(p -> p.resolve("bin").resolve(program)).filter(Files::isExecutable)
                        .max(Comparator.comparingInt(p -> Integer.parseInt(p.getParent().getParent().getFileName()
                                .toString())));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + program + " found: install PostgreSQL's client programs "
                + "(Debian: postgresql-client) or set HRW_TEST_PG_BIN to the directory that holds them.");
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
