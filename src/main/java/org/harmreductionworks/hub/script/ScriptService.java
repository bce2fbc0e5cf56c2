package org.harmreductionworks.hub.script;

import org.harmreductionworks.hub.common.MeetingType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.harmreductionworks.hub.common.change.ChangeNotices;
import org.harmreductionworks.hub.common.change.Topic;
import org.harmreductionworks.hub.common.error.Conflict;
import org.harmreductionworks.hub.common.error.InvalidInput;
import org.harmreductionworks.hub.common.error.NotFound;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.error.StaleEdit;
import org.harmreductionworks.hub.common.i18n.Text;
import org.harmreductionworks.hub.common.paging.Page;
import org.harmreductionworks.hub.common.paging.PageParams;
import org.harmreductionworks.hub.common.markdown.SafeMarkdown;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

import io.quarkus.panache.common.Sort;

/**
 * The script's versions: reading published ones, and the steward's cycle of draft, edit and publish. Published
 * versions are never changed.
 */
@ApplicationScoped
public class ScriptService {

    static final int MIN_MEETING_MINUTES = 60;
    static final int MAX_MEETING_MINUTES = 90;

    @Inject
    ChangeNotices changeNotices;

    /**
     * In SQL rather than HQL because it runs at start-up (PublishedScripts): the first HQL query of a JVM loads and
     * warms Hibernate's query parser, which took a tenth of the start-up; now the first request or the scheduled
     * refresh pays for it, after the app is ready.
     */
    @Transactional
    public OptionalInt latestPublishedNumber() {
        Number latest = (Number) ScriptVersion.getEntityManager()
                .createNativeQuery("select max(number) from script_version where status = :status")
                .setParameter("status", ScriptVersion.Status.PUBLISHED.name())
                .getSingleResult();
        return latest == null ? OptionalInt.empty() : OptionalInt.of(latest.intValue());
    }

    @Transactional
    public Optional<ScriptDocument> published(int number, ScriptLanguage language, MeetingType meeting) {
        return findPublished(number).map(version -> document(version, language, meeting));
    }

    @Transactional
    public Page<ScriptVersionSummary> versions(PageParams paging) {
        var query = ScriptVersion.find("status", Sort.descending("number"), ScriptVersion.Status.PUBLISHED);
        long total = query.count();
        List<ScriptVersion> page = query.page(paging.page, paging.size).list();
        return new Page<>(page.stream().map(ScriptService::summary).toList(), paging.page, paging.size, total);
    }

    @Transactional
    public ScriptVersionSummary version(int number) {
        return summary(findPublished(number).orElseThrow(() -> noSuchVersion(number)));
    }

    @Transactional
    public ScriptChanges changes(int to, int from, ScriptLanguage language) {
        ScriptVersion newer = findPublished(to).orElseThrow(() -> noSuchVersion(to));
        ScriptVersion older = findPublished(from).orElseThrow(() -> noSuchVersion(from));
        Map<String, ScriptSection> before = byKey(older.sectionsIn(language));
        Map<String, ScriptSection> after = byKey(newer.sectionsIn(language));
        List<ScriptChanges.SectionChange> changes = new ArrayList<>();
        for (ScriptSection section : after.values()) {
            ScriptSection previous = before.get(section.key);
            if (previous == null) {
                changes.add(new ScriptChanges.SectionChange(section.key, ScriptChanges.Change.ADDED, section.title,
                        List.of(), diff(section.key, "", section.body)));
                continue;
            }
            List<String> fields = changedFields(previous, section, before, after);
            if (!fields.isEmpty()) {
                String diff = fields.contains("body") ? diff(section.key, previous.body, section.body) : null;
                changes.add(new ScriptChanges.SectionChange(section.key, ScriptChanges.Change.CHANGED,
                        section.title, fields, diff));
            }
        }
        for (ScriptSection section : before.values()) {
            if (!after.containsKey(section.key)) {
                changes.add(new ScriptChanges.SectionChange(section.key, ScriptChanges.Change.REMOVED, section.title,
                        List.of(), diff(section.key, section.body, "")));
            }
        }
        return new ScriptChanges(from, to, language, changes);
    }

    // Drafts

    @Transactional
    public DraftView startDraft() {
        Optional<ScriptVersion> open = ScriptVersion.find("status", ScriptVersion.Status.DRAFT).firstResultOptional();
        if (open.isPresent()) {
            throw new Conflict(ProblemText.DRAFT_ALREADY_OPEN, open.get().id);
        }
        OffsetDateTime now = now();
        ScriptVersion draft = new ScriptVersion();
        draft.status = ScriptVersion.Status.DRAFT;
        draft.createdAt = now;
        draft.updatedAt = now;
        OptionalInt latest = latestPublishedNumber();
        if (latest.isPresent()) {
            ScriptVersion current = findPublished(latest.getAsInt()).orElseThrow();
            draft.basedOn = current.number;
            for (ScriptSection section : current.sections) {
                draft.sections.add(section.copyInto(draft));
            }
        }
        draft.persistAndFlush();
        return view(draft);
    }

