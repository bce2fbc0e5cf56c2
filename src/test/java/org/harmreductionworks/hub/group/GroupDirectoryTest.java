package org.harmreductionworks.hub.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.junit.jupiter.api.Test;

/** What a nearby search reads of the directory, whatever its size: the cells around the point, nothing else. */
class GroupDirectoryTest {

    private final InMemoryRows rows = new InMemoryRows();
    private final GroupDirectory directory = new GroupDirectory();

    GroupDirectoryTest() {
        directory.rows = rows;
    }

    @Test
    void aNearbySearchReadsNeitherOnlineGroupsNorFarAwayOnes() {
        long id = 0;
        for (int i = 0; i < 2_000; i++) {
            rows.groups.put(++id, group(id, Attendance.ONLINE, null, null));
        }
        // Spread over the continental US, and a few in Northampton, MA.
        for (int i = 0; i < 20_000; i++) {
            rows.groups.put(++id, group(id, Attendance.IN_PERSON, 25 + (i % 200) * 0.12, -124 + (i / 200) * 0.57));
        }
        Set<Long> northampton = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            rows.groups.put(++id, group(id, Attendance.HYBRID, 42.32 + i * 0.01, -72.64));
            northampton.add(id);
        }
        directory.reload();

        List<DirectoryEntry> read = new ArrayList<>();
        directory.eachPlacedWithin(GeoDistance.Box.around(42.3251, -72.6412, 25, 0), read::add);

        assertTrue(read.stream().noneMatch(e -> e.attendance == Attendance.ONLINE));
        assertTrue(read.stream().allMatch(e -> Math.abs(e.latitude - 42.3) < 1 && Math.abs(e.longitude + 72.6) < 1.2),
                "only the cells around the point");
        assertTrue(read.stream().map(DirectoryEntry::id).toList().containsAll(northampton));
        assertTrue(read.size() < 60, "read " + read.size() + " of " + directory.size());
    }

    @Test
    void aSearchAcrossTheAntimeridianReadsBothSides() {
        rows.groups.put(1L, group(1, Attendance.IN_PERSON, -17.7, 179.9));
        rows.groups.put(2L, group(2, Attendance.IN_PERSON, -17.7, -179.9));
        directory.reload();

        List<Long> read = new ArrayList<>();
        directory.eachPlacedWithin(GeoDistance.Box.around(-17.7, 179.95, 30, 0), e -> read.add(e.id()));

        assertEquals(Set.of(1L, 2L), Set.copyOf(read));
    }

    @Test
    void aGroupPutBackMovesCellAndOneNoLongerListedLeaves() {
        rows.groups.put(1L, group(1, Attendance.IN_PERSON, 42.32, -72.64));
        rows.groups.put(2L, group(2, Attendance.ONLINE, null, null));
        directory.reload();

        rows.groups.put(1L, group(1, Attendance.IN_PERSON, 40.71, -74.0));
        directory.refresh(1);
        rows.groups.remove(2L);
        directory.refresh(2);

        List<Long> northampton = new ArrayList<>();
        directory.eachPlacedWithin(GeoDistance.Box.around(42.3251, -72.6412, 25, 0), e -> northampton.add(e.id()));
        List<Long> newYork = new ArrayList<>();
        directory.eachPlacedWithin(GeoDistance.Box.around(40.71, -74.0, 25, 0), e -> newYork.add(e.id()));
        assertEquals(List.of(), northampton);
        assertEquals(List.of(1L), newYork);
        assertEquals(List.of(), directory.unplaced());
        assertNull(directory.bySlug("g2"));
        assertEquals(1, directory.size());
    }

    private static MeetingGroup group(long id, Attendance attendance, Double latitude, Double longitude) {
        MeetingGroup g = InMemoryRows.listedGroup(id);
        g.attendance = attendance;
        g.latitude = latitude;
        g.longitude = longitude;
        g.onlineUrl = attendance == Attendance.IN_PERSON ? null : "https://meet.example.org/" + id;
        return g;
    }
}
