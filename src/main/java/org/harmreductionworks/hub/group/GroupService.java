package org.harmreductionworks.hub.group;

import org.harmreductionworks.hub.common.DelimitedList;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.harmreductionworks.hub.common.Sha256;
import org.harmreductionworks.hub.common.change.ChangeNotices;
import org.harmreductionworks.hub.common.change.Topic;
import org.harmreductionworks.hub.common.config.HubConfig;
import org.harmreductionworks.hub.common.error.Conflict;
import org.harmreductionworks.hub.common.error.Forbidden;
import org.harmreductionworks.hub.common.error.InvalidInput;
import org.harmreductionworks.hub.common.error.NotFound;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.error.ProblemType;
import org.harmreductionworks.hub.common.error.StaleEdit;
import org.harmreductionworks.hub.common.ratelimit.RateLimiter;
import org.harmreductionworks.hub.common.security.CurrentUser;
import org.harmreductionworks.hub.common.time.PlanningHorizon;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.ContactMethod;
import org.harmreductionworks.hub.group.GroupEnums.LinkVisibility;
import org.harmreductionworks.hub.group.GroupEnums.Status;
import org.harmreductionworks.hub.group.schedule.GroupCalendar;
import org.harmreductionworks.hub.group.schedule.NextMeetingCalculator;
import org.harmreductionworks.hub.group.schedule.Occurrence;
import org.harmreductionworks.hub.group.schedule.Schedule;
import org.harmreductionworks.hub.group.schedule.ScheduleChange;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;

/**
 * A listing's life: registration, a steward's approval, edits by its hosts, confirmations that the group still
 * meets, pauses and closure, co-host invitations and the change history.
 */
@ApplicationScoped
public class GroupService {

    static final Duration INVITE_LIFETIME = Duration.ofDays(7);
    /** Enough for a crowd registering in one town at once: each try loses only to someone who then holds a slug. */
    private static final int SLUG_ATTEMPTS = 25;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    HubConfig config;

    @Inject
    Event<ListingChanged> listingChanges;

    @Inject
    ChangeNotices changeNotices;

    @Inject
    GroupDirectory directory;

    /**
     * A group's page. Anyone not signed in sees a listed group as the directory holds it, without a trip to the
     * database; hosts and stewards, who may see more, and groups that are not listed, are read from it.
     */
    public GroupViews.Detail detail(String slug) {
        if (!user.isSignedIn()) {
            DirectoryEntry listed = directory.bySlug(slug);
            if (listed != null) {
                return listed.detail(clock);
            }
        }
        return storedDetail(slug);
    }

    @Transactional
    GroupViews.Detail storedDetail(String slug) {
        MeetingGroup group = find(slug);
        boolean hosts = hosts(group);
        boolean privileged = hosts || user.isSteward();
        if (!privileged && (group.status == Status.PENDING || group.status == Status.DECLINED)) {
            throw notFound(slug);
        }
        return GroupViewMapper.detail(group, changes(group), clock.instant(), clock, hosts, privileged);
    }

    /** A registration's answer: the group, and whether this request made it or an earlier one with its key. */
    public record Registration(GroupViews.Detail group, boolean repeated) {
    }

    /**
     * Registers a pending group hosted by the caller. Two people registering in the same town at the same moment
     * can both find its slug free; the second to save then tries again with the next one ("-2").
     *
     * @param key the request's Idempotency-Key, or null: a registration sent again with the key of an earlier one
     *            (a phone that lost the first answer) gets the group the earlier one made, as it is now, and makes
     *            no second one; two such requests at once make one group between them
     */
    public Registration register(GroupRequests.Listing listing, String key) {
        user.requireSignedIn();
        for (int attempt = 1;; attempt++) {
            // Before every attempt: after a lost race, the winner may have been this same registration sent twice.
            Optional<GroupViews.Detail> earlier = key == null ? Optional.empty() : registeredWith(key);
            if (earlier.isPresent()) {
                return new Registration(earlier.get(), true);
            }
            try {
                return new Registration(QuarkusTransaction.requiringNew().call(() -> registerOnce(listing, key)), false);
            } catch (RuntimeException e) {
                if (attempt == SLUG_ATTEMPTS
                        || !violates(e, "ux_group_slug") && !violates(e, "ux_group_registration_key")) {
                    throw e;
                }
                // Everyone who lost the race goes for the same next number; a short random wait spreads them out.
                pauseBriefly(attempt);
            }
        }
    }

