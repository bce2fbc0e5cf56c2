package org.harmreductionworks.hub.group;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.error.InvalidInput;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.paging.Page;
import org.harmreductionworks.hub.common.paging.PageParams;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.Status;
import org.harmreductionworks.hub.group.GroupSearchCriteria.Order;

/**
 * Finds listed groups in the {@link GroupDirectory}. With a point, only the directory's cells around it are read, and
 * exact distances, next meetings and the filters that depend on them are worked out for the groups there; online
 * groups are never near anywhere and are a list of their own. Only the page asked for is kept while counting.
 */
@ApplicationScoped
public class GroupSearch {

    /** How far back schedule changes are taken into account; older ones cannot move a next meeting. */
    private static final int CHANGES_FROM_DAYS_AGO = 2;

    @Inject
    GroupDirectory directory;

    @Inject
    Clock clock;

    /** Where a search by place name is centred; the gazetteer supplies it. */
    public record Point(double latitude, double longitude) {
    }

    private record Hit(DirectoryEntry entry, Double distanceKm, GroupViews.NextMeeting next) {
    }

    /**
     * The active online groups in meeting order, as the finder pages them. The order holds until the directory
     * changes or the first of these meetings starts (no other next meeting can change before it), and is looked at
     * again after a minute at most, for groups that have no next meeting yet.
     */
    private record OnlineOrder(long version, LocalDate changesSince, Instant validUntil, List<Hit> hits) {
    }

    private static final Duration ONLINE_ORDER_AT_MOST = Duration.ofMinutes(1);

    private volatile OnlineOrder onlineOrder;

    public Page<GroupViews.Summary> search(GroupSearchCriteria criteria, Point point, PageParams paging) {
        TopHits top = collect(criteria, point, Set.of(Status.ACTIVE), paging.offset() + paging.size);
        List<Hit> ranked = top.ranked();
        int from = Math.min(paging.offset(), ranked.size());
        List<GroupViews.Summary> items = ranked.subList(from, ranked.size()).stream()
                .map(h -> h.entry().summary(h.distanceKm(), h.next(), clock)).toList();
        return new Page<>(items, paging.page, paging.size, top.seen());
    }

    /**
     * Every listing that matches, in the search's order, as the public may see it: what feeds and other formats are
     * written from. A feed is a whole directory by nature, so there is no page. The listings are collected when first
     * read, not here, and each is made as it is read (see {@link Listed}).
     */
    public List<PublicListing> listings(GroupSearchCriteria criteria, Point point, Set<Status> statuses) {
        return new Listed(() -> collect(criteria, point, statuses, Integer.MAX_VALUE).ranked(), changesSince());
    }

    /**
     * A whole directory's matching listings, in order, for one feed on one thread. Collected when first read, so
     * that a feed can send its opening before the work of collecting (at 100,000 groups, a good part of a second);
     * and each listing is made when it is read, so that the 100,000 are never all held at once.
     */
    private static final class Listed extends AbstractList<PublicListing> implements RandomAccess {
        private final Supplier<List<Hit>> collect;
        private final LocalDate changesSince;
        private List<Hit> hits;

        Listed(Supplier<List<Hit>> collect, LocalDate changesSince) {
            this.collect = collect;
            this.changesSince = changesSince;
        }

        private List<Hit> hits() {
            if (hits == null) {
                hits = collect.get();
            }
            return hits;
        }

        @Override
        public PublicListing get(int index) {
            Hit hit = hits().get(index);
            return hit.entry().listing(changesSince, hit.distanceKm(), hit.next());
        }

        @Override
        public int size() {
            return hits().size();
        }
    }

    static void requireCompletePoint(GroupSearchCriteria criteria) {
        if ((criteria.lat == null) != (criteria.lon == null)) {
            String missing = criteria.lat == null ? "lat" : "lon";
            throw new InvalidInput(missing, ProblemText.PARAMETER_NEEDED_WITH, missing.equals("lat") ? "lon" : "lat");
        }
    }