    @Transactional
    public List<DraftView> openDrafts() {
        List<ScriptVersion> drafts = ScriptVersion.list("status", Sort.ascending("id"), ScriptVersion.Status.DRAFT);
        return drafts.stream().map(ScriptService::view).toList();
    }

    /** Drafts waiting to be finished and published (at most one is ever open). */
    @Transactional
    public long openDraftCount() {
        return ScriptVersion.count("status", ScriptVersion.Status.DRAFT);
    }

    @Transactional
    public DraftView draft(long id) {
        return view(findDraft(id));
    }

    @Transactional
    public ScriptDocument draftDocument(long id, ScriptLanguage language, MeetingType meeting) {
        return document(findDraft(id), language, meeting);
    }

    @Transactional
    public DraftView.DraftSection updateSection(long draftId, ScriptLanguage language, String key,
            SectionRequests.Update request) {
        ScriptVersion draft = findDraft(draftId);
        ScriptSection section = findSection(draft, language, key);
        if (section.revision != request.revision()) {
            throw new StaleEdit(ProblemText.SECTION_STALE, key);
        }
        requireNoHtml(request.body());
        section.title = request.title().strip();
        section.audience = request.audience();
        section.kind = request.kind();
        section.minutes = request.minutes();
        section.body = request.body();
        touch(draft);
        ScriptSection.getEntityManager().flush();
        return sectionView(section);
    }

    @Transactional
    public DraftView.DraftSection addSection(long draftId, ScriptLanguage language, SectionRequests.Create request) {
        ScriptVersion draft = findDraft(draftId);
        List<ScriptSection> sections = new ArrayList<>(draft.sectionsIn(language));
        if (sections.stream().anyMatch(s -> s.key.equals(request.key()))) {
            throw new Conflict(ProblemText.SECTION_EXISTS, request.key(), languageName(language));
        }
        requireNoHtml(request.body());
        int index = 0;
        if (request.afterKey() != null && !request.afterKey().isBlank()) {
            index = positionOf(sections, request.afterKey()) + 1;
        }
        ScriptSection section = new ScriptSection();
        section.scriptVersion = draft;
        section.language = language;
        section.key = request.key();
        section.title = request.title().strip();
        section.audience = request.audience();
        section.kind = request.kind();
        section.minutes = request.minutes();
        section.body = request.body();
        sections.add(index, section);
        renumber(sections);
        draft.sections.add(section);
        touch(draft);
        ScriptSection.getEntityManager().flush();
        return sectionView(section);
    }

    @Transactional
    public void deleteSection(long draftId, ScriptLanguage language, String key, long revision) {
        ScriptVersion draft = findDraft(draftId);
        ScriptSection section = findSection(draft, language, key);
        if (section.revision != revision) {
            throw new StaleEdit(ProblemText.SECTION_STALE, key);
        }
        // The others keep their positions: order is all that matters, and renumbering would make them look edited.
        draft.sections.remove(section);
        touch(draft);
    }

    /** Publishes the draft as the next version number; the returned version is what every meeting now reads. */
    @Transactional
    public ScriptVersionSummary publish(long draftId, SectionRequests.Publish request) {
        ScriptVersion draft = findDraft(draftId);
        if (draft.revision != request.revision()) {
            throw new StaleEdit(ProblemText.DRAFT_STALE);
        }
        OptionalInt latest = latestPublishedNumber();
        if (latest.isPresent() && !Objects.equals(draft.basedOn, latest.getAsInt())) {
            throw new Conflict(ProblemText.DRAFT_OUTDATED, latest.getAsInt(), draft.basedOn);
        }
        List<Text> problems = publishProblems(draft);
        if (!problems.isEmpty()) {
            throw new Conflict(ProblemText.DRAFT_NOT_PUBLISHABLE, problems);
        }
        draft.number = latest.orElse(0) + 1;
        draft.status = ScriptVersion.Status.PUBLISHED;
        draft.summary = request.summary().strip();
        draft.publishedAt = now();
        touch(draft);
        ScriptVersion.getEntityManager().flush();
        changeNotices.announce(Topic.SCRIPT);
        return summary(draft);
    }

    @Transactional
    public void discard(long draftId) {
        findDraft(draftId).delete();
    }

    // Helpers

