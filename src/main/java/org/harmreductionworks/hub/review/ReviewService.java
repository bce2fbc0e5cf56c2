package org.harmreductionworks.hub.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.harmreductionworks.hub.common.security.CurrentUser;
import org.harmreductionworks.hub.exercise.ExerciseService;
import org.harmreductionworks.hub.group.GroupService;
import org.harmreductionworks.hub.learning.ModerationService;
import org.harmreductionworks.hub.script.ScriptService;

/**
 * The stewards' work at a glance: each queue's count comes from the feature that owns the queue, so a count here
 * always means the same items as that queue's own list.
 */
@ApplicationScoped
public class ReviewService {

    @Inject
    CurrentUser user;

    @Inject
    GroupService groups;

    @Inject
    ExerciseService exercises;

    @Inject
    ModerationService moderation;

    @Inject
    ScriptService scripts;

    /** One transaction, so the counts are of one moment and the total adds them up. */
    @Transactional
    public ReviewCounts counts() {
        user.requireSteward();
        return queueSizes();
    }

    /** The same counts, for the metrics (no one is signed in there; sizes say nothing about anyone). */
    @Transactional
    ReviewCounts queueSizes() {
        return ReviewCounts.of(groups.pendingCount(), exercises.suggestionCount(), moderation.flaggedCount(),
                moderation.unansweredQuestionCount(), scripts.openDraftCount());
    }
}
