package org.harmreductionworks.hub.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.harmreductionworks.hub.common.DelimitedList;
import org.harmreductionworks.hub.common.TextFolding;
import org.harmreductionworks.hub.common.config.HubConfig;
import org.harmreductionworks.hub.common.error.Conflict;
import org.harmreductionworks.hub.common.error.Forbidden;
import org.harmreductionworks.hub.common.error.InvalidInput;
import org.harmreductionworks.hub.common.error.NotFound;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.error.StaleEdit;
import org.harmreductionworks.hub.common.markdown.SafeMarkdown;
import org.harmreductionworks.hub.common.paging.Page;
import org.harmreductionworks.hub.common.paging.PageParams;
import org.harmreductionworks.hub.common.ratelimit.RateLimiter;
import org.harmreductionworks.hub.common.security.CurrentUser;
import org.harmreductionworks.hub.exercise.ExerciseService;
import org.harmreductionworks.hub.exercise.ExerciseViews;
import org.harmreductionworks.hub.group.GroupService;
import org.harmreductionworks.hub.group.GroupService.GroupRef;
import org.harmreductionworks.hub.learning.LearningEnums.Kind;
import org.harmreductionworks.hub.learning.LearningEnums.Sort;
import org.harmreductionworks.hub.learning.LearningEnums.Status;
import org.harmreductionworks.hub.learning.LearningEnums.Visibility;

/**
 * Posts, replies and "this helped us". Everything is written on behalf of a group the person hosts (or, for answers
 * to questions addressed to HRH413, as its stewards) and shown as that group, never as the person.
 */
@ApplicationScoped
public class LearningService {

    private static final int EXCERPT = 240;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    GroupService groups;

    @Inject
    ExerciseService exercises;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    HubConfig config;

    @Inject
    Clock clock;

    Viewer viewer() {
        return new Viewer(user.isSignedIn(), user.isSignedIn() && user.isSteward(), groups.listedHostedBySignedIn());
    }

