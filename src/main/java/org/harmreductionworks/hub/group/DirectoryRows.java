package org.harmreductionworks.hub.group;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.engine.spi.SelfDirtinessTracker;

import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.ContactMethod;
import org.harmreductionworks.hub.group.GroupEnums.LinkVisibility;
import org.harmreductionworks.hub.group.GroupEnums.LocationVisibility;
import org.harmreductionworks.hub.group.GroupEnums.Status;
import org.harmreductionworks.hub.group.schedule.Recurrence;
import org.harmreductionworks.hub.group.schedule.ScheduleChange;

/**
 * Reads the listed groups for the directory with plain JDBC. Hibernate spent most of a search's time hydrating
 * entities it would never track; at start-up, with every listing to read and nothing compiled yet, it would cost
 * seconds. The rows become detached {@link MeetingGroup}s, so the views are made by the same code as everywhere.
 */
@ApplicationScoped
class DirectoryRows {

    /** Only listed groups are in the directory: pending, declined and closed ones are never public. */
    private static final String LISTED = "status in ('ACTIVE', 'PAUSED')";
    private static final String COLUMNS = "id, slug, locality, description, format, focus, focus_other, attendance, "
            + "venue, address, city, region, postal_code, country, latitude, longitude, location_notes, "
            + "location_visibility, online_url, online_visibility, recurrence, days, week_of_month, first_date, "
            + "start_time, duration_minutes, time_zone, offerings, offering_other, languages, accessibility_notes, "
            + "contact_method, public_email, status, example, last_verified, updated_at, revision";
    private static final int FETCH_SIZE = 1000;

    @Inject
    DataSource dataSource;

    /** A listed group and its schedule changes; the group carries no private address or e-mail. */
    record Row(MeetingGroup group, List<ScheduleChange> changes) {
    }

    /** Every listed group, one at a time, in id order. */
    void eachListed(Consumer<Row> each) {
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL's driver reads a result in batches of the fetch size only inside a transaction; otherwise
            // it holds every row of the directory at once.
            boolean batches = connection.getAutoCommit();
            if (batches) {
                connection.setAutoCommit(false);
            }
            try {
                readListed(connection, each);
            } finally {
                if (batches) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the directory", e);
        }
    }

    private void readListed(Connection connection, Consumer<Row> each) throws SQLException {
        Map<Long, List<ScheduleChange>> changes = changes(connection, null);
        try (PreparedStatement select = connection.prepareStatement(
                "select " + COLUMNS + " from hrw_group where " + LISTED + " order by id")) {
            select.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    MeetingGroup group = group(rows);
                    each.accept(new Row(group, changes.getOrDefault(group.id, List.of())));
                }
            }
        }
    }

    /** The group as listed now, or null when it is not (any more) listed. */
    Row listed(long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select " + COLUMNS + " from hrw_group where id = ? and " + LISTED)) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                MeetingGroup group = group(rows);
                return new Row(group, changes(connection, id).getOrDefault(id, List.of()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read group " + id, e);
        }
    }

    private static Map<Long, List<ScheduleChange>> changes(Connection connection, Long groupId) throws SQLException {
        String sql = "select group_id, meeting_date, kind, moved_to_date, moved_to_start "
                + "from hrw_group_schedule_change" + (groupId == null ? "" : " where group_id = ?")
                + " order by group_id, meeting_date";
        Map<Long, List<ScheduleChange>> byGroup = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (groupId != null) {
                select.setLong(1, groupId);
            }
            select.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byGroup.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>(2)).add(new ScheduleChange(
                            rows.getObject(2, LocalDate.class), ScheduleChange.Kind.valueOf(rows.getString(3)),
                            rows.getObject(4, LocalDate.class), rows.getObject(5, LocalTime.class)));
                }
            }
        }
        return byGroup;
    }

    private static MeetingGroup group(ResultSet rows) throws SQLException {
        MeetingGroup g = new MeetingGroup();
        if (g instanceof SelfDirtinessTracker tracked) {
            // A detached copy that is never saved: Hibernate's per-field change tracking, a linear search over the
            // fields already set, cost more than reading the row.
            tracked.$$_hibernate_suspendDirtyTracking(true);
        }
        int c = 1;
        g.id = rows.getLong(c++);
        g.slug = rows.getString(c++);
        g.locality = rows.getString(c++);
        g.description = rows.getString(c++);
        g.format = MeetingType.valueOf(rows.getString(c++));
        g.focus = rows.getString(c++);
        g.focusOther = rows.getString(c++);
        g.attendance = Attendance.valueOf(rows.getString(c++));
        g.venue = rows.getString(c++);
        g.address = rows.getString(c++);
        g.city = rows.getString(c++);
        g.region = rows.getString(c++);
        g.postalCode = rows.getString(c++);
        g.country = rows.getString(c++);
        g.latitude = rows.getObject(c++, Double.class);
        g.longitude = rows.getObject(c++, Double.class);
        g.locationNotes = rows.getString(c++);
        g.locationVisibility = LocationVisibility.valueOf(rows.getString(c++));
        g.onlineUrl = rows.getString(c++);
        g.onlineVisibility = LinkVisibility.valueOf(rows.getString(c++));
        g.recurrence = Recurrence.valueOf(rows.getString(c++));
        g.days = rows.getString(c++);
        g.weekOfMonth = rows.getObject(c++, Integer.class);
        g.firstDate = rows.getObject(c++, LocalDate.class);
        g.startTime = rows.getObject(c++, LocalTime.class);
        g.durationMinutes = rows.getInt(c++);
        g.timeZone = rows.getString(c++);
        g.offerings = rows.getString(c++);
        g.offeringOther = rows.getString(c++);
        g.languages = rows.getString(c++);
        g.accessibilityNotes = rows.getString(c++);
        g.contactMethod = ContactMethod.valueOf(rows.getString(c++));
        g.publicEmail = rows.getString(c++);
        g.status = Status.valueOf(rows.getString(c++));
        g.example = rows.getBoolean(c++);
        g.lastVerified = rows.getObject(c++, LocalDate.class);
        g.updatedAt = rows.getObject(c++, OffsetDateTime.class);
        g.revision = rows.getLong(c);
        return g;
    }
}
