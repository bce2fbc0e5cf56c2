package org.harmreductionworks.hub.exercise;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.harmreductionworks.hub.common.DelimitedList;
import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.common.TextFolding;
import org.harmreductionworks.hub.common.error.Conflict;
import org.harmreductionworks.hub.common.error.NotFound;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.error.StaleEdit;
import org.harmreductionworks.hub.common.paging.Page;
import org.harmreductionworks.hub.common.paging.PageParams;
import org.harmreductionworks.hub.common.security.CurrentUser;
import org.harmreductionworks.hub.exercise.ExerciseEnums.ContentNote;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Sort;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Status;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Suits;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Theme;
import org.harmreductionworks.hub.group.GroupService;
import org.harmreductionworks.hub.group.GroupService.GroupRef;

/**
 * The library: search, suggestions from groups, and stewards' curation. How often an exercise was used comes from
 * the meeting log's table, read here as plain SQL so that this feature depends on the log's data, not its code.
 */
@ApplicationScoped
public class ExerciseService {

    private static final int SHARED_NOTES = 20;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    GroupService groups;

    @Inject
    Clock clock;

    @Transactional
    public Page<ExerciseViews.Summary> search(ExerciseSearchCriteria criteria, PageParams paging) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where e.status = 'PUBLISHED'");
        if (criteria.kind != null) {
            where.append(" and e.kind = ?");
            parameters.add(criteria.kind.name());
        }
        if (criteria.theme != null) {
            where.append(" and e.themes like ?");
            parameters.add(DelimitedList.containing(criteria.theme));
        }
        if (criteria.maxMinutes != null) {
            where.append(" and e.suggested_minutes <= ?");
            parameters.add(criteria.maxMinutes);
        }
        if (criteria.meeting != null) {
            where.append(" and e.suits in (?, 'BOTH')");
            parameters.add(criteria.meeting == MeetingType.OPEN ? Suits.OPEN.name() : Suits.FOCUSED.name());
        }
        if (criteria.language != null) {
            where.append(" and e.language = ?");
            parameters.add(criteria.language.toLowerCase(Locale.ROOT));
        }
        for (String word : TextFolding.queryWords(criteria.q)) {
            // Word starts only: "grie" finds "grief", but "rie" does not.
            where.append(" and e.search_text like ?");
            parameters.add(TextFolding.wordStartPattern(word));
        }
        long total = ((Number) bind(em.createNativeQuery("select count(*) from exercise e" + where), parameters)
                .getSingleResult()).longValue();
        String order = switch (criteria.sort == null ? Sort.MOST_USED : criteria.sort) {
            case MOST_USED -> "coalesce(u.uses, 0) desc, lower(e.title), e.id";
            case NEWEST -> "e.published_at desc, e.id desc";
            case TITLE -> "lower(e.title), e.id";
        };
        Query ids = em.createNativeQuery("select e.id from exercise e left join (select exercise_id, count(*) as uses "
                + "from meeting_log group by exercise_id) u on u.exercise_id = e.id" + where + " order by " + order);
        List<Long> page = bind(ids, parameters).setFirstResult(paging.offset()).setMaxResults(paging.size)
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList();
        Map<Long, Exercise> byId = Exercise.<Exercise>list("id in ?1", page.isEmpty() ? List.of(-1L) : page).stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        return new Page<>(summaries(page.stream().map(byId::get).toList()), paging.page, paging.size, total);
    }

    @Transactional
    public ExerciseViews.Detail detail(String slug) {
        Exercise exercise = visible(slug);
        return detail(exercise);
    }

    @Transactional
    public ExerciseViews.Detail suggest(ExerciseRequests.Suggestion suggestion) {
        GroupRef group = groups.hostedGroup(suggestion.groupSlug(), ProblemText.GROUP_HOSTS_ONLY_SUGGEST);
        Exercise exercise = new Exercise();
        apply(exercise, suggestion.exercise());
        exercise.slug = uniqueSlug(ExerciseText.slugFor(exercise.title));
        exercise.status = Status.SUGGESTED;
        exercise.suggestedByGroupId = group.id();
        exercise.createdAt = now();
        exercise.updatedAt = exercise.createdAt;
        exercise.persist();
        return detail(exercise);
    }

    @Transactional
    public ExerciseViews.Detail update(String slug, ExerciseRequests.Update update) {
        user.requireSteward();
        Exercise exercise = find(slug);
        if (exercise.revision != update.revision()) {
            throw new StaleEdit(ProblemText.EXERCISE_STALE);
        }
        apply(exercise, update.exercise());
        exercise.updatedAt = now();
        em.flush();
        return detail(exercise);
    }

    @Transactional
    public Page<ExerciseViews.Summary> suggestions(PageParams paging) {
        user.requireSteward();
        var query = Exercise.<Exercise>find("status = ?1 order by createdAt, id", Status.SUGGESTED);
        long total = query.count();
        return new Page<>(summaries(query.page(paging.page, paging.size).list()), paging.page, paging.size, total);
    }

    /** How many suggested exercises wait for a steward to publish or decline them. */
    @Transactional
    public long suggestionCount() {
        return Exercise.count("status", Status.SUGGESTED);
    }

    @Transactional
    public ExerciseViews.Detail publish(String slug) {
        user.requireSteward();
        Exercise exercise = find(slug);
        if (exercise.status == Status.PUBLISHED) {
            throw new Conflict(ProblemText.EXERCISE_ALREADY_PUBLISHED);
        }
        exercise.status = Status.PUBLISHED;
        exercise.declineReason = null;
        exercise.publishedAt = now();
        exercise.updatedAt = exercise.publishedAt;
        em.flush();
        return detail(exercise);
    }

    @Transactional
    public ExerciseViews.Detail decline(String slug, String reason) {
        user.requireSteward();
        Exercise exercise = find(slug);
        if (exercise.status != Status.SUGGESTED) {
            throw new Conflict(ProblemText.EXERCISE_DECLINE_NOT_SUGGESTED,
                    ProblemText.valueOf("EXERCISE_STATUS_" + exercise.status.name()));
        }
        exercise.status = Status.DECLINED;
        exercise.declineReason = reason.strip();
        exercise.updatedAt = now();
        em.flush();
        return detail(exercise);
    }

    /** Aggregates over all logged uses; the notes are only those groups chose to share, shown as the group. */
    @Transactional
    public ExerciseViews.Usage usage(String slug) {
        Exercise exercise = visible(slug);
        Object[] totals = (Object[]) em.createNativeQuery("select count(*), count(distinct group_id), avg(rating * 1.0) "
                + "from meeting_log where exercise_id = ?").setParameter(1, exercise.id).getSingleResult();
        Double average = totals[2] == null ? null
                : new BigDecimal(totals[2].toString()).setScale(1, RoundingMode.HALF_UP).doubleValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select group_id, meeting_date, rating, note from meeting_log "
                + "where exercise_id = ? and share_note = true and note is not null "
                + "order by meeting_date desc, id desc").setParameter(1, exercise.id)
                .setMaxResults(SHARED_NOTES * 2).getResultList();
        Map<Long, GroupRef> names = groups.listedRefs(rows.stream().map(r -> ((Number) r[0]).longValue()).toList());
        List<ExerciseViews.SharedNote> notes = new ArrayList<>();
        for (Object[] row : rows) {
            GroupRef group = names.get(((Number) row[0]).longValue());
            if (group != null && notes.size() < SHARED_NOTES) {
                notes.add(new ExerciseViews.SharedNote(new ExerciseViews.GroupRef(group.slug(), group.name()),
                        localDate(row[1]), ((Number) row[2]).intValue(), (String) row[3]));
            }
        }
        return new ExerciseViews.Usage(((Number) totals[0]).longValue(), ((Number) totals[1]).longValue(), average,
                notes);
    }

    /** A published exercise, as the meeting log and plans refer to it; 400-worthy input when there is none. */
    @Transactional
    public ExerciseViews.Ref publishedRef(String slug) {
        Exercise exercise = Exercise.find("slug", slug).firstResult();
        if (exercise == null || exercise.status != Status.PUBLISHED) {
            return null;
        }
        return ref(exercise);
    }

    @Transactional
    public Map<Long, ExerciseViews.Ref> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ExerciseViews.Ref> refs = new HashMap<>();
        Exercise.<Exercise>list("id in ?1", List.copyOf(Set.copyOf(ids))).forEach(e -> refs.put(e.id, ref(e)));
        return refs;
    }

    /** Newest first, for the feed. */
    @Transactional
    public List<ExerciseViews.Detail> newestPublished(int limit) {
        return Exercise.<Exercise>find("status = ?1 order by publishedAt desc, id desc", Status.PUBLISHED)
                .page(0, limit).list().stream().map(this::detail).toList();
    }

    private Exercise visible(String slug) {
        Exercise exercise = Exercise.find("slug", slug).firstResult();
        if (exercise == null || (exercise.status != Status.PUBLISHED && !privileged(exercise))) {
            throw new NotFound(ProblemText.EXERCISE_UNKNOWN, slug);
        }
        return exercise;
    }

    /** Stewards, and the hosts of the group that suggested it. */
    private boolean privileged(Exercise exercise) {
        return user.isSteward()
                || (exercise.suggestedByGroupId != null && groups.signedInHosts(exercise.suggestedByGroupId));
    }

    private Exercise find(String slug) {
        Exercise exercise = Exercise.find("slug", slug).firstResult();
        if (exercise == null) {
            throw new NotFound(ProblemText.EXERCISE_UNKNOWN, slug);
        }
        return exercise;
    }

    private static void apply(Exercise exercise, ExerciseRequests.ExerciseInput in) {
        exercise.title = in.title().strip();
        exercise.kind = in.kind();
        exercise.themes = DelimitedList.of(EnumSet.copyOf(in.themes()));
        exercise.suggestedMinutes = in.suggestedMinutes();
        exercise.summary = in.summary().strip();
        exercise.howToRun = in.howToRun().strip();
        exercise.prompts = ExerciseText.joinPrompts(in.prompts());
        exercise.sourceTitle = in.source().title().strip();
        exercise.sourceCreator = in.source().creator().strip();
        exercise.sourcePublisher = blankToNull(in.source().publisher());
        exercise.sourceYear = in.source().year();
        exercise.sourceUrl = blankToNull(in.source().url());
        exercise.sourceFree = in.source().freeToAccess();
        exercise.contentNotes = in.contentNotes().isEmpty() ? "," : DelimitedList.of(EnumSet.copyOf(in.contentNotes()));
        exercise.suits = in.suits();
        exercise.language = in.language();
        exercise.searchText = ExerciseText.searchText(exercise.title, exercise.summary,
                ExerciseText.splitPrompts(exercise.prompts));
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; Exercise.count("slug", slug) > 0; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private Map<Long, Long> timesUsed(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Query query = em.createNativeQuery("select exercise_id, count(*) from meeting_log where exercise_id in ("
                + ids.stream().map(id -> "?").collect(Collectors.joining(",")) + ") group by exercise_id");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        Map<Long, Long> uses = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            uses.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return uses;
    }

    private List<ExerciseViews.Summary> summaries(List<Exercise> exercises) {
        Map<Long, Long> uses = timesUsed(exercises.stream().map(e -> e.id).toList());
        Map<Long, GroupRef> suggesters = groups.listedRefs(
                exercises.stream().map(e -> e.suggestedByGroupId).filter(Objects::nonNull).toList());
        return exercises.stream().map(e -> new ExerciseViews.Summary(e.slug, e.title, e.kind,
                DelimitedList.enums(e.themes, Theme.class), e.suggestedMinutes, e.summary,
                DelimitedList.enums(e.contentNotes, ContentNote.class), e.suits, e.language, source(e), e.status,
                uses.getOrDefault(e.id, 0L), e.publishedAt,
                e.suggestedByGroupId == null ? null : groupRef(suggesters.get(e.suggestedByGroupId))))
                .toList();
    }

    private static ExerciseViews.GroupRef groupRef(GroupRef group) {
        return group == null ? null : new ExerciseViews.GroupRef(group.slug(), group.name());
    }

    private ExerciseViews.Detail detail(Exercise e) {
        long uses = timesUsed(List.of(e.id)).getOrDefault(e.id, 0L);
        ExerciseViews.GroupRef suggestedBy = e.suggestedByGroupId == null ? null
                : groupRef(groups.listedRefs(List.of(e.suggestedByGroupId)).get(e.suggestedByGroupId));
        String declineReason = e.declineReason != null && privileged(e) ? e.declineReason : null;
        return new ExerciseViews.Detail(e.slug, e.title, e.kind, DelimitedList.enums(e.themes, Theme.class),
                e.suggestedMinutes, e.summary, DelimitedList.enums(e.contentNotes, ContentNote.class), e.suits,
                e.language, source(e), e.status, uses, e.publishedAt, e.howToRun, ExerciseText.splitPrompts(e.prompts),
                suggestedBy, declineReason, e.createdAt, e.updatedAt, e.revision);
    }

    private static ExerciseViews.Ref ref(Exercise e) {
        return new ExerciseViews.Ref(e.id, e.slug, e.title, e.kind, e.suggestedMinutes);
    }

    private static ExerciseViews.Source source(Exercise e) {
        return new ExerciseViews.Source(e.sourceTitle, e.sourceCreator, e.sourcePublisher, e.sourceYear, e.sourceUrl,
                e.sourceFree);
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
