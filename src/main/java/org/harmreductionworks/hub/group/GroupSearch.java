package org.harmreductionworks.hub.group;

import org.harmreductionworks.hub.common.DelimitedList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.harmreductionworks.hub.common.error.InvalidInput;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.paging.Page;
import org.harmreductionworks.hub.common.paging.PageParams;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.Status;
import org.harmreductionworks.hub.group.GroupSearchCriteria.Order;
import org.harmreductionworks.hub.group.schedule.ScheduleChange;

/**
 * Finds active groups. With a point, only the rows inside a bounding box are read (through the position index);
 * exact distances, next meetings and the filters that depend on them are computed for those few rows. A search
 * for online groups ignores the point.
 */
@ApplicationScoped
public class GroupSearch {

    /** Rows read for one nearby search at most; a box over a dense area is narrowed by the radius anyway. */
    private static final int MAX_CANDIDATES = 20_000;
    private static final int SCAN_BATCH = 500;
    /** Public positions are rounded by up to ~0.05 degrees; the box is widened so none falls outside it. */
    private static final double BOX_MARGIN_DEGREES = 0.06;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Where a search by place name is centred; the gazetteer supplies it. */
    public record Point(double latitude, double longitude) {
    }

    private record Hit(MeetingGroup group, Double distanceKm, GroupViews.NextMeeting next,
            List<ScheduleChange> changes) {
    }

    @Transactional
    public Page<GroupViews.Summary> search(GroupSearchCriteria criteria, Point point, PageParams paging) {
        TopHits top = collect(criteria, point, EnumSet.of(Status.ACTIVE), paging.offset() + paging.size);
        List<Hit> ranked = top.ranked();
        int from = Math.min(paging.offset(), ranked.size());
        List<GroupViews.Summary> items = ranked.subList(from, ranked.size()).stream()
                .map(h -> GroupViewMapper.summary(h.group(), h.distanceKm(), h.next(), clock)).toList();
        return new Page<>(items, paging.page, paging.size, top.seen());
    }

    /**
     * Every listing that matches, in the search's order, as the public may see it: what feeds and other formats are
     * written from. A feed is a whole directory by nature, so there is no page; memory is the matches themselves.
     */
    @Transactional
    public List<PublicListing> listings(GroupSearchCriteria criteria, Point point, Set<Status> statuses) {
        return collect(criteria, point, statuses, Integer.MAX_VALUE).ranked().stream()
                .map(h -> PublicListing.of(h.group(), h.changes(), h.distanceKm(), h.next()))
                .toList();
    }

    private TopHits collect(GroupSearchCriteria criteria, Point point, Set<Status> statuses, int limit) {
        Instant now = clock.instant();
        Order order = criteria.sort != null ? criteria.sort : point != null ? Order.DISTANCE : Order.NEXT_MEETING;
        TopHits top = new TopHits(comparator(order), limit);
        // Online groups are not near anywhere: a search around a point finds the groups that meet in person there,
        // and online ones only when asked for, as their own list.
        if (point != null && criteria.attendance != Attendance.ONLINE) {
            nearby(criteria, point, statuses, now).forEach(top::offer);
        } else {
            scan(criteria, criteria.attendance, statuses, now, top);
        }
        return top;
    }

    static void requireCompletePoint(GroupSearchCriteria criteria) {
        if ((criteria.lat == null) != (criteria.lon == null)) {
            String missing = criteria.lat == null ? "lat" : "lon";
            throw new InvalidInput(missing, ProblemText.PARAMETER_NEEDED_WITH, missing.equals("lat") ? "lon" : "lat");
        }
    }

    private List<Hit> nearby(GroupSearchCriteria criteria, Point point, Set<Status> statuses, Instant now) {
        GeoDistance.Box box = GeoDistance.Box.around(point.latitude(), point.longitude(), criteria.radiusKm,
                BOX_MARGIN_DEGREES);
        List<MeetingGroup> candidates = query(criteria, box, criteria.attendance, statuses, null, MAX_CANDIDATES);
        List<Hit> within = new ArrayList<>();
        for (Hit hit : evaluate(candidates, point, now, criteria)) {
            if (hit.distanceKm() != null && hit.distanceKm() <= criteria.radiusKm) {
                within.add(hit);
            }
        }
        return within;
    }