    /** The group a registration with this key made, if any; a key another person's registration used is refused. */
    private Optional<GroupViews.Detail> registeredWith(String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            MeetingGroup group = MeetingGroup.find("registrationKey", key).firstResult();
            if (group == null) {
                return Optional.empty();
            }
            if (!hosts(group)) {
                throw new Conflict(ProblemText.GROUP_REGISTRATION_KEY_USED);
            }
            return Optional.of(GroupViewMapper.detail(group, changes(group), clock.instant(), clock, true, true));
        });
    }

    private GroupViews.Detail registerOnce(GroupRequests.Listing listing, String key) {
        MeetingGroup group = new MeetingGroup();
        apply(group, listing, "");
        group.slug = uniqueSlug(GroupNames.slugFor(listing.locality()));
        group.registrationKey = key;
        group.status = Status.PENDING;
        group.example = false;
        OffsetDateTime now = now();
        group.createdAt = now;
        group.updatedAt = now;
        group.lastVerified = today(group);
        group.persistAndFlush();
        // Counted once the group's row holds its slug and key, so only the attempt that makes the group counts: not a
        // listing with mistakes, not an attempt that lost its slug to another registration, and not a copy of this
        // registration sent at the same moment (its insert waits for this one and then loses to its key). A refusal
        // here takes the group back with the rest of this transaction.
        rateLimiter.acquire(new RateLimiter.Limit("group-registration", config.limits().groupRegistrationsPerDay(),
                Duration.ofDays(1)), user.subject(), ProblemText.GROUP_REGISTRATIONS_LIMIT);
        GroupHost host = new GroupHost();
        host.key = new GroupHost.Key(group.id, user.subject());
        host.since = now;
        host.persist();
        record(group, "host", "registered", List.of());
        return GroupViewMapper.detail(group, List.of(), clock.instant(), clock, true, true);
    }

    @Transactional
    public GroupViews.Detail update(String slug, GroupRequests.Update update) {
        MeetingGroup group = findForHost(slug);
        if (group.revision != update.revision()) {
            throw new StaleEdit(ProblemText.GROUP_STALE);
        }
        List<String> changed = apply(group, update.listing(), "listing.");
        // A host who saves the listing has just read it through: that says "we still meet" as plainly as the
        // button does, so an edited listing is never left marked "not confirmed recently".
        LocalDate today = today(group);
        boolean reconfirmed = !today.equals(group.lastVerified);
        group.lastVerified = today;
        if (!changed.isEmpty()) {
            touch(group);
            record(group, "host", "edited", changed);
        } else if (reconfirmed) {
            touch(group);
            record(group, "host", "confirmed", List.of("lastVerified"));
        }
        GroupViews.Detail detail = GroupViewMapper.detail(flushed(group), changes(group), clock.instant(), clock,
                true, true);
        return detail;
    }

    /**
     * The group's meetings as an iCalendar file (RFC 5545), for anyone who may see the listing.
     *
     * @param origin where the caller reached the hub, for the link to the group's page in each event
     */
    @Transactional
    public String calendar(String slug, String origin) {
        MeetingGroup group = find(slug);
        if (group.status != Status.ACTIVE && group.status != Status.PAUSED && !hosts(group) && !user.isSteward()) {
            throw notFound(slug);
        }
        PublicListing listing = PublicListing.of(group, changes(group), null, null);
        return GroupCalendar.write(listing.calendarSeries(origin));
    }

    @Transactional
    /** The whole listing of each, as its page will show it: a steward decides on the schedule and words too. */
    public List<GroupViews.Detail> pending() {
        user.requireSteward();
        List<MeetingGroup> groups = MeetingGroup.list("status", Sort.ascending("createdAt"), Status.PENDING);
        return groups.stream()
                .map(g -> GroupViewMapper.detail(g, changes(g), clock.instant(), clock, hosts(g), true)).toList();
    }

    /** How many new listings wait for a steward's approval. */
    @Transactional
    public long pendingCount() {
        return MeetingGroup.count("status", Status.PENDING);
    }

    @Transactional
    public GroupViews.Detail approve(String slug) {
        user.requireSteward();
        MeetingGroup group = find(slug);
        requireStatus(group, Set.of(Status.PENDING, Status.DECLINED), ProblemText.GROUP_CANNOT_BE_APPROVED);
        group.status = Status.ACTIVE;
        group.declineReason = null;
        group.lastVerified = today(group);
        touch(group);
        record(group, "steward", "approved", List.of("status"));
        return GroupViewMapper.detail(flushed(group), changes(group), clock.instant(), clock, hosts(group), true);
    }

    @Transactional
    public GroupViews.Detail decline(String slug, String reason) {
        user.requireSteward();
        MeetingGroup group = find(slug);
        requireStatus(group, Set.of(Status.PENDING), ProblemText.GROUP_CANNOT_BE_DECLINED);
        group.status = Status.DECLINED;
        group.declineReason = reason.strip();
        touch(group);
        record(group, "steward", "declined", List.of("status", "declineReason"));
        return GroupViewMapper.detail(flushed(group), changes(group), clock.instant(), clock, hosts(group), true);
    }

    /** "We still meet": refreshes the last verified date, so the listing is not marked stale. */
    @Transactional
    public GroupViews.Detail confirmStillMeeting(String slug) {
        MeetingGroup group = findForHost(slug);
        requireStatus(group, Set.of(Status.ACTIVE, Status.PAUSED), ProblemText.GROUP_CANNOT_BE_CONFIRMED);
        group.lastVerified = today(group);
        touch(group);
        record(group, "host", "confirmed", List.of("lastVerified"));
        return GroupViewMapper.detail(flushed(group), changes(group), clock.instant(), clock, true, true);
    }

    @Transactional
    public GroupViews.Detail changeStatus(String slug, Status target) {
        MeetingGroup group = findForHost(slug);
        Set<Status> from = switch (target) {
            case PAUSED -> Set.of(Status.ACTIVE);
            case ACTIVE -> Set.of(Status.PAUSED);
            case CLOSED -> Set.of(Status.ACTIVE, Status.PAUSED, Status.PENDING);
            default -> throw new InvalidInput("status", ProblemText.GROUP_STATUS_TARGET);
        };
        requireStatus(group, from, switch (target) {
            case ACTIVE -> ProblemText.GROUP_CANNOT_BE_RESUMED;
            case PAUSED -> ProblemText.GROUP_CANNOT_BE_PAUSED;
            default -> ProblemText.GROUP_CANNOT_BE_CLOSED;
        });
        group.status = target;
        touch(group);
        record(group, "host", target == Status.ACTIVE ? "resumed" : target.apiName(), List.of("status"));
        return GroupViewMapper.detail(flushed(group), changes(group), clock.instant(), clock, true, true);
    }

    @Transactional
    public GroupViews.Detail addScheduleChange(String slug, GroupRequests.ChangeInput input) {
        MeetingGroup group = findForHost(slug);
        ScheduleChange change = new ScheduleChange(input.date(), input.kind(), input.movedToDate(),
                input.movedToStart());
        List<InvalidInput.Violation> problems = new ArrayList<>(change.problems(GroupViewMapper.schedule(group))
                .stream().map(p -> new InvalidInput.Violation(p.field(), p.message())).toList());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(group.timeZone)));
        if (PlanningHorizon.farFrom(change.date(), today)) {
            problems.add(new InvalidInput.Violation("date", ProblemText.DATE_MORE_THAN_A_YEAR_AHEAD.with()));
        }
        if (PlanningHorizon.farFrom(change.movedToDate(), today)) {
            problems.add(new InvalidInput.Violation("movedToDate", ProblemText.DATE_MORE_THAN_A_YEAR_AHEAD.with()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        GroupScheduleChange entry = GroupScheduleChange
                .findById(new GroupScheduleChange.Key(group.id, change.date()));
        if (entry == null) {
            entry = new GroupScheduleChange();
            entry.key = new GroupScheduleChange.Key(group.id, change.date());
        }
        entry.kind = change.kind();
        entry.movedToDate = change.movedToDate();
        entry.movedToStart = change.movedToStart();
        entry.persist();
        touch(group);
        record(group, "host", change.kind() == ScheduleChange.Kind.CANCELLED ? "cancelled a date" : "moved a date",
                List.of("schedule"));
        return GroupViewMapper.detail(flushed(group), changes(group), clock.instant(), clock, true, true);
    }

    @Transactional
    public void removeScheduleChange(String slug, LocalDate date) {
        MeetingGroup group = findForHost(slug);
        if (!GroupScheduleChange.deleteById(new GroupScheduleChange.Key(group.id, date))) {
            throw new NotFound(ProblemText.SCHEDULE_CHANGE_UNKNOWN, date);
        }
        touch(group);
        record(group, "host", "restored a date", List.of("schedule"));
    }

    @Transactional
    public GroupViews.Invitation invite(String slug) {
        MeetingGroup group = findForHost(slug);
        byte[] secret = new byte[12];
        RANDOM.nextBytes(secret);
        String code = HexFormat.of().formatHex(secret);
        GroupInvite invite = new GroupInvite();
        invite.groupId = group.id;
        invite.codeHash = Sha256.hex(code);
        invite.expiresAt = now().plus(INVITE_LIFETIME);
        invite.persist();
        record(group, "host", "invited a co-host", List.of());
        return new GroupViews.Invitation(code, invite.expiresAt);
    }

    /**
     * Redeems a co-host code. Someone who already hosts the group (a host trying the code out, or the co-host
     * opening the link again) is told so and leaves the code unused, so it still works for the person it was for.
     * An unknown code, a used one and an expired one are told apart: each asks something different of the person
     * holding it, and a code of 96 random bits cannot be found by guessing either way.
     */
    @Transactional
    public GroupViews.Detail join(String code) {
        user.requireSignedIn();
        GroupInvite invite = GroupInvite.find("codeHash", Sha256.hex(normaliseInviteCode(code))).firstResult();
        if (invite == null) {
            throw new NotFound(ProblemText.INVITATION_UNKNOWN);
        }
        MeetingGroup group = MeetingGroup.findById(invite.groupId);
        if (GroupHost.findById(new GroupHost.Key(group.id, user.subject())) == null) {
            if (invite.usedAt != null) {
                throw new InvitationUnusable(ProblemType.INVITATION_USED, ProblemText.INVITATION_USED);
            }
            if (invite.expiresAt.isBefore(now())) {
                throw new InvitationUnusable(ProblemType.INVITATION_EXPIRED, ProblemText.INVITATION_EXPIRED);
            }
            invite.usedAt = now();
            GroupHost host = new GroupHost();
            host.key = new GroupHost.Key(group.id, user.subject());
            host.since = now();
            host.persist();
            record(group, "host", "co-host joined", List.of());
        }
        return GroupViewMapper.detail(group, changes(group), clock.instant(), clock, true, true);
    }

    /** People copy codes with spaces, line breaks or dashes between the characters, and in capitals. */
    static String normaliseInviteCode(String code) {
        return code.replaceAll("[\\s\\-\u2010-\u2015]", "").toLowerCase(Locale.ROOT);
    }

    @Transactional
    public List<GroupViews.HistoryView> history(String slug) {
        user.requireSteward();
        MeetingGroup group = find(slug);
        List<GroupHistoryEntry> entries = GroupHistoryEntry.list("groupId", Sort.descending("changedAt", "id"),
                group.id);
        return entries.stream().map(e -> new GroupViews.HistoryView(e.changedAt, e.actorRole, e.action,
                List.copyOf(DelimitedList.strings(e.fields)))).toList();
    }

    /** The groups an account hosts, for GET /api/v1/me. */
    @Transactional
    /** A group as the other features name it: its id for their own rows, its slug and public name for the API. */
    public record GroupRef(long id, String slug, String name, ZoneId timeZone) {
    }

    /**
     * The group, when the signed-in person hosts it; otherwise 401 (signed out), 403, or 404 for a group the
     * public cannot see. Other features use it to guard what belongs to a group's hosts alone.
     */
    @Transactional
    public GroupRef hostedGroup(String slug, ProblemText refusal) {
        return ref(findForHost(slug, refusal));
    }

    /** The listed (active or paused) groups the signed-in person hosts; none when signed out. */
    @Transactional
    public List<GroupRef> listedHostedBySignedIn() {
        if (!user.isSignedIn()) {
            return List.of();
        }
        return MeetingGroup.<MeetingGroup>find(
                "select g from MeetingGroup g, GroupHost h where h.key.groupId = g.id and h.key.subject = ?1 "
                        + "and g.status in ?2 order by g.locality", user.subject(), List.of(Status.ACTIVE, Status.PAUSED))
                .list().stream().map(GroupService::ref).toList();
    }

    /** Whether the signed-in person hosts the group with this id. */
    @Transactional
    public boolean signedInHosts(long groupId) {
        return user.isSignedIn() && GroupHost.findById(new GroupHost.Key(groupId, user.subject())) != null;
    }

    /**
     * Names for the given group ids, for groups that were ever public (active, paused or closed): what a group shared
     * stays attributed to it after it closes. Pending and declined groups are left out.
     */
    @Transactional
    public Map<Long, GroupRef> listedRefs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<MeetingGroup> groups = MeetingGroup.list("id in ?1 and status in ?2", List.copyOf(new HashSet<>(ids)),
                List.of(Status.ACTIVE, Status.PAUSED, Status.CLOSED));
        Map<Long, GroupRef> refs = new HashMap<>();
        groups.forEach(g -> refs.put(g.id, ref(g)));
        return refs;
    }

    /** A group that was ever public (active, paused or closed), by its slug. */
    @Transactional
    public Optional<GroupRef> listedRefBySlug(String slug) {
        MeetingGroup group = MeetingGroup.find("slug", slug).firstResult();
        return group == null || group.status == Status.PENDING || group.status == Status.DECLINED ? Optional.empty()
                : Optional.of(ref(group));
    }

    /** A group the public can see (active or paused), or 404. */
    @Transactional
    public GroupRef listedGroup(String slug) {
        MeetingGroup group = find(slug);
        if (group.status == Status.PENDING || group.status == Status.DECLINED) {
            throw notFound(slug);
        }
        return ref(group);
    }

    private static GroupRef ref(MeetingGroup group) {
        return new GroupRef(group.id, group.slug, group.publicName(), ZoneId.of(group.timeZone));
    }

    /**
     * How far back to look for a group's last meeting: a monthly group's last one can be five weeks ago. Further
     * back than that it no longer says which group a host is about to host.
     */
    static final Duration LAST_MEETING_WINDOW = Duration.ofDays(36);

    /**
     * The groups someone hosts, each with the meetings either side of now, so a host of several can start on the
     * group they are about to host (or just started). A paused group has no meetings to offer.
     */
    public List<HostedGroup> hostedBy(String subject) {
        List<MeetingGroup> groups = MeetingGroup.find(
                "select g from MeetingGroup g, GroupHost h where h.key.groupId = g.id and h.key.subject = ?1 "
                        + "and g.status <> ?2 order by g.locality", subject, Status.CLOSED).list();
        Instant now = clock.instant();
        return groups.stream().map(g -> hosted(g, now)).toList();
    }

    private static HostedGroup hosted(MeetingGroup group, Instant now) {
        if (group.status == Status.PAUSED) {
            return new HostedGroup(group.slug, group.publicName(), group.status, group.timeZone, null, null);
        }
        Schedule schedule = GroupViewMapper.schedule(group);
        List<ScheduleChange> changes = changes(group);
        List<Occurrence> recent = NextMeetingCalculator.between(schedule, changes, now.minus(LAST_MEETING_WINDOW),
                now.plusNanos(1));
        Instant previous = recent.isEmpty() ? null : recent.get(recent.size() - 1).startInstant();
        Instant next = NextMeetingCalculator.next(schedule, changes, now).map(Occurrence::startInstant).orElse(null);
        return new HostedGroup(group.slug, group.publicName(), group.status, group.timeZone, previous, next);
    }

    /** {@code previousMeeting}: the latest start at or before now; {@code nextMeeting}: the first after it. */
    public record HostedGroup(String slug, String name, Status status, String timeZone, Instant previousMeeting,
            Instant nextMeeting) {
    }

    // Helpers

    /**
     * Copies a listing onto the entity, checking what Bean Validation cannot; returns the fields that changed.
     * {@code path} is where the listing sits in the request ("listing." in an update), so these violations name
     * their field as Bean Validation's own do and a client can put each beside the box it came from.
     */
    private List<String> apply(MeetingGroup group, GroupRequests.Listing in, String path) {
        List<InvalidInput.Violation> problems = new ArrayList<>();
        if (GroupNames.restatesTheNetworkName(in.locality())) {
            problems.add(violation(path + "locality", ProblemText.LISTING_LOCALITY));
        }
        if (in.attendance() != Attendance.ONLINE) {
            if (blank(in.city())) {
                problems.add(violation(path + "city", ProblemText.LISTING_CITY_NEEDED));
            }
            if (in.latitude() == null || in.longitude() == null) {
                problems.add(violation(path + "latitude", ProblemText.LISTING_POSITION_NEEDED));
            }
        }
        if (in.attendance() != Attendance.IN_PERSON && blank(in.onlineUrl())) {
            problems.add(violation(path + "onlineUrl", ProblemText.LISTING_ONLINE_URL_NEEDED));
        }
        if (in.contactMethod() == ContactMethod.EMAIL && blank(in.publicEmail())) {
            problems.add(violation(path + "publicEmail", ProblemText.LISTING_PUBLIC_EMAIL_NEEDED));
        }
        if (in.focus() != null && in.focus().contains(GroupEnums.Focus.OTHER) && blank(in.focusOther())) {
            problems.add(violation(path + "focusOther", ProblemText.LISTING_FOCUS_OTHER_NEEDED));
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(in.schedule().timeZone());
        } catch (DateTimeException e) {
            problems.add(violation(path + "schedule.timeZone", ProblemText.LISTING_TIME_ZONE));
        }
        if (zone != null) {
            Schedule schedule = new Schedule(in.schedule().recurrence(), dayOfWeeks(in.schedule().days()),
                    in.schedule().weekOfMonth(), in.schedule().firstDate(), in.schedule().start(),
                    in.schedule().durationMinutes(), zone);
            schedule.problems().forEach(
                    p -> problems.add(new InvalidInput.Violation(path + "schedule." + p.field(), p.message())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }

        List<String> changed = new ArrayList<>();
        set(changed, "locality", group.locality, in.locality().strip(), v -> group.locality = v);
        set(changed, "description", group.description, trim(in.description()), v -> group.description = v);
        set(changed, "format", group.format, in.format(), v -> group.format = v);
        set(changed, "focus", group.focus, DelimitedList.of(orEmpty(in.focus())), v -> group.focus = v);
        set(changed, "focusOther", group.focusOther, trim(in.focusOther()), v -> group.focusOther = v);
        set(changed, "attendance", group.attendance, in.attendance(), v -> group.attendance = v);
        set(changed, "venue", group.venue, trim(in.venue()), v -> group.venue = v);
        set(changed, "address", group.address, trim(in.address()), v -> group.address = v);
        set(changed, "city", group.city, trim(in.city()), v -> group.city = v);
        set(changed, "region", group.region, trim(in.region()), v -> group.region = v);
        set(changed, "postalCode", group.postalCode, trim(in.postalCode()), v -> group.postalCode = v);
        set(changed, "country", group.country, trim(in.country()), v -> group.country = v);
        set(changed, "latitude", group.latitude, in.latitude(), v -> group.latitude = v);
        set(changed, "longitude", group.longitude, in.longitude(), v -> group.longitude = v);
        set(changed, "locationNotes", group.locationNotes, trim(in.locationNotes()), v -> group.locationNotes = v);
        set(changed, "locationVisibility", group.locationVisibility, in.locationVisibility(),
                v -> group.locationVisibility = v);
        set(changed, "onlineUrl", group.onlineUrl, trim(in.onlineUrl()), v -> group.onlineUrl = v);
        set(changed, "onlineVisibility", group.onlineVisibility,
                in.onlineVisibility() == null ? LinkVisibility.ON_REQUEST : in.onlineVisibility(),
                v -> group.onlineVisibility = v);
        GroupRequests.ScheduleInput s = in.schedule();
        set(changed, "schedule.recurrence", group.recurrence, s.recurrence(), v -> group.recurrence = v);
        set(changed, "schedule.days", group.days, DelimitedList.of(new java.util.TreeSet<>(dayOfWeeks(s.days()))),
                v -> group.days = v);
        set(changed, "schedule.weekOfMonth", group.weekOfMonth, s.weekOfMonth(), v -> group.weekOfMonth = v);
        set(changed, "schedule.firstDate", group.firstDate, s.firstDate(), v -> group.firstDate = v);
        set(changed, "schedule.start", group.startTime, s.start(), v -> group.startTime = v);
        set(changed, "schedule.durationMinutes", group.durationMinutes == 0 ? null : group.durationMinutes,
                s.durationMinutes(), v -> group.durationMinutes = v);
        set(changed, "schedule.timeZone", group.timeZone, zone.getId(), v -> group.timeZone = v);
        set(changed, "offerings", group.offerings, DelimitedList.of(orEmpty(in.offerings())), v -> group.offerings = v);
        set(changed, "offeringOther", group.offeringOther, trim(in.offeringOther()), v -> group.offeringOther = v);
        set(changed, "languages", group.languages, DelimitedList.of(new java.util.TreeSet<>(in.languages())),
                v -> group.languages = v);
        set(changed, "accessibilityNotes", group.accessibilityNotes, trim(in.accessibilityNotes()),
                v -> group.accessibilityNotes = v);
        set(changed, "contactMethod", group.contactMethod, in.contactMethod(), v -> group.contactMethod = v);
        set(changed, "publicEmail", group.publicEmail, trim(in.publicEmail()), v -> group.publicEmail = v);
        set(changed, "privateEmail", group.privateEmail, in.privateEmail().strip(), v -> group.privateEmail = v);
        return changed;
    }

    private static <T> void set(List<String> changed, String field, T current, T next,
            java.util.function.Consumer<T> setter) {
        if (!Objects.equals(current, next)) {
            setter.accept(next);
            changed.add(field);
        }
    }

    private static Set<java.time.DayOfWeek> dayOfWeeks(Set<GroupEnums.Weekday> days) {
        return days.stream().map(GroupEnums.Weekday::toDayOfWeek).collect(java.util.stream.Collectors.toSet());
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void pauseBriefly(int attempt) {
        try {
            Thread.sleep(RANDOM.nextInt(10 * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the failure is the database refusing a row that breaks the named unique constraint. */
    private static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(java.util.Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; MeetingGroup.count("slug", slug) > 0; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private MeetingGroup find(String slug) {
        MeetingGroup group = MeetingGroup.find("slug", slug).firstResult();
        if (group == null) {
            throw notFound(slug);
        }
        return group;
    }

    private MeetingGroup findForHost(String slug) {
        return findForHost(slug, ProblemText.GROUP_HOSTS_ONLY);
    }

    private MeetingGroup findForHost(String slug, ProblemText refusal) {
        user.requireSignedIn();
        MeetingGroup group = find(slug);
        if (!hosts(group)) {
            if (!user.isSteward() && (group.status == Status.PENDING || group.status == Status.DECLINED)) {
                throw notFound(slug);
            }
            throw new Forbidden(refusal);
        }
        return group;
    }

    private boolean hosts(MeetingGroup group) {
        return signedInHosts(group.id);
    }

    private static void requireStatus(MeetingGroup group, Set<Status> allowed, ProblemText refusal) {
        if (!allowed.contains(group.status)) {
            throw new Conflict(refusal, ProblemText.valueOf("GROUP_STATUS_" + group.status.name()));
        }
    }

    private static InvalidInput.Violation violation(String field, ProblemText message) {
        return new InvalidInput.Violation(field, message.with());
    }

    static List<ScheduleChange> changes(MeetingGroup group) {
        List<GroupScheduleChange> rows = GroupScheduleChange.list("key.groupId", group.id);
        return rows.stream().map(GroupScheduleChange::toScheduleChange).toList();
    }

    private void record(MeetingGroup group, String role, String action, List<String> fields) {
        GroupHistoryEntry entry = new GroupHistoryEntry();
        entry.groupId = group.id;
        entry.changedAt = now();
        entry.actorRole = role;
        entry.action = action;
        entry.fields = DelimitedList.of(fields);
        entry.persist();
        listingChanges.fire(new ListingChanged(group.id));
        changeNotices.changed(Topic.LISTINGS, group.id);
    }

    private void touch(MeetingGroup group) {
        group.updatedAt = now();
    }

    private static MeetingGroup flushed(MeetingGroup group) {
        MeetingGroup.getEntityManager().flush();
        return group;
    }

    /** The date where the group meets: "confirmed today" is the hosts' today, not the server's. */
    private LocalDate today(MeetingGroup group) {
        return LocalDate.now(clock.withZone(ZoneId.of(group.timeZone)));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
    }

    private static NotFound notFound(String slug) {
        return new NotFound(ProblemText.GROUP_UNKNOWN, slug);
    }
}