    static ScriptDocument document(ScriptVersion version, ScriptLanguage language, MeetingType meeting) {
        List<ScriptSection> sections = version.sectionsIn(language);
        if (sections.isEmpty()) {
            throw version.isPublished()
                    ? new NotFound(ProblemText.SCRIPT_VERSION_NOT_IN_LANGUAGE, version.number, languageName(language))
                    : new NotFound(ProblemText.DRAFT_NO_LANGUAGE, languageName(language));
        }
        List<ScriptDocument.Section> included = sections.stream()
                .filter(s -> s.audience.readAt(meeting))
                .map(s -> new ScriptDocument.Section(s.key, s.title, s.audience, s.kind, s.minutes, s.body,
                        SafeMarkdown.toHtml(s.body)))
                .toList();
        return new ScriptDocument(version.number, version.isPublished() ? "published" : "draft", version.publishedAt,
                version.summary, language, meeting,
                new ScriptDocument.Minutes(minutes(sections, MeetingType.OPEN), minutes(sections, MeetingType.FOCUSED)),
                included);
    }

    private static int minutes(List<ScriptSection> sections, MeetingType meeting) {
        return sections.stream().filter(s -> s.audience.readAt(meeting)).mapToInt(s -> s.minutes).sum();
    }

    private static List<Text> publishProblems(ScriptVersion draft) {
        List<Text> problems = new ArrayList<>();
        Set<String> reference = null;
        for (ScriptLanguage language : ScriptLanguage.values()) {
            List<ScriptSection> sections = draft.sectionsIn(language);
            if (sections.isEmpty()) {
                continue;
            }
            Set<String> keys = sections.stream().map(s -> s.key).collect(Collectors.toCollection(TreeSet::new));
            if (reference == null) {
                reference = keys;
            } else if (!reference.equals(keys)) {
                problems.add(ProblemText.DRAFT_SECTIONS_DIFFER.with(languageName(language)));
            }
            for (MeetingType meeting : MeetingType.values()) {
                int total = minutes(sections, meeting);
                if (total < MIN_MEETING_MINUTES || total > MAX_MEETING_MINUTES) {
                    problems.add(ProblemText.DRAFT_MINUTES.with(ProblemText.valueOf("MEETING_" + meeting.name()),
                            languageName(language), total, MIN_MEETING_MINUTES, MAX_MEETING_MINUTES));
                }
            }
        }
        if (reference == null) {
            problems.add(ProblemText.DRAFT_EMPTY.with());
        }
        return problems;
    }

    private static List<String> changedFields(ScriptSection before, ScriptSection after,
            Map<String, ScriptSection> allBefore, Map<String, ScriptSection> allAfter) {
        List<String> fields = new ArrayList<>();
        if (!before.title.equals(after.title)) {
            fields.add("title");
        }
        if (before.audience != after.audience) {
            fields.add("audience");
        }
        if (before.kind != after.kind) {
            fields.add("kind");
        }
        if (before.minutes != after.minutes) {
            fields.add("minutes");
        }
        if (!before.body.equals(after.body)) {
            fields.add("body");
        }
        if (relativeOrder(allBefore, allAfter, before.key) != relativeOrder(allAfter, allBefore, after.key)) {
            fields.add("position");
        }
        return fields;
    }

    /** Where a section stands among the sections both versions share, so an insertion elsewhere is no move. */
    private static int relativeOrder(Map<String, ScriptSection> sections, Map<String, ScriptSection> other,
            String key) {
        return sections.keySet().stream().filter(other::containsKey).toList().indexOf(key);
    }

