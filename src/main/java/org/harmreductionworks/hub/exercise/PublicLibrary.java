package org.harmreductionworks.hub.exercise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.common.change.KeptAnswers;
import org.harmreductionworks.hub.common.change.Topic;
import org.harmreductionworks.hub.common.paging.Page;
import org.harmreductionworks.hub.common.paging.PageParams;
import org.harmreductionworks.hub.common.security.CurrentUser;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Kind;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Sort;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Theme;

/**
 * The library as everyone reads it, kept between changes: a page of it is five queries (the count, the order by
 * use, the exercises, their uses, the suggesting groups), and it changes when a steward edits it or a group logs a
 * meeting. A page is the same for every reader. An exercise is kept for signed-out readers only: a steward or the
 * suggesting group's hosts may see more of it.
 */
@ApplicationScoped
public class PublicLibrary {

    private record Search(String q, Kind kind, Theme theme, Integer maxMinutes, MeetingType meeting, String language,
            Sort sort, int page, int size) {
    }

    private final ExerciseService exercises;
    private final CurrentUser user;
    private final KeptAnswers.Kept<Search, Page<ExerciseViews.Summary>> pages;
    private final KeptAnswers.Kept<String, ExerciseViews.Detail> published;

    @Inject
    PublicLibrary(ExerciseService exercises, CurrentUser user, KeptAnswers answers) {
        this.exercises = exercises;
        this.user = user;
        this.pages = answers.readFrom(Topic.LIBRARY, Topic.LISTINGS);
        this.published = answers.readFrom(Topic.LIBRARY, Topic.LISTINGS);
    }

    public Page<ExerciseViews.Summary> search(ExerciseSearchCriteria criteria, PageParams paging) {
        Search search = new Search(criteria.q, criteria.kind, criteria.theme, criteria.maxMinutes, criteria.meeting,
                criteria.language, criteria.sort, paging.page, paging.size);
        return pages.get(search, () -> exercises.search(criteria, paging));
    }

    public ExerciseViews.Detail detail(String slug) {
        if (user.isSignedIn()) {
            return exercises.detail(slug);
        }
        return published.get(slug, () -> exercises.detail(slug));
    }
}