    private TopHits collect(GroupSearchCriteria criteria, Point point, Set<Status> statuses, int limit) {
        Order order = criteria.sort != null ? criteria.sort : point != null ? Order.DISTANCE : Order.NEXT_MEETING;
        boolean nearby = point != null && criteria.attendance != Attendance.ONLINE;
        Matcher matcher = new Matcher(criteria, statuses, nearby ? point : null, clock.instant(), changesSince());
        if (!nearby && criteria.attendance == Attendance.ONLINE && order == Order.NEXT_MEETING
                && statuses.equals(Set.of(Status.ACTIVE)) && limit != Integer.MAX_VALUE) {
            return onlinePage(matcher, limit);
        }
        if (nearby) {
            TopHits top = new TopHits(comparator(order), limit);
            GeoDistance.Box box = GeoDistance.Box.around(point.latitude(), point.longitude(), criteria.radiusKm, 0);
            directory.eachPlacedWithin(box, entry -> matcher.offer(entry, top));
            return top;
        }
        if (limit == Integer.MAX_VALUE) {
            // A whole directory, for a feed: read in name order, so only the keys before the name are left to sort.
            TopHits top = TopHits.inNameOrder(beforeName(order));
            directory.inNameOrder().forEach(entry -> matcher.offer(entry, top));
            return top;
        }
        TopHits top = new TopHits(comparator(order), limit);
        if (criteria.attendance == Attendance.ONLINE) {
            directory.unplaced().forEach(entry -> matcher.offer(entry, top));
        } else {
            directory.all().forEach(entry -> matcher.offer(entry, top));
        }
        return top;
    }

    /**
     * The first {@code limit} matching online groups in meeting order, read off the kept order instead of ranking
     * every online group for every page; without filters, the count is the order's length.
     */
    private TopHits onlinePage(Matcher matcher, int limit) {
        List<Hit> ordered = onlineInMeetingOrder(matcher.now, matcher.changesSince);
        if (matcher.filtersNothing()) {
            return TopHits.ordered(ordered.subList(0, Math.min(limit, ordered.size())), ordered.size());
        }
        List<Hit> page = new ArrayList<>();
        int seen = 0;
        for (Hit hit : ordered) {
            Hit match = matcher.match(hit.entry());
            if (match != null) {
                seen++;
                if (page.size() < limit) {
                    page.add(match);
                }
            }
        }
        return TopHits.ordered(page, seen);
    }

    private List<Hit> onlineInMeetingOrder(Instant now, LocalDate since) {
        OnlineOrder known = onlineOrder;
        long version = directory.version();
        if (known != null && known.version() == version && known.changesSince().equals(since)
                && now.isBefore(known.validUntil())) {
            return known.hits();
        }
        List<Hit> hits = new ArrayList<>();
        for (DirectoryEntry entry : directory.unplaced()) {
            if (entry.attendance == Attendance.ONLINE && entry.status == Status.ACTIVE) {
                hits.add(new Hit(entry, null, entry.nextMeeting(now, since)));
            }
        }
        hits.sort(comparator(Order.NEXT_MEETING));
        Instant validUntil = now.plus(ONLINE_ORDER_AT_MOST);
        if (!hits.isEmpty() && hits.get(0).next() != null && hits.get(0).next().start().isBefore(validUntil)) {
            validUntil = hits.get(0).next().start();
        }
        onlineOrder = new OnlineOrder(version, since, validUntil, List.copyOf(hits));
        return onlineOrder.hits();
    }

    private LocalDate changesSince() {
        return LocalDate.now(clock).minusDays(CHANGES_FROM_DAYS_AGO);
    }

    /** One search's filters, applied to one group at a time; the cheap ones first. */
    private static final class Matcher {
        private final GroupSearchCriteria criteria;
        private final Set<Status> statuses;
        private final Point point;
        private final Instant now;
        private final LocalDate changesSince;
        private final Instant horizon;
        private final String words;
        private final Set<DayOfWeek> weekdays;

        Matcher(GroupSearchCriteria criteria, Set<Status> statuses, Point point, Instant now, LocalDate changesSince) {
            this.criteria = criteria;
            this.statuses = statuses;
            this.point = point;
            this.now = now;
            this.changesSince = changesSince;
            this.horizon = criteria.upcoming == null ? null : now.plus(Duration.ofHours(criteria.upcoming));
            this.words = criteria.q == null || criteria.q.isBlank() ? null
                    : criteria.q.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
            this.weekdays = criteria.weekdays();
        }

        void offer(DirectoryEntry entry, TopHits top) {
            Hit hit = match(entry);
            if (hit != null) {
                top.offer(hit);
            }
        }

        boolean filtersNothing() {
            return criteria.format == null && criteria.focus == null && criteria.offering == null
                    && criteria.language == null && weekdays.isEmpty() && criteria.timeOfDay == null && words == null
                    && horizon == null;
        }