    private static String diff(String key, String before, String after) {
        List<String> original = before.isEmpty() ? List.of() : Arrays.asList(before.split("\n", -1));
        List<String> revised = after.isEmpty() ? List.of() : Arrays.asList(after.split("\n", -1));
        var patch = DiffUtils.diff(original, revised);
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(key, key, original, patch, 2));
    }

    private static Map<String, ScriptSection> byKey(List<ScriptSection> sections) {
        Map<String, ScriptSection> map = new LinkedHashMap<>();
        sections.forEach(s -> map.put(s.key, s));
        return map;
    }

    private static Optional<ScriptVersion> findPublished(int number) {
        return ScriptVersion.find("number = ?1 and status = ?2", number, ScriptVersion.Status.PUBLISHED)
                .firstResultOptional();
    }

    private static ScriptVersion findDraft(long id) {
        ScriptVersion version = ScriptVersion.findById(id);
        if (version == null) {
            throw new NotFound(ProblemText.DRAFT_UNKNOWN, id);
        }
        if (version.isPublished()) {
            throw new Conflict(ProblemText.DRAFT_PUBLISHED, id, version.number);
        }
        return version;
    }

    private static ScriptSection findSection(ScriptVersion draft, ScriptLanguage language, String key) {
        return draft.sectionsIn(language).stream().filter(s -> s.key.equals(key)).findFirst()
                .orElseThrow(() -> new NotFound(ProblemText.SECTION_UNKNOWN, key, languageName(language)));
    }

    private static int positionOf(List<ScriptSection> sections, String key) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).key.equals(key)) {
                return i;
            }
        }
        throw new NotFound(ProblemText.SECTION_UNKNOWN_TO_FOLLOW, key);
    }

    private static void renumber(List<ScriptSection> sections) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).position != i) {
                sections.get(i).position = i;
            }
        }
    }

    private static void requireNoHtml(String body) {
        if (SafeMarkdown.containsHtml(body)) {
            throw new InvalidInput("body", ProblemText.SECTION_RAW_HTML);
        }
    }

    private static void touch(ScriptVersion version) {
        version.updatedAt = now();
        // Any edit to a section changes the draft's revision too, so a publish always sees the latest content.
        ScriptVersion.getEntityManager().lock(version, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    private static NotFound noSuchVersion(int number) {
        return new NotFound(ProblemText.SCRIPT_VERSION_UNKNOWN, number);
    }

    private static ScriptVersionSummary summary(ScriptVersion version) {
        List<ScriptLanguage> languages = version.sections.stream().map(s -> s.language).distinct().sorted().toList();
        return new ScriptVersionSummary(version.number, version.publishedAt, version.summary, languages);
    }

    private static DraftView view(ScriptVersion draft) {
        Map<String, List<DraftView.DraftSection>> sections = new LinkedHashMap<>();
        for (ScriptLanguage language : ScriptLanguage.values()) {
            List<ScriptSection> inLanguage = draft.sectionsIn(language);
            if (!inLanguage.isEmpty()) {
                sections.put(language.code(), inLanguage.stream().map(ScriptService::sectionView).toList());
            }
        }
        return new DraftView(draft.id, draft.basedOn, draft.revision, draft.createdAt, draft.updatedAt, sections,
                oneLanguageChanges(draft));
    }

    /**
     * Sections that every language has, in the draft and in the version it started from, and that were edited in
     * some languages only. Sections added or removed in one language are not here: publishing refuses those.
     */
    static List<DraftView.OneLanguageChange> oneLanguageChanges(ScriptVersion draft) {
        if (draft.basedOn == null) {
            return List.of();
        }
        ScriptVersion base = findPublished(draft.basedOn).orElse(null);
        if (base == null) {
            return List.of();
        }
        Map<ScriptLanguage, Map<String, ScriptSection>> before = new LinkedHashMap<>();
        Map<ScriptLanguage, Map<String, ScriptSection>> after = new LinkedHashMap<>();
        for (ScriptLanguage language : ScriptLanguage.values()) {
            before.put(language, byKey(base.sectionsIn(language)));
            after.put(language, byKey(draft.sectionsIn(language)));
        }
        List<DraftView.OneLanguageChange> changes = new ArrayList<>();
        for (String key : after.get(ScriptLanguage.values()[0]).keySet()) {
            List<ScriptLanguage> changed = new ArrayList<>();
            List<ScriptLanguage> unchanged = new ArrayList<>();
            String title = null;
            for (ScriptLanguage language : ScriptLanguage.values()) {
                ScriptSection was = before.get(language).get(key);
                ScriptSection is = after.get(language).get(key);
                if (was == null || is == null) {
                    changed.clear();
                    break;
                }
                if (sameContent(was, is)) {
                    unchanged.add(language);
                } else {
                    changed.add(language);
                    title = title == null ? is.title : title;
                }
            }
            if (!changed.isEmpty() && !unchanged.isEmpty()) {
                changes.add(new DraftView.OneLanguageChange(key, title, changed, unchanged));
            }
        }
        return changes;
    }

    /** Position is left out: order is shared by the languages only through their keys, and a move is no text. */
    private static boolean sameContent(ScriptSection a, ScriptSection b) {
        return a.title.equals(b.title) && a.audience == b.audience && a.kind == b.kind && a.minutes == b.minutes
                && a.body.equals(b.body);
    }

    private static DraftView.DraftSection sectionView(ScriptSection s) {
        return new DraftView.DraftSection(s.key, s.title, s.audience, s.kind, s.minutes, s.body, s.revision);
    }

    /** The script language's name, written in the reader's language ("Spanish", "español"). */
    private static ProblemText languageName(ScriptLanguage language) {
        return ProblemText.valueOf("LANGUAGE_" + language.name());
    }
}
