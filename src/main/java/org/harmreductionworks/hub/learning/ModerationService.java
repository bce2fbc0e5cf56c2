package org.harmreductionworks.hub.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.harmreductionworks.hub.common.markdown.SafeMarkdown;
import org.harmreductionworks.hub.common.Sha256;
import org.harmreductionworks.hub.common.config.HubConfig;
import org.harmreductionworks.hub.common.error.Conflict;
import org.harmreductionworks.hub.common.error.NotFound;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.paging.Page;
import org.harmreductionworks.hub.common.paging.PageParams;
import org.harmreductionworks.hub.common.ratelimit.RateLimiter;
import org.harmreductionworks.hub.common.security.CurrentUser;
import org.harmreductionworks.hub.group.GroupService;
import org.harmreductionworks.hub.group.GroupService.GroupRef;
import org.harmreductionworks.hub.learning.LearningEnums.Status;

/**
 * Care for what is shared: anyone signed in can flag a post or reply; flags from three different groups hide it
 * until a steward reviews it; stewards hide or restore with a reason, and answer questions addressed to HRH413.
 */
@ApplicationScoped
public class ModerationService {

    static final int GROUPS_TO_HIDE = 3;
    static final String HIDDEN_BY_FLAGS = "Hidden after three groups flagged it, until a steward reviews it.";

    @Inject
    LearningService learnings;

    @Inject
    GroupService groups;

    @Inject
    CurrentUser user;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    HubConfig config;

    @Inject
    Clock clock;

    @Transactional
    public void flag(long postId, Long replyId, String reason) {
        Viewer viewer = learnings.viewer();
        LearningPost post = learnings.visible(postId, viewer);
        LearningReply reply = replyId == null ? null : reply(post, replyId, viewer);
        String flagger = Sha256.hex("learning-flag:" + user.subject());
        boolean already = LearningFlag.count("postId = ?1 and " + (reply == null ? "replyId is null" : "replyId = ?3")
                + " and flaggerKey = ?2 and reviewed = false", replyArguments(post.id, flagger, replyId)) > 0;
        if (already) {
            return;
        }
        rateLimiter.acquire(new RateLimiter.Limit("learning-flag", config.limits().learningFlagsPerHour(),
                Duration.ofHours(1)), user.subject(), ProblemText.LEARNING_FLAG_LIMIT);
        LearningFlag flag = new LearningFlag();
        flag.postId = post.id;
        flag.replyId = replyId;
        flag.flaggerKey = flagger;
        flag.groupId = viewer.hosted().isEmpty() ? null : viewer.hosted().get(0).id();
        flag.reason = reason.strip();
        flag.createdAt = OffsetDateTime.now(clock);
        flag.persist();
        if (flaggingGroups(post.id, replyId) >= GROUPS_TO_HIDE) {
            if (reply == null && post.status == Status.VISIBLE) {
                post.status = Status.HIDDEN;
                post.hiddenReason = HIDDEN_BY_FLAGS;
            } else if (reply != null && reply.status == Status.VISIBLE) {
                reply.status = Status.HIDDEN;
                reply.hiddenReason = HIDDEN_BY_FLAGS;
                post.replyCount--;
            }
        }
    }

    /** Flagged or hidden posts and replies, most flagged first. Reasons are shown, flaggers never. */
    @Transactional
    public Page<LearningViews.ModerationItem> queue(PageParams paging) {
        Map<String, LearningViews.ModerationItem> items = new LinkedHashMap<>();
        List<LearningFlag> open = LearningFlag.list("reviewed = false order by createdAt");
        for (LearningFlag flag : open) {
            String key = flag.postId + ":" + flag.replyId;
            if (!items.containsKey(key)) {
                items.put(key, item(flag.postId, flag.replyId, open));
            }
        }
        for (LearningPost post : LearningPost.<LearningPost>list("status = ?1", Status.HIDDEN)) {
            items.computeIfAbsent(post.id + ":null", k -> item(post.id, null, open));
        }
        for (LearningReply reply : LearningReply.<LearningReply>list("status = ?1", Status.HIDDEN)) {
            items.computeIfAbsent(reply.postId + ":" + reply.id, k -> item(reply.postId, reply.id, open));
        }
        List<LearningViews.ModerationItem> sorted = new ArrayList<>(items.values());
        sorted.sort(Comparator.comparingLong(LearningViews.ModerationItem::flaggingGroups).reversed()
                .thenComparing(i -> -i.flags().size()));
        int from = Math.min(paging.offset(), sorted.size());
        return new Page<>(sorted.subList(from, Math.min(from + paging.size, sorted.size())), paging.page, paging.size,
                sorted.size());
    }

    /**
     * Posts and replies with flags no steward has looked at yet: what waits for a decision. Hidden items with no
     * open flag stay in {@link #queue} so they can be restored, but nothing about them is waiting.
     */
    @Transactional
    public long flaggedCount() {
        var em = LearningFlag.getEntityManager();
        long posts = em.createQuery("select count(distinct f.postId) from LearningFlag f "
                + "where f.reviewed = false and f.replyId is null", Long.class).getSingleResult();
        long replies = em.createQuery("select count(distinct f.replyId) from LearningFlag f "
                + "where f.reviewed = false and f.replyId is not null", Long.class).getSingleResult();
        return posts + replies;
    }