        /** The group as this search found it, or null when it does not match. */
        Hit match(DirectoryEntry entry) {
            if (!statuses.contains(entry.status) || !attendanceMatches(entry.attendance)) {
                return null;
            }
            if ((criteria.format != null && entry.format != criteria.format)
                    || (criteria.focus != null && !entry.focus.contains(criteria.focus))
                    || (criteria.offering != null && !entry.offerings.contains(criteria.offering))
                    || (criteria.language != null
                            && !entry.languages.contains(criteria.language.toLowerCase(Locale.ROOT)))
                    || !meetsOnAWeekdayAskedFor(entry) || !startsInTimeOfDay(entry.schedule.start())
                    || (words != null && !mentions(entry, words))) {
                return null;
            }
            Double distance = null;
            if (point != null) {
                if (!entry.hasPosition()) {
                    return null;
                }
                distance = Math.round(GeoDistance.km(point.latitude(), point.longitude(), entry.latitude,
                        entry.longitude) * 10) / 10.0;
                if (distance > criteria.radiusKm) {
                    return null;
                }
            }
            GroupViews.NextMeeting next = entry.nextMeeting(now, changesSince);
            if (horizon != null && (next == null || next.start().isAfter(horizon))) {
                return null;
            }
            return new Hit(entry, distance, next);
        }

        private boolean attendanceMatches(Attendance attendance) {
            if (criteria.attendance != null) {
                return attendance == criteria.attendance;
            }
            // Around a point, only groups that meet in person; online ones are a list of their own.
            return point == null || attendance != Attendance.ONLINE;
        }

        private boolean meetsOnAWeekdayAskedFor(DirectoryEntry entry) {
            if (weekdays.isEmpty()) {
                return true;
            }
            for (DayOfWeek day : weekdays) {
                if (entry.schedule.days().contains(day)) {
                    return true;
                }
            }
            return false;
        }

        private boolean startsInTimeOfDay(LocalTime start) {
            var time = criteria.timeOfDay;
            return time == null || (!start.isBefore(time.from) && (time.until == null || start.isBefore(time.until)));
        }

        /** As SQL's {@code lower(column) like '%words%'} on the name, town and description. */
        private static boolean mentions(DirectoryEntry entry, String words) {
            return contains(entry.locality, words) || contains(entry.city, words)
                    || contains(entry.description(), words);
        }

        private static boolean contains(String text, String lowerCaseWords) {
            return text != null && text.toLowerCase(Locale.ROOT).contains(lowerCaseWords);
        }
    }

    private static final Comparator<Hit> BY_NEXT = Comparator.comparing(
            h -> h.next() == null ? Instant.MAX : h.next().start());
    private static final Comparator<Hit> BY_DISTANCE = Comparator.comparingDouble(
            h -> h.distanceKm() == null ? Double.MAX_VALUE : h.distanceKm());
    /** The slug settles ties, so that consecutive pages neither repeat nor skip a group. */
    private static final Comparator<Hit> BY_NAME = Comparator.comparing(Hit::entry, GroupDirectory.BY_NAME);

    private static Comparator<Hit> comparator(Order order) {
        Comparator<Hit> beforeName = beforeName(order);
        return beforeName == null ? BY_NAME : beforeName.thenComparing(BY_NAME);
    }

    /** The order's keys that come before the name, or null when it is by name alone. */
    private static Comparator<Hit> beforeName(Order order) {
        return switch (order) {
            case DISTANCE -> BY_DISTANCE.thenComparing(BY_NEXT);
            case NEXT_MEETING -> BY_NEXT;
            case NAME -> null;
        };
    }

    /** The best {@code limit} hits in order, and how many were offered: one page's worth of memory, not all rows. */
    private static final class TopHits {
        private final Comparator<Hit> order;
        private final int limit;
        private final PriorityQueue<Hit> worstFirst;
        private final List<Hit> all;
        private int seen;

        /** A page already in order, and how many matched in all. */
        static TopHits ordered(List<Hit> page, int seen) {
            TopHits top = new TopHits(null, Integer.MAX_VALUE);
            top.all.addAll(page);
            top.seen = seen;
            return top;
        }

        /**
         * Every hit, offered in name order: a stable sort by the keys before the name ({@code beforeName}, null for
         * none) then gives the whole order, without comparing a single name.
         */
        static TopHits inNameOrder(Comparator<Hit> beforeName) {
            return new TopHits(beforeName, Integer.MAX_VALUE);
        }

        TopHits(Comparator<Hit> order, int limit) {
            this.order = order;
            this.limit = limit;
            // A whole directory is sorted once at the end rather than kept in order as it comes.
            this.worstFirst = limit == Integer.MAX_VALUE ? null : new PriorityQueue<>(order.reversed());
            this.all = limit == Integer.MAX_VALUE ? new ArrayList<>() : null;
        }

        void offer(Hit hit) {
            seen++;
            if (all != null) {
                all.add(hit);
            } else if (worstFirst.size() < limit) {
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
            List<Hit> ranked = new ArrayList<>(all != null ? all : worstFirst);
            if (order != null) {
                ranked.sort(order);
            }
            return ranked;
        }
    }
}
