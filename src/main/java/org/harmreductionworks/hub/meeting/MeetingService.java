package org.harmreductionworks.hub.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.common.error.Conflict;
import org.harmreductionworks.hub.common.time.PlanningHorizon;
import org.hibernate.exception.ConstraintViolationException;
import org.harmreductionworks.hub.common.error.InvalidInput;
import org.harmreductionworks.hub.common.error.NotFound;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.error.StaleEdit;
import org.harmreductionworks.hub.common.paging.Page;
import org.harmreductionworks.hub.common.paging.PageParams;
import org.harmreductionworks.hub.exercise.ExerciseService;
import org.harmreductionworks.hub.exercise.ExerciseViews;
import org.harmreductionworks.hub.group.GroupService;
import org.harmreductionworks.hub.group.GroupService.GroupRef;

/**
 * A group's own record of its meetings and its plan for the next ones. Only the group's hosts read or write them;
 * the rest of the network sees aggregates on exercise pages, and the next exercise where the group chose to show it.
 */
@ApplicationScoped
public class MeetingService {

    private static final ProblemText HOSTS_ONLY = ProblemText.GROUP_HOSTS_ONLY_LOG;

    @Inject
    GroupService groups;

    @Inject
    ExerciseService exercises;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public Page<MeetingViews.LogEntry> log(String groupSlug, PageParams paging) {
        GroupRef group = groups.hostedGroup(groupSlug, HOSTS_ONLY);
        var query = MeetingLogEntry.<MeetingLogEntry>find("groupId = ?1 order by date desc, id desc", group.id());
        long total = query.count();
        List<MeetingLogEntry> page = query.page(paging.page, paging.size).list();
        Map<Long, ExerciseViews.Ref> refs = exercises.refs(
                page.stream().map(e -> e.exerciseId).filter(Objects::nonNull).toList());
        return new Page<>(page.stream().map(e -> view(e, refs)).toList(), paging.page, paging.size, total);
    }

    @Transactional
    public MeetingViews.LogEntry record(String groupSlug, MeetingRequests.LogInput input) {
        GroupRef group = groups.hostedGroup(groupSlug, HOSTS_ONLY);
        MeetingLogEntry entry = new MeetingLogEntry();
        entry.groupId = group.id();
        apply(entry, input, group, null);
        entry.createdAt = now();
        entry.updatedAt = entry.createdAt;
        entry.persist();
        return view(entry);
    }

    @Transactional
    public MeetingViews.LogEntry update(String groupSlug, long id, MeetingRequests.LogUpdate update) {
        GroupRef group = groups.hostedGroup(groupSlug, HOSTS_ONLY);
        MeetingLogEntry entry = findEntry(group, id);
        if (entry.revision != update.revision()) {
            throw new StaleEdit(ProblemText.LOG_ENTRY_STALE);
        }
        apply(entry, update.entry(), group, entry.id);
        entry.updatedAt = now();
        em.flush();
        return view(entry);
    }

    @Transactional
    public void delete(String groupSlug, long id) {
        GroupRef group = groups.hostedGroup(groupSlug, HOSTS_ONLY);
        findEntry(group, id).delete();
    }

    /** The plan from the group's today on, soonest first. */
    @Transactional
    public List<MeetingViews.PlanEntry> plan(String groupSlug) {
        GroupRef group = groups.hostedGroup(groupSlug, HOSTS_ONLY);
        List<MeetingPlanEntry> entries = MeetingPlanEntry.<MeetingPlanEntry>list(
                "key.groupId = ?1 and key.date >= ?2 order by key.date", group.id(), today(group));
        Map<Long, ExerciseViews.Ref> refs = exercises.refs(
                entries.stream().map(e -> e.exerciseId).filter(Objects::nonNull).toList());
        return entries.stream().map(e -> view(e, refs)).toList();
    }

    /** The network began in 2019; a meeting logged before 2000 is a typo in the year. */
    static final LocalDate EARLIEST_LOG_DATE = LocalDate.of(2000, 1, 1);

    @Transactional
    public MeetingViews.PlanEntry savePlan(String groupSlug, LocalDate date, MeetingRequests.PlanInput input) {
        GroupRef group = groups.hostedGroup(groupSlug, HOSTS_ONLY);
        if (date.isBefore(today(group))) {
            throw new InvalidInput("date", ProblemText.PLAN_DATE_PAST);
        }
        if (PlanningHorizon.beyond(date, today(group))) {
            throw new InvalidInput("date", ProblemText.PLAN_DATE_TOO_FAR);
        }
        MeetingPlanEntry entry = MeetingPlanEntry.findById(new MeetingPlanEntry.Key(group.id(), date));
        if (entry == null) {
            if (input.revision() != null) {
                throw new StaleEdit(ProblemText.PLAN_REMOVED);
            }
            entry = new MeetingPlanEntry();
            entry.key = new MeetingPlanEntry.Key(group.id(), date);
        } else if (input.revision() == null || entry.revision != input.revision()) {
            throw new StaleEdit(ProblemText.PLAN_CHANGED);
        }
        ExerciseViews.Ref exercise = exercise(input.exerciseSlug());
        entry.exerciseId = exercise == null ? null : exercise.id();
        entry.chooser = blankToNull(input.chooser());
        entry.showPublicly = input.showPublicly();
        entry.updatedAt = now();
        if (!entry.isPersistent()) {
            entry.persist();
        }
        try {
            em.flush();
        } catch (ConstraintViolationException e) {
            // Two hosts created this date's plan at the same moment; the other one was saved first.
            throw new StaleEdit(ProblemText.PLAN_SAME_MOMENT);
        }
        return view(entry, exercise == null ? Map.of() : Map.of(exercise.id(), exercise));
    }

