package org.harmreductionworks.hub.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.change.ChangeHeard;
import org.harmreductionworks.hub.common.change.Topic;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The listed groups, held in memory for searches and feeds: every public read of the directory is answered from
 * here, and only writes go to the database. Groups with a public position sit in a grid of cells a quarter of a
 * degree square, so a nearby search reads the few cells its circle touches and its cost does not grow with the
 * directory; online groups and groups without a position are kept apart, so no nearby search ever reads them.
 *
 * <p>It is read from the database at start-up, and each write of a listing puts that one group back in as the
 * database now has it: on this replica right after the commit, before the writer's answer leaves, so the next
 * search here sees it; on the others when the change notice arrives. A notice without a group, or a listening
 * connection that was lost and is back, reads everything again.
 *
 * <p>Readers never lock. Writers take turns, and each reads the group from the database within its turn, so a
 * slower writer cannot put back an older copy over a newer one.
 */
@ApplicationScoped
public class GroupDirectory {

    private static final Logger LOG = Logger.getLogger(GroupDirectory.class);
    /** A quarter of a degree: about 28 km north to south, so a 25 km search reads a handful of cells. */
    static final double CELL_DEGREES = 0.25;
    private static final int LATITUDE_CELLS = (int) (180 / CELL_DEGREES);
    private static final int LONGITUDE_CELLS = (int) (360 / CELL_DEGREES);
    private static final DirectoryEntry[] NONE = new DirectoryEntry[0];

    @Inject
    DirectoryRows rows;

    /** Everything the directory holds at one moment; a full reload builds a new one and swaps it in. */
    private static final class Contents {
        final Map<Long, DirectoryEntry> byId = new ConcurrentHashMap<>();
        final Map<String, DirectoryEntry> bySlug = new ConcurrentHashMap<>();
        final Map<Integer, DirectoryEntry[]> cells = new ConcurrentHashMap<>();
        /** Online groups, and any in-person group without a position: what a search without a point pages. */
        volatile DirectoryEntry[] unplaced = NONE;
        /** Every group in name order: sorted when first asked for, then kept in order by each change. */
        volatile DirectoryEntry[] byName;
    }

    private volatile Contents contents = new Contents();
    /** Counts the changes to what the directory holds, so that what is worked out from it knows when to look again. */
    private volatile long version;

    /**
     * How groups are ordered by name everywhere: the town lower-cased, then the slug, which is unique, so no two
     * groups ever tie.
     */
    static final Comparator<DirectoryEntry> BY_NAME = (a, b) -> {
        int byTown = a.sortName.compareTo(b.sortName);
        return byTown != 0 ? byTown : a.slug.compareTo(b.slug);
    };

