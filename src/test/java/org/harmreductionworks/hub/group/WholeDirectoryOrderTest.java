package org.harmreductionworks.hub.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import org.harmreductionworks.hub.common.paging.PageParams;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.Status;
import org.harmreductionworks.hub.group.GroupSearchCriteria.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Feeds take the whole directory in one go, read in the name order the directory keeps, and sort only by what comes
 * before the name; a page of a search ranks its groups by the whole order. Both must give the same order, ties and
 * all, also right after a group is renamed.
 */
class WholeDirectoryOrderTest {

    private static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

    private final InMemoryRows rows = new InMemoryRows();
    private final GroupDirectory directory = new GroupDirectory();
    private final GroupSearch search = new GroupSearch();

    WholeDirectoryOrderTest() {
        directory.rows = rows;
        search.directory = directory;
        search.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @ParameterizedTest
    @EnumSource(Order.class)
    void aWholeDirectoryIsInTheOrderOfTheSearchsPages(Order order) {
        Random random = new Random(19);
        for (long id = 1; id <= 700; id++) {
            rows.groups.put(id, group(id, random));
        }
        directory.reload();
        assertEquals(pagedSlugs(order), wholeSlugs(order));

        // Renamed, one more and one fewer: the name order the directory keeps follows each change.
        MeetingGroup renamed = rows.groups.get(350L);
        renamed.locality = "aaa first of all";
        directory.refresh(350);
        rows.groups.put(701L, group(701, random));
        directory.refresh(701);
        rows.groups.remove(10L);
        directory.refresh(10);
        List<String> whole = wholeSlugs(order);
        assertEquals(pagedSlugs(order), whole);
        if (order == Order.NAME) {
            assertEquals(renamed.slug, whole.get(0));
        }
    }

    private List<String> wholeSlugs(Order order) {
        GroupSearchCriteria criteria = new GroupSearchCriteria();
        criteria.sort = order;
        return search.listings(criteria, null, EnumSet.of(Status.ACTIVE)).stream().map(PublicListing::slug).toList();
    }

    private List<String> pagedSlugs(Order order) {
        GroupSearchCriteria criteria = new GroupSearchCriteria();
        criteria.sort = order;
        List<String> slugs = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageParams paging = new PageParams();
            paging.page = page;
            paging.size = 50;
            List<GroupViews.Summary> items = search.search(criteria, null, paging).items();
            if (items.isEmpty()) {
                return slugs;
            }
            items.forEach(item -> slugs.add(item.slug()));
        }
    }

    /** Few towns (names tie often, in different cases) and few times (next meetings tie often). */
    private static MeetingGroup group(long id, Random random) {
        MeetingGroup g = InMemoryRows.listedGroup(id);
        // The slug runs against the id, so no order falls out of reading the rows in id order.
        g.slug = "g" + (10_000 - id);
        String town = List.of("Northampton", "amherst", "Amherst", "Holyoke", "Ware").get(random.nextInt(5));
        g.locality = town + (random.nextInt(3) == 0 ? "" : " " + random.nextInt(3));
        g.attendance = random.nextInt(10) == 0 ? Attendance.ONLINE : Attendance.IN_PERSON;
        g.city = town;
        g.latitude = 42 + random.nextDouble();
        g.longitude = -73 + random.nextDouble();
        g.onlineUrl = g.attendance == Attendance.IN_PERSON ? null : "https://meet.example.org/" + id;
        g.days = "," + List.of("MONDAY", "WEDNESDAY", "THURSDAY").get(random.nextInt(3)) + ",";
        g.startTime = LocalTime.of(17 + random.nextInt(3), 0);
        g.timeZone = random.nextBoolean() ? "America/New_York" : "America/Chicago";
        return g;
    }
}