    /**
     * Searches without a point (online groups, or text alone) can match any number of rows. They are read in
     * batches in id order, so that memory stays bounded by a batch and the page asked for, and the total is exact.
     */
    private void scan(GroupSearchCriteria criteria, Attendance attendance, Set<Status> statuses, Instant now,
            TopHits top) {
        long after = Long.MIN_VALUE;
        while (true) {
            List<MeetingGroup> batch = query(criteria, null, attendance, statuses, after, SCAN_BATCH);
            evaluate(batch, null, now, criteria).forEach(top::offer);
            if (batch.size() < SCAN_BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).id;
            // The kept hits only read plain columns, so letting go of the managed copies is safe.
            em.clear();
        }
    }

    private List<Hit> evaluate(List<MeetingGroup> groups, Point point, Instant now, GroupSearchCriteria criteria) {
        Map<Long, List<ScheduleChange>> changes = changesFor(groups);
        Instant horizon = criteria.upcoming == null ? null : now.plus(Duration.ofHours(criteria.upcoming));
        List<Hit> hits = new ArrayList<>(groups.size());
        for (MeetingGroup group : groups) {
            Double distance = null;
            if (point != null) {
                PublicPosition position = PublicPosition.of(group);
                if (position == null) {
                    continue;
                }
                distance = Math.round(GeoDistance.km(point.latitude(), point.longitude(), position.latitude(),
                        position.longitude()) * 10) / 10.0;
            }
            List<ScheduleChange> groupChanges = changes.getOrDefault(group.id, List.of());
            Optional<GroupViews.NextMeeting> next = GroupViewMapper.nextMeeting(group, groupChanges, now);
            if (horizon != null && (next.isEmpty() || next.get().start().isAfter(horizon))) {
                continue;
            }
            hits.add(new Hit(group, distance, next.orElse(null), groupChanges));
        }
        return hits;
    }