    /** Before the app takes requests, after the sample content (if any) is in. */
    void load(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000) StartupEvent started) {
        reload();
    }

    /** Reads every listed group again, as after a change this replica may have missed. */
    public synchronized void reload() {
        long began = System.nanoTime();
        Contents fresh = new Contents();
        List<DirectoryEntry> unplaced = new ArrayList<>();
        Map<Integer, List<DirectoryEntry>> cells = new java.util.HashMap<>();
        DirectoryEntry.Shared shared = new DirectoryEntry.Shared();
        rows.eachListed(row -> {
            DirectoryEntry entry = new DirectoryEntry(row, shared);
            fresh.byId.put(entry.id(), entry);
            fresh.bySlug.put(entry.slug, entry);
            if (entry.hasPosition()) {
                cells.computeIfAbsent(cell(entry), k -> new ArrayList<>()).add(entry);
            } else {
                unplaced.add(entry);
            }
        });
        cells.forEach((cell, entries) -> fresh.cells.put(cell, entries.toArray(NONE)));
        fresh.unplaced = unplaced.toArray(NONE);
        contents = fresh;
        version++;
        LOG.debugf("Directory read: %d listed groups in %d ms", fresh.byId.size(),
                (System.nanoTime() - began) / 1_000_000);
    }

    /** Puts the group back in as the database has it now, or takes it out when it is no longer listed. */
    public synchronized void refresh(long groupId) {
        DirectoryRows.Row row = rows.listed(groupId);
        Contents current = contents;
        DirectoryEntry old = current.byId.get(groupId);
        if (old != null) {
            current.bySlug.remove(old.slug, old);
            if (old.hasPosition()) {
                int cell = cell(old);
                current.cells.compute(cell, (k, entries) -> {
                    DirectoryEntry[] left = without(entries, old);
                    return left.length == 0 ? null : left;
                });
            } else {
                current.unplaced = without(current.unplaced, old);
            }
            current.byId.remove(groupId);
        }
        DirectoryEntry entry = row == null ? null : new DirectoryEntry(row, new DirectoryEntry.Shared());
        if (current.byName != null) {
            current.byName = inNameOrder(current.byName, old, entry);
        }
        if (entry != null) {
            if (entry.hasPosition()) {
                current.cells.merge(cell(entry), new DirectoryEntry[] {entry}, GroupDirectory::joined);
            } else {
                current.unplaced = joined(current.unplaced, new DirectoryEntry[] {entry});
            }
            current.bySlug.put(entry.slug, entry);
            current.byId.put(groupId, entry);
        }
        version++;
    }

    /** Grows with every change to what the directory holds: what is made from it is out of date when it has grown. */
    public long version() {
        return version;
    }

    void changedHere(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingChanged change) {
        try {
            // After the commit the writer's transaction is over: the read gets a new one of its own.
            QuarkusTransaction.requiringNew().run(() -> refresh(change.groupId()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not read group %d back into the directory after a change; reading everything",
                    change.groupId());
            reloadQuietly();
        }
    }

    void changedElsewhere(@Observes ChangeHeard heard) {
        if (heard.topic() != Topic.LISTINGS) {
            return;
        }
        Long groupId = heard.key() == null ? null : parseId(heard.key());
        try {
            if (groupId == null) {
                reload();
            } else {
                refresh(groupId);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not bring the directory up to date with another replica's change");
        }
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not read the directory again");
        }
    }

    /** The listed group with this address, if any. */
    DirectoryEntry bySlug(String slug) {
        return contents.bySlug.get(slug);
    }

    int size() {
        return contents.byId.size();
    }

    /** Every listed group, in no particular order. */
    Collection<DirectoryEntry> all() {
        return contents.byId.values();
    }

    /**
     * Every listed group in name order ({@link #BY_NAME}): what whole-directory feeds read, so that they need not
     * sort 100,000 groups by name, a quarter of the time such a feed took to write.
     */
    List<DirectoryEntry> inNameOrder() {
        DirectoryEntry[] byName = contents.byName;
        return Collections.unmodifiableList(Arrays.asList(byName != null ? byName : sortByName()));
    }

    /** Not at start-up: a directory that no feed reads never needs it. */
    private synchronized DirectoryEntry[] sortByName() {
        Contents current = contents;
        if (current.byName == null) {
            DirectoryEntry[] entries = current.byId.values().toArray(NONE);
            Arrays.sort(entries, BY_NAME);
            current.byName = entries;
        }
        return current.byName;
    }

    /** The name order with {@code old} taken out and {@code added} put in its place by name; either may be null. */
    private static DirectoryEntry[] inNameOrder(DirectoryEntry[] byName, DirectoryEntry old, DirectoryEntry added) {
        List<DirectoryEntry> entries = new ArrayList<>(Arrays.asList(byName));
        if (old != null) {
            int at = Collections.binarySearch(entries, old, BY_NAME);
            if (at >= 0 && entries.get(at) == old) {
                entries.remove(at);
            } else {
                entries.removeIf(entry -> entry == old);
            }
        }
        if (added != null) {
            int at = Collections.binarySearch(entries, added, BY_NAME);
            entries.add(at >= 0 ? at : -at - 1, added);
        }
        return entries.toArray(NONE);
    }

    /** Online groups and in-person ones without a position. */
    List<DirectoryEntry> unplaced() {
        return Arrays.asList(contents.unplaced);
    }

    /**
     * Hands over every group with a public position inside the box (and some just outside it: whole cells are
     * read). A box that crosses the antimeridian reads the cells on both sides.
     */
    void eachPlacedWithin(GeoDistance.Box box, Consumer<DirectoryEntry> each) {
        Contents current = contents;
        int fromLat = latitudeCell(box.minLat());
        int toLat = latitudeCell(box.maxLat());
        int fromLon = (int) Math.floor((box.minLon() + 180) / CELL_DEGREES);
        int toLon = (int) Math.floor((box.maxLon() + 180) / CELL_DEGREES);
        if (toLon - fromLon >= LONGITUDE_CELLS) {
            fromLon = 0;
            toLon = LONGITUDE_CELLS - 1;
        }
        for (int lat = fromLat; lat <= toLat; lat++) {
            for (int lon = fromLon; lon <= toLon; lon++) {
                DirectoryEntry[] entries = current.cells.get(key(lat, Math.floorMod(lon, LONGITUDE_CELLS)));
                if (entries != null) {
                    for (DirectoryEntry entry : entries) {
                        each.accept(entry);
                    }
                }
            }
        }
    }

    private static int cell(DirectoryEntry entry) {
        int lon = Math.floorMod((int) Math.floor((entry.longitude + 180) / CELL_DEGREES), LONGITUDE_CELLS);
        return key(latitudeCell(entry.latitude), lon);
    }

    private static int latitudeCell(double latitude) {
        return Math.min(LATITUDE_CELLS - 1, Math.max(0, (int) Math.floor((latitude + 90) / CELL_DEGREES)));
    }

    private static int key(int latitudeCell, int longitudeCell) {
        return latitudeCell * LONGITUDE_CELLS + longitudeCell;
    }

    private static DirectoryEntry[] without(DirectoryEntry[] entries, DirectoryEntry gone) {
        if (entries == null) {
            return NONE;
        }
        return Arrays.stream(entries).filter(e -> e != gone).toArray(DirectoryEntry[]::new);
    }

    private static DirectoryEntry[] joined(DirectoryEntry[] entries, DirectoryEntry[] more) {
        DirectoryEntry[] all = Arrays.copyOf(entries, entries.length + more.length);
        System.arraycopy(more, 0, all, entries.length, more.length);
        return all;
    }

    private static Long parseId(String key) {
        try {
            return Long.valueOf(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
