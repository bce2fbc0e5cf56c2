package org.harmreductionworks.hub.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.change.KeptAnswers;
import org.harmreductionworks.hub.common.change.Topic;
import org.harmreductionworks.hub.common.paging.Page;
import org.harmreductionworks.hub.common.paging.PageParams;
import org.harmreductionworks.hub.common.security.CurrentUser;
import org.harmreductionworks.hub.learning.LearningEnums.Kind;
import org.harmreductionworks.hub.learning.LearningEnums.Sort;

/**
 * Shared learnings as signed-out readers see them, kept between changes: a page or a post takes several queries (and
 * a post's Markdown is rendered), while posts change a few times a day. Only signed-out readers get kept answers:
 * hosts and stewards see network-only posts, their own hidden ones and what they may do with each.
 */
@ApplicationScoped
public class PublicLearnings {

    private record Search(String q, Kind kind, String topic, String exercise, String group, Boolean unanswered,
            Sort sort, int page, int size) {
    }

    private final LearningService learnings;
    private final CurrentUser user;
    private final KeptAnswers.Kept<Search, Page<LearningViews.Summary>> pages;
    private final KeptAnswers.Kept<Long, LearningViews.Detail> posts;

    @Inject
    PublicLearnings(LearningService learnings, CurrentUser user, KeptAnswers answers) {
        this.learnings = learnings;
        this.user = user;
        // Posts name their group and the exercise they are about.
        this.pages = answers.readFrom(Topic.LEARNINGS, Topic.LIBRARY, Topic.LISTINGS);
        this.posts = answers.readFrom(Topic.LEARNINGS, Topic.LIBRARY, Topic.LISTINGS);
    }

    public Page<LearningViews.Summary> search(LearningSearchCriteria criteria, PageParams paging) {
        if (user.isSignedIn()) {
            return learnings.search(criteria, paging);
        }
        Search search = new Search(criteria.q, criteria.kind, criteria.topic, criteria.exercise, criteria.group,
                criteria.unanswered, criteria.sort, paging.page, paging.size);
        return pages.get(search, () -> learnings.search(criteria, paging));
    }

    public LearningViews.Detail detail(long id) {
        if (user.isSignedIn()) {
            return learnings.detail(id);
        }
        return posts.get(id, () -> learnings.detail(id));
    }
}
