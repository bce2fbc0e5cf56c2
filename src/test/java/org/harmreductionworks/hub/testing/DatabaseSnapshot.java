package org.harmreductionworks.hub.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a PostgreSQL schema holds, table by table: the row count and an MD5 of every row's text in primary-key
 * order, and each sequence's position. Two databases with equal snapshots hold the same rows, and a restored one
 * hands out the same next ids as its source. PostgreSQL only (it reads the catalog and casts rows to text).
 */
public record DatabaseSnapshot(Map<String, Digest> tables, Map<String, String> sequences) {

    /** A table's row count and the checksum of its rows. */
    public record Digest(long rows, String checksum) {
    }

    public static DatabaseSnapshot of(Connection connection) throws SQLException {
        Map<String, Digest> tables = new TreeMap<>();
        for (String table : names(connection, "select table_name from information_schema.tables "
                + "where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
            String quoted = quote(connection, table);
            String order = String.join(", ", primaryKey(connection, table));
            // A table without a primary key is ordered by the whole row's text: still one order per content.
            String orderBy = order.isEmpty() ? "t::text" : order;
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select count(*), coalesce(md5(string_agg(t::text, "
                            + "E'\\n' order by " + orderBy + ")), '') from " + quoted + " t")) {
                result.next();
                tables.put(table, new Digest(result.getLong(1), result.getString(2)));
            }
        }
        Map<String, String> sequences = new TreeMap<>();
        // The catalog, not information_schema.sequences: that view leaves out the identity columns' sequences.
        for (String sequence : names(connection, "select c.relname from pg_class c join pg_namespace n "
                + "on n.oid = c.relnamespace where c.relkind = 'S' and n.nspname = current_schema()")) {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select last_value, is_called from "
                            + quote(connection, sequence))) {
                result.next();
                sequences.put(sequence, result.getLong(1) + (result.getBoolean(2) ? " (called)" : " (not called)"));
            }
        }
        return new DatabaseSnapshot(tables, sequences);
    }

    /** Every way the other snapshot differs from this one, in words; empty when they are the same. */
    public List<String> differencesFrom(DatabaseSnapshot other) {
        List<String> differences = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(tables.keySet());
        names.addAll(other.tables.keySet());
        for (String table : names) {
            Digest mine = tables.get(table);
            Digest theirs = other.tables.get(table);
            if (mine == null || theirs == null) {
                differences.add("table " + table + (mine == null ? " was not in the source" : " is missing"));
            } else if (mine.rows() != theirs.rows()) {
                differences.add("table " + table + " has " + theirs.rows() + " rows instead of " + mine.rows());
            } else if (!mine.checksum().equals(theirs.checksum())) {
                differences.add("table " + table + " has its " + mine.rows() + " rows but other content");
            }
        }
        TreeSet<String> sequenceNames = new TreeSet<>(sequences.keySet());
        sequenceNames.addAll(other.sequences.keySet());
        for (String sequence : sequenceNames) {
            if (!Objects.equals(sequences.get(sequence), other.sequences.get(sequence))) {
                differences.add("sequence " + sequence + " is at " + other.sequences.get(sequence) + " instead of "
                        + sequences.get(sequence));
            }
        }
        return differences;
    }

    /** The tables that hold no rows: kinds of data a backup test would not have shown surviving. */
    public List<String> emptyTables() {
        return tables.entrySet().stream().filter(e -> e.getValue().rows() == 0).map(Map.Entry::getKey).toList();
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select a.attname from pg_index i "
                + "join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey) "
                + "where i.indrelid = (quote_ident(current_schema()) || '.' || quote_ident(?))::regclass "
                + "and i.indisprimary order by array_position(i.indkey::int2[], a.attnum)")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    columns.add(quote(connection, result.getString(1)));
                }
            }
        }
        return columns;
    }

    private static List<String> names(Connection connection, String query) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
    }

    private static String quote(Connection connection, String identifier) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.enquoteIdentifier(identifier, true);
        }
    }
}