    /** How many questions to HRH413 wait for a steward's answer; the same ones {@link #stewardQuestions} lists. */
    @Transactional
    public long unansweredQuestionCount() {
        return LearningPost.count("askStewards = true and stewardsAnswered = false and status = ?1", Status.VISIBLE);
    }

    /** Questions addressed to HRH413 that no steward has answered, oldest first. */
    @Transactional
    public Page<LearningViews.Summary> stewardQuestions(PageParams paging) {
        var query = LearningPost.<LearningPost>find("askStewards = true and stewardsAnswered = false and status = ?1 "
                + "order by createdAt, id", Status.VISIBLE);
        long total = query.count();
        List<LearningPost> posts = query.page(paging.page, paging.size).list();
        return new Page<>(learnings.summaries(posts), paging.page, paging.size, total);
    }

    @Transactional
    public void hide(long postId, Long replyId, String reason) {
        setStatus(postId, replyId, Status.HIDDEN, reason.strip());
        record(postId, replyId, LearningModeration.Action.HIDE, reason);
    }

    @Transactional
    public void restore(long postId, Long replyId, String reason) {
        setStatus(postId, replyId, Status.VISIBLE, null);
        record(postId, replyId, LearningModeration.Action.RESTORE, reason);
    }

    private void record(long postId, Long replyId, LearningModeration.Action action, String reason) {
        LearningModeration decision = new LearningModeration();
        decision.postId = postId;
        decision.replyId = replyId;
        decision.action = action;
        decision.reason = reason.strip();
        decision.createdAt = OffsetDateTime.now(clock);
        decision.persist();
    }

    /** For a reply's id alone: the post it belongs to. */
    @Transactional
    public long postOf(long replyId) {
        LearningReply reply = LearningReply.findById(replyId);
        if (reply == null) {
            throw new NotFound(ProblemText.REPLY_UNKNOWN, replyId);
        }
        return reply.postId;
    }

    private void setStatus(long postId, Long replyId, Status target, String reason) {
        LearningPost post = LearningPost.findById(postId);
        if (post == null) {
            throw new NotFound(ProblemText.POST_UNKNOWN, postId);
        }
        if (replyId == null) {
            if (post.status == Status.DELETED) {
                throw new Conflict(ProblemText.POST_DELETED_BY_GROUP);
            }
            post.status = target;
            post.hiddenReason = reason;
        } else {
            LearningReply reply = LearningReply.findById(replyId);
            if (reply == null || reply.postId != postId) {
                throw new NotFound(ProblemText.POST_NO_REPLY, replyId);
            }
            if (reply.status == Status.DELETED) {
                throw new Conflict(ProblemText.REPLY_DELETED_BY_GROUP);
            }
            if (reply.status != target) {
                post.replyCount += target == Status.VISIBLE ? 1 : -1;
            }
            reply.status = target;
            reply.hiddenReason = reason;
        }
        for (LearningFlag flag : LearningFlag.<LearningFlag>list("postId = ?1 and reviewed = false", postId)) {
            if (Objects.equals(flag.replyId, replyId)) {
                flag.reviewed = true;
            }
        }
    }

    private LearningViews.ModerationItem item(long postId, Long replyId, List<LearningFlag> open) {
        LearningPost post = LearningPost.findById(postId);
        List<LearningFlag> flags = open.stream()
                .filter(f -> f.postId == postId && Objects.equals(f.replyId, replyId)).toList();
        long flaggingGroups = flags.stream().map(f -> f.groupId).filter(Objects::nonNull).distinct().count();
        List<LearningViews.FlagView> reasons = flags.stream()
                .map(f -> new LearningViews.FlagView(f.reason, f.createdAt)).toList();
        if (replyId == null) {
            return new LearningViews.ModerationItem("post", postId, null, post.title, LearningService.excerpt(post.body),
                    SafeMarkdown.toPostHtml(post.body), group(post.groupId), post.status, reasons, flaggingGroups,
                    post.hiddenReason);
        }
        LearningReply reply = LearningReply.findById(replyId);
        return new LearningViews.ModerationItem("reply", postId, replyId, post.title,
                LearningService.excerpt(reply.body), SafeMarkdown.toPostHtml(reply.body), group(reply.groupId),
                reply.status, reasons, flaggingGroups, reply.hiddenReason);
    }

    private org.harmreductionworks.hub.exercise.ExerciseViews.GroupRef group(Long groupId) {
        if (groupId == null) {
            return null;
        }
        GroupRef group = groups.listedRefs(List.of(groupId)).get(groupId);
        return LearningService.groupRef(group);
    }

    private long flaggingGroups(long postId, Long replyId) {
        return LearningFlag.<LearningFlag>list("postId = ?1 and reviewed = false", postId).stream()
                .filter(f -> Objects.equals(f.replyId, replyId)).map(f -> f.groupId).filter(Objects::nonNull)
                .distinct().count();
    }

    private static LearningReply reply(LearningPost post, long replyId, Viewer viewer) {
        LearningReply reply = LearningReply.findById(replyId);
        if (reply == null || reply.postId != post.id || !LearningService.canSee(reply, viewer)) {
            throw new NotFound(ProblemText.POST_NO_REPLY, replyId);
        }
        return reply;
    }

    private static Object[] replyArguments(long postId, String flagger, Long replyId) {
        return replyId == null ? new Object[] { postId, flagger } : new Object[] { postId, flagger, replyId };
    }
}