    @Transactional
    public Page<LearningViews.Summary> search(LearningSearchCriteria criteria, PageParams paging) {
        Viewer viewer = viewer();
        StringBuilder where = new StringBuilder(" where p.status = :visible");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("visible", Status.VISIBLE);
        if (!viewer.seesNetwork()) {
            where.append(" and p.visibility = :public");
            parameters.put("public", Visibility.PUBLIC);
        }
        if (criteria.kind != null) {
            where.append(" and p.kind = :kind");
            parameters.put("kind", criteria.kind);
        }
        if (criteria.topic != null) {
            where.append(" and p.topics like :topic");
            parameters.put("topic", DelimitedList.containing(criteria.topic));
        }
        if (criteria.exercise != null) {
            ExerciseViews.Ref exercise = exercises.publishedRef(criteria.exercise);
            where.append(" and p.exerciseId = :exercise");
            parameters.put("exercise", exercise == null ? -1L : exercise.id());
        }
        if (criteria.group != null) {
            where.append(" and p.groupId = :group");
            parameters.put("group", groups.listedRefBySlug(criteria.group).map(GroupRef::id).orElse(-1L));
        }
        if (Boolean.TRUE.equals(criteria.unanswered)) {
            where.append(" and p.kind = :question and p.helpfulReplyId is null and p.stewardsAnswered = false");
            parameters.put("question", Kind.QUESTION);
        }
        int i = 0;
        for (String word : TextFolding.queryWords(criteria.q)) {
            where.append(" and p.searchText like :w").append(i);
            parameters.put("w" + i++, TextFolding.wordStartPattern(word));
        }
        String order = criteria.sort == Sort.MOST_HELPFUL ? " order by p.helpedCount desc, p.createdAt desc, p.id desc"
                : " order by p.createdAt desc, p.id desc";
        TypedQuery<Long> count = em.createQuery("select count(p) from LearningPost p" + where, Long.class);
        TypedQuery<LearningPost> page = em.createQuery("select p from LearningPost p" + where + order,
                LearningPost.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        List<LearningPost> posts = page.setFirstResult(paging.offset()).setMaxResults(paging.size).getResultList();
        return new Page<>(summaries(posts), paging.page, paging.size, count.getSingleResult());
    }

    @Transactional
    public LearningViews.Detail detail(long id) {
        Viewer viewer = viewer();
        return detail(visible(id, viewer), viewer);
    }

    @Transactional
    public LearningViews.Detail post(LearningRequests.NewPost request) {
        Viewer viewer = viewer();
        GroupRef group = postingGroup(request.groupSlug(), viewer, ProblemText.GROUP_HOSTS_ONLY_SHARE);
        LearningPost post = new LearningPost();
        apply(post, request.post());
        rateLimiter.acquire(new RateLimiter.Limit("learning-post", config.limits().learningPostsPerHour(),
                Duration.ofHours(1)), user.subject(), ProblemText.LEARNING_POST_LIMIT);
        post.groupId = group.id();
        post.status = Status.VISIBLE;
        post.createdAt = now();
        post.updatedAt = post.createdAt;
        post.persist();
        return detail(post, viewer);
    }

    @Transactional
    public LearningViews.Detail update(long id, LearningRequests.PostUpdate update) {
        Viewer viewer = viewer();
        LearningPost post = editable(id, viewer);
        if (post.revision != update.revision()) {
            throw new StaleEdit(ProblemText.POST_STALE);
        }
        apply(post, update.post());
        post.editedAt = now();
        post.updatedAt = post.editedAt;
        em.flush();
        return detail(post, viewer);
    }

    /** Gone for everyone but stewards, who can still read what was said. */
    @Transactional
    public void delete(long id) {
        LearningPost post = editable(id, viewer());
        post.status = Status.DELETED;
        post.updatedAt = now();
    }

    @Transactional
    public LearningViews.Reply reply(long id, LearningRequests.NewReply request) {
        Viewer viewer = viewer();
        LearningPost post = visible(id, viewer);
        if (post.status != Status.VISIBLE) {
            throw new Conflict(ProblemText.POST_CLOSED);
        }
        LearningReply reply = new LearningReply();
        reply.postId = post.id;
        if (request.asStewards()) {
            if (!viewer.steward()) {
                throw new Forbidden(ProblemText.ANSWER_AS_HRH413_STEWARDS_ONLY);
            }
            reply.fromStewards = true;
            if (post.askStewards) {
                post.stewardsAnswered = true;
            }
        } else {
            if (request.groupSlug() == null || request.groupSlug().isBlank()) {
                throw new InvalidInput("groupSlug", ProblemText.REPLY_GROUP_NEEDED);
            }
            reply.groupId = postingGroup(request.groupSlug(), viewer, ProblemText.GROUP_HOSTS_ONLY_REPLY)
                    .id();
        }
        rateLimiter.acquire(new RateLimiter.Limit("learning-reply", config.limits().learningRepliesPerHour(),
                Duration.ofHours(1)), user.subject(), ProblemText.LEARNING_REPLY_LIMIT);
        reply.body = request.body().strip();
        reply.status = Status.VISIBLE;
        reply.createdAt = now();
        reply.updatedAt = reply.createdAt;
        reply.persist();
        post.replyCount++;
        post.updatedAt = reply.createdAt;
        return reply(reply, post, viewer);
    }

    @Transactional
    public LearningViews.Reply updateReply(long id, long replyId, LearningRequests.ReplyUpdate update) {
        Viewer viewer = viewer();
        LearningPost post = visible(id, viewer);
        LearningReply reply = editableReply(post, replyId, viewer);
        if (reply.revision != update.revision()) {
            throw new StaleEdit(ProblemText.REPLY_STALE);
        }
        reply.body = update.body().strip();
        reply.editedAt = now();
        reply.updatedAt = reply.editedAt;
        em.flush();
        return reply(reply, post, viewer);
    }

    @Transactional
    public void deleteReply(long id, long replyId) {
        Viewer viewer = viewer();
        LearningPost post = visible(id, viewer);
        LearningReply reply = editableReply(post, replyId, viewer);
        if (reply.status == Status.VISIBLE) {
            post.replyCount--;
        }
        reply.status = Status.DELETED;
        reply.updatedAt = now();
        if (Objects.equals(post.helpfulReplyId, reply.id)) {
            post.helpfulReplyId = null;
        }
        if (reply.fromStewards) {
            post.stewardsAnswered = LearningReply.count("postId = ?1 and fromStewards = true and status = ?2 and id <> ?3",
                    post.id, Status.VISIBLE, reply.id) > 0;
        }
    }

    @Transactional
    public LearningViews.HelpedCount markHelped(long id, String groupSlug) {
        Viewer viewer = viewer();
        LearningPost post = visible(id, viewer);
        GroupRef group = postingGroup(groupSlug, viewer, ProblemText.GROUP_HOSTS_ONLY_SPEAK);
        if (post.groupId == group.id()) {
            throw new Conflict(ProblemText.HELPED_OWN_POST);
        }
        LearningHelped.Key key = new LearningHelped.Key(post.id, group.id());
        if (LearningHelped.findById(key) == null) {
            LearningHelped helped = new LearningHelped();
            helped.key = key;
            helped.createdAt = now();
            helped.persist();
            post.helpedCount++;
        }
        return new LearningViews.HelpedCount(post.helpedCount);
    }

    @Transactional
    public LearningViews.HelpedCount unmarkHelped(long id, String groupSlug) {
        Viewer viewer = viewer();
        LearningPost post = visible(id, viewer);
        GroupRef group = postingGroup(groupSlug, viewer, ProblemText.GROUP_HOSTS_ONLY_SPEAK);
        if (LearningHelped.deleteById(new LearningHelped.Key(post.id, group.id()))) {
            post.helpedCount--;
        }
        return new LearningViews.HelpedCount(post.helpedCount);
    }

    @Transactional
    public LearningViews.Detail markHelpfulReply(long id, Long replyId) {
        Viewer viewer = viewer();
        LearningPost post = visible(id, viewer);
        if (!viewer.hosts(post.groupId)) {
            throw new Forbidden(ProblemText.HELPFUL_REPLY_ASKERS_ONLY);
        }
        if (post.kind != Kind.QUESTION) {
            throw new Conflict(ProblemText.HELPFUL_REPLY_QUESTIONS_ONLY);
        }
        if (replyId != null) {
            LearningReply reply = LearningReply.findById(replyId);
            if (reply == null || reply.postId != post.id || reply.status != Status.VISIBLE) {
                throw new InvalidInput("replyId", ProblemText.REPLY_NOT_TO_QUESTION);
            }
        }
        post.helpfulReplyId = replyId;
        post.updatedAt = now();
        return detail(post, viewer);
    }

    public LearningViews.Preview preview(String body) {
        return new LearningViews.Preview(SafeMarkdown.toPostHtml(body));
    }

    /** Public, visible posts, newest first: the feed. Summaries are all it shows, so no bodies are rendered. */
    @Transactional
    public List<LearningViews.Summary> newestPublic(int limit) {
        return summaries(LearningPost.<LearningPost>find(
                "status = ?1 and visibility = ?2 order by createdAt desc, id desc", Status.VISIBLE, Visibility.PUBLIC)
                .page(0, limit).list());
    }

    /** The post, if this viewer may see it at all; 404 otherwise, so that a network-only post is not revealed. */
    LearningPost visible(long id, Viewer viewer) {
        LearningPost post = LearningPost.findById(id);
        if (post == null || !canSee(post, viewer)) {
            throw new NotFound(ProblemText.POST_UNKNOWN_OR_PRIVATE, id);
        }
        return post;
    }

    static boolean canSee(LearningPost post, Viewer viewer) {
        if (viewer.steward()) {
            return true;
        }
        boolean audience = post.visibility == Visibility.PUBLIC || viewer.seesNetwork();
        return switch (post.status) {
            case VISIBLE -> audience;
            case HIDDEN -> audience && viewer.hosts(post.groupId);
            case DELETED -> false;
        };
    }

    static boolean canSee(LearningReply reply, Viewer viewer) {
        return switch (reply.status) {
            case VISIBLE -> true;
            case HIDDEN -> viewer.steward() || viewer.hosts(reply.groupId);
            case DELETED -> viewer.steward();
        };
    }

    private LearningPost editable(long id, Viewer viewer) {
        LearningPost post = visible(id, viewer);
        if (!viewer.hosts(post.groupId)) {
            throw new Forbidden(ProblemText.POST_OWNERS_ONLY);
        }
        if (post.status == Status.DELETED) {
            throw new Conflict(ProblemText.POST_DELETED);
        }
        return post;
    }

    private static LearningReply editableReply(LearningPost post, long replyId, Viewer viewer) {
        LearningReply reply = LearningReply.findById(replyId);
        if (reply == null || reply.postId != post.id || !canSee(reply, viewer)) {
            throw new NotFound(ProblemText.POST_NO_REPLY, replyId);
        }
        if (!canEdit(reply, viewer)) {
            throw new Forbidden(ProblemText.REPLY_OWNERS_ONLY);
        }
        if (reply.status == Status.DELETED) {
            throw new Conflict(ProblemText.REPLY_DELETED);
        }
        return reply;
    }

    private static boolean canEdit(LearningReply reply, Viewer viewer) {
        return reply.status != Status.DELETED && (reply.fromStewards ? viewer.steward() : viewer.hosts(reply.groupId));
    }

    /**
     * A group the person hosts and that is listed: 401 when signed out, 403 for someone else's group, 409 for a
     * group still waiting for approval.
     */
    private GroupRef postingGroup(String slug, Viewer viewer, ProblemText refusal) {
        GroupRef listed = viewer.hosted(slug);
        if (listed != null) {
            return listed;
        }
        groups.hostedGroup(slug, refusal);
        throw new Conflict(ProblemText.GROUP_NOT_APPROVED);
    }

    private void apply(LearningPost post, LearningRequests.PostInput in) {
        if (in.askStewards() && in.kind() != Kind.QUESTION) {
            throw new InvalidInput("post.askStewards", ProblemText.ASK_STEWARDS_QUESTIONS_ONLY);
        }
        Long exerciseId = null;
        if (in.exerciseSlug() != null && !in.exerciseSlug().isBlank()) {
            ExerciseViews.Ref exercise = exercises.publishedRef(in.exerciseSlug().strip());
            if (exercise == null) {
                throw new InvalidInput("post.exerciseSlug", ProblemText.EXERCISE_NOT_PUBLISHED);
            }
            exerciseId = exercise.id();
        }
        Set<String> topics = new LinkedHashSet<>(in.topics());
        post.kind = in.kind();
        post.title = in.title().strip();
        post.body = in.body().strip();
        post.topics = DelimitedList.of(topics);
        post.exerciseId = exerciseId;
        post.visibility = in.visibility();
        post.askStewards = in.askStewards();
        post.searchText = searchText(post.title, post.body, topics);
    }

    List<LearningViews.Summary> summaries(List<LearningPost> posts) {
        Map<Long, GroupRef> names = groups.listedRefs(posts.stream().map(p -> p.groupId).toList());
        Map<Long, ExerciseViews.Ref> linked = exercises.refs(
                posts.stream().map(p -> p.exerciseId).filter(Objects::nonNull).toList());
        return posts.stream().map(p -> new LearningViews.Summary(p.id, p.kind, p.title, excerpt(p.body),
                List.copyOf(DelimitedList.strings(p.topics)), exerciseLink(p.exerciseId == null ? null : linked.get(p.exerciseId)), p.visibility,
                groupRef(names.get(p.groupId)), p.askStewards, p.answered(), p.replyCount, p.helpedCount, p.status,
                p.createdAt, p.editedAt)).toList();
    }

    LearningViews.Detail detail(LearningPost p, Viewer viewer) {
        List<LearningReply> all = LearningReply.list("postId = ?1 order by createdAt, id", p.id);
        List<LearningReply> shown = all.stream().filter(r -> canSee(r, viewer)).toList();
        Map<Long, GroupRef> names = groups.listedRefs(Stream.concat(Stream.of(p.groupId),
                shown.stream().map(r -> r.groupId).filter(Objects::nonNull)).toList());
        ExerciseViews.Ref exercise = p.exerciseId == null ? null
                : exercises.refs(List.of(p.exerciseId)).get(p.exerciseId);
        List<LearningViews.Reply> replies = shown.stream().map(r -> reply(r, p, viewer, names)).toList();
        List<String> helpedBy = helpedBy(p, viewer);
        boolean hosts = viewer.hosts(p.groupId);
        return new LearningViews.Detail(p.id, p.kind, p.title, excerpt(p.body),
                List.copyOf(DelimitedList.strings(p.topics)), exerciseLink(exercise), p.visibility,
                groupRef(names.get(p.groupId)), p.askStewards, p.answered(), p.replyCount, p.helpedCount, p.status,
                p.createdAt, p.editedAt, SafeMarkdown.toPostHtml(p.body), p.body, replies,
                hosts && p.status != Status.DELETED, hosts && p.kind == Kind.QUESTION, helpedBy,
                hosts || viewer.steward() ? p.hiddenReason : null, moderation(p, viewer), p.revision);
    }

    /** The viewer's groups that said this post helped them: one query, however many groups a host has. */
    private static List<String> helpedBy(LearningPost post, Viewer viewer) {
        if (viewer.hosted().isEmpty()) {
            return List.of();
        }
        Set<Long> helped = LearningHelped.<LearningHelped>list("key.postId = ?1 and key.groupId in ?2", post.id,
                viewer.hosted().stream().map(GroupRef::id).toList()).stream().map(h -> h.key.groupId())
                .collect(Collectors.toSet());
        return viewer.hosted().stream().filter(g -> helped.contains(g.id())).map(GroupRef::slug).toList();
    }

    private static List<LearningViews.ModerationRecord> moderation(LearningPost post, Viewer viewer) {
        if (!viewer.steward()) {
            return List.of();
        }
        return LearningModeration.<LearningModeration>list("postId = ?1 order by createdAt, id", post.id).stream()
                .map(m -> new LearningViews.ModerationRecord(m.action, m.replyId, m.reason, m.createdAt)).toList();
    }

    private LearningViews.Reply reply(LearningReply r, LearningPost post, Viewer viewer) {
        return reply(r, post, viewer, r.groupId == null ? Map.of() : groups.listedRefs(List.of(r.groupId)));
    }

    private static LearningViews.Reply reply(LearningReply r, LearningPost post, Viewer viewer,
            Map<Long, GroupRef> names) {
        boolean privileged = viewer.steward() || viewer.hosts(r.groupId);
        return new LearningViews.Reply(r.id, r.groupId == null ? null : groupRef(names.get(r.groupId)),
                r.fromStewards, SafeMarkdown.toPostHtml(r.body), r.body, Objects.equals(post.helpfulReplyId, r.id),
                r.status, privileged ? r.hiddenReason : null, r.createdAt, r.editedAt, canEdit(r, viewer), r.revision);
    }

    /** What the word search reads: the title, the body as plain text, and the topics. */
    static String searchText(String title, String markdownBody, Collection<String> topics) {
        return TextFolding.searchLine(title, SafeMarkdown.toPlainText(markdownBody), String.join(" ", topics));
    }

    static String excerpt(String markdown) {
        String text = SafeMarkdown.toPlainText(markdown).replaceAll("\\s+", " ").strip();
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1).strip() + "…";
    }

    private static LearningViews.ExerciseLink exerciseLink(ExerciseViews.Ref exercise) {
        return exercise == null ? null : new LearningViews.ExerciseLink(exercise.slug(), exercise.title());
    }

    static ExerciseViews.GroupRef groupRef(GroupRef group) {
        return group == null ? null : new ExerciseViews.GroupRef(group.slug(), group.name());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