    @Transactional
    public void deletePlan(String groupSlug, LocalDate date) {
        GroupRef group = groups.hostedGroup(groupSlug, HOSTS_ONLY);
        if (!MeetingPlanEntry.deleteById(new MeetingPlanEntry.Key(group.id(), date))) {
            throw new NotFound(ProblemText.PLAN_UNKNOWN, date);
        }
    }

    /** The next planned meeting, when the group shows its exercise publicly. */
    @Transactional
    public Optional<MeetingViews.NextExercise> nextExercise(String groupSlug) {
        GroupRef group = groups.listedGroup(groupSlug);
        MeetingPlanEntry next = MeetingPlanEntry.<MeetingPlanEntry>find(
                "key.groupId = ?1 and key.date >= ?2 order by key.date", group.id(), today(group)).firstResult();
        if (next == null || !next.showPublicly || next.exerciseId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(exercises.refs(List.of(next.exerciseId)).get(next.exerciseId))
                .map(exercise -> new MeetingViews.NextExercise(next.key.date(), exercise));
    }

    /** Checks everything before changing the entry, so that a refused change never reaches the database. */
    private void apply(MeetingLogEntry entry, MeetingRequests.LogInput input, GroupRef group, Long entryId) {
        if (input.date().isAfter(today(group))) {
            throw new InvalidInput("date", ProblemText.LOG_DATE_FUTURE);
        }
        // java.time reads years to +-999,999,999, which PostgreSQL cannot store or compare ("date out of range").
        if (input.date().isBefore(EARLIEST_LOG_DATE)) {
            throw new InvalidInput("date", ProblemText.LOG_DATE_TOO_EARLY, EARLIEST_LOG_DATE.getYear());
        }
        ExerciseViews.Ref exercise = exercise(input.exerciseSlug());
        requireNotLogged(group.id(), input.date(), input.meeting(), entryId);
        String note = blankToNull(input.note());
        entry.date = input.date();
        entry.meeting = input.meeting();
        entry.exerciseId = exercise == null ? null : exercise.id();
        entry.headcount = input.headcount();
        entry.rating = input.rating();
        entry.note = note;
        entry.shareNote = note != null && input.shareNote();
    }

    /** One entry per group, date and kind of meeting: a second one is a double tap, not a second meeting. */
    private static void requireNotLogged(long groupId, LocalDate date, MeetingType meeting, Long exceptId) {
        long same = MeetingLogEntry.count("groupId = ?1 and date = ?2 and meeting = ?3 and id <> ?4", groupId, date,
                meeting, exceptId == null ? -1L : exceptId);
        if (same > 0) {
            throw new Conflict(ProblemText.LOG_DUPLICATE, ProblemText.valueOf("MEETING_" + meeting.name()), date);
        }
    }

    private ExerciseViews.Ref exercise(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        ExerciseViews.Ref exercise = exercises.publishedRef(slug.strip());
        if (exercise == null) {
            throw new InvalidInput("exerciseSlug", ProblemText.EXERCISE_NOT_PUBLISHED);
        }
        return exercise;
    }

    private static MeetingLogEntry findEntry(GroupRef group, long id) {
        MeetingLogEntry entry = MeetingLogEntry.findById(id);
        if (entry == null || entry.groupId != group.id()) {
            throw new NotFound(ProblemText.LOG_ENTRY_UNKNOWN, id);
        }
        return entry;
    }

    private MeetingViews.LogEntry view(MeetingLogEntry entry) {
        return view(entry, entry.exerciseId == null ? Map.of() : exercises.refs(List.of(entry.exerciseId)));
    }

    private static MeetingViews.LogEntry view(MeetingLogEntry e, Map<Long, ExerciseViews.Ref> refs) {
        return new MeetingViews.LogEntry(e.id, e.date, e.meeting, e.exerciseId == null ? null : refs.get(e.exerciseId),
                e.headcount, e.rating, e.note, e.shareNote, e.revision);
    }

    private static MeetingViews.PlanEntry view(MeetingPlanEntry e, Map<Long, ExerciseViews.Ref> refs) {
        return new MeetingViews.PlanEntry(e.key.date(), e.exerciseId == null ? null : refs.get(e.exerciseId),
                e.chooser, e.showPublicly, e.revision);
    }

    private LocalDate today(GroupRef group) {
        return LocalDate.now(clock.withZone(group.timeZone()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