    private List<MeetingGroup> query(GroupSearchCriteria criteria, GeoDistance.Box box, Attendance attendance,
            Set<Status> statuses, Long after, int limit) {
        StringBuilder jpql = new StringBuilder("select g from MeetingGroup g where g.status in :statuses");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("statuses", statuses);
        if (box != null) {
            jpql.append(" and g.latitude between :minLat and :maxLat");
            parameters.put("minLat", box.minLat());
            parameters.put("maxLat", box.maxLat());
            if (box.wrapsLongitude()) {
                jpql.append(" and (g.longitude >= :westStart or g.longitude <= :eastEnd)");
                parameters.put("westStart", box.minLon() < -180 ? box.minLon() + 360 : box.minLon());
                parameters.put("eastEnd", box.maxLon() > 180 ? box.maxLon() - 360 : box.maxLon());
            } else {
                jpql.append(" and g.longitude between :minLon and :maxLon");
                parameters.put("minLon", box.minLon());
                parameters.put("maxLon", box.maxLon());
            }
        }
        if (attendance != null) {
            jpql.append(" and g.attendance = :attendance");
            parameters.put("attendance", attendance);
        } else if (box != null) {
            jpql.append(" and g.attendance <> :online");
            parameters.put("online", Attendance.ONLINE);
        }
        if (criteria.format != null) {
            jpql.append(" and g.format = :format");
            parameters.put("format", criteria.format);
        }
        if (criteria.focus != null) {
            jpql.append(" and g.focus like :focus");
            parameters.put("focus", DelimitedList.containing(criteria.focus));
        }
        if (criteria.offering != null) {
            jpql.append(" and g.offerings like :offering");
            parameters.put("offering", DelimitedList.containing(criteria.offering));
        }
        if (criteria.language != null) {
            jpql.append(" and g.languages like :language");
            parameters.put("language", DelimitedList.containing(criteria.language.toLowerCase(Locale.ROOT)));
        }
        if (!criteria.weekdays().isEmpty()) {
            List<String> clauses = new ArrayList<>();
            int i = 0;
            for (var day : criteria.weekdays()) {
                clauses.add("g.days like :day" + i);
                parameters.put("day" + i++, DelimitedList.containing(day));
            }
            jpql.append(" and (").append(String.join(" or ", clauses)).append(')');
        }
        if (criteria.timeOfDay != null) {
            jpql.append(" and g.startTime >= :fromTime");
            parameters.put("fromTime", criteria.timeOfDay.from);
            if (criteria.timeOfDay.until != null) {
                jpql.append(" and g.startTime < :untilTime");
                parameters.put("untilTime", criteria.timeOfDay.until);
            }
        }
        if (criteria.q != null && !criteria.q.isBlank()) {
            String like = "%" + criteria.q.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            jpql.append(" and (lower(g.locality) like :q or lower(g.city) like :q or lower(g.description) like :q)");
            parameters.put("q", like);
        }
        if (after != null) {
            jpql.append(" and g.id > :after order by g.id");
            parameters.put("after", after);
        }
        TypedQuery<MeetingGroup> query = em.createQuery(jpql.toString(), MeetingGroup.class).setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private Map<Long, List<ScheduleChange>> changesFor(List<MeetingGroup> groups) {
        Map<Long, List<ScheduleChange>> byGroup = new HashMap<>();
        if (groups.isEmpty()) {
            return byGroup;
        }
        LocalDate since = LocalDate.now(clock).minusDays(2);
        List<Long> ids = groups.stream().map(g -> g.id).toList();
        for (int start = 0; start < ids.size(); start += 1000) {
            List<GroupScheduleChange> rows = em.createQuery(
                    "select c from GroupScheduleChange c where c.key.groupId in :ids and c.key.date >= :since",
                    GroupScheduleChange.class)
                    .setParameter("ids", ids.subList(start, Math.min(ids.size(), start + 1000)))
                    .setParameter("since", since)
                    .getResultList();
            rows.forEach(r -> byGroup.computeIfAbsent(r.key.groupId(), k -> new ArrayList<>())
                    .add(r.toScheduleChange()));
        }
        return byGroup;
    }

    private static Comparator<Hit> comparator(Order order) {
        Comparator<Hit> byNext = Comparator.comparing(h -> h.next() == null ? Instant.MAX : h.next().start());
        // The slug settles ties, so that consecutive pages neither repeat nor skip a group.
        Comparator<Hit> byName = Comparator.<Hit, String>comparing(h -> h.group().locality.toLowerCase(Locale.ROOT))
                .thenComparing(h -> h.group().slug);
        return switch (order) {
            case DISTANCE -> Comparator.<Hit, Double>comparing(h -> h.distanceKm() == null ? Double.MAX_VALUE
                    : h.distanceKm()).thenComparing(byNext).thenComparing(byName);
            case NEXT_MEETING -> byNext.thenComparing(byName);
            case NAME -> byName;
        };
    }

    /** The best {@code limit} hits in order, and how many were offered: one page's worth of memory, not all rows. */
    private static final class TopHits {
        private final Comparator<Hit> order;
        private final int limit;
        private final PriorityQueue<Hit> worstFirst;
        private int seen;

        TopHits(Comparator<Hit> order, int limit) {
            this.order = order;
            this.limit = limit;
            this.worstFirst = new PriorityQueue<>(order.reversed());
        }

        void offer(Hit hit) {
            seen++;
            if (worstFirst.size() < limit) {
                worstFirst.add(hit);
            } else if (order.compare(hit, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(hit);
            }
        }

        int seen() {
            return seen;
        }

        List<Hit> ranked() {
            List<Hit> ranked = new ArrayList<>(worstFirst);
            ranked.sort(order);
            return ranked;
        }
    }
}
