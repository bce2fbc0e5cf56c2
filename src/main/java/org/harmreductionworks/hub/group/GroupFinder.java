package org.harmreductionworks.hub.group;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.error.Ambiguous;
import org.harmreductionworks.hub.common.error.InvalidInput;
import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.paging.Page;
import org.harmreductionworks.hub.common.paging.PageParams;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.Status;
import org.harmreductionworks.hub.place.Gazetteer;
import org.harmreductionworks.hub.place.Place;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Turns a search's place (coordinates, or a town or postal code) into a point, then searches around it. A town name
 * that several towns of a similar size share is not guessed at: the caller is asked which.
 */
@ApplicationScoped
public class GroupFinder {

    @Inject
    GroupSearch search;

    @Inject
    Gazetteer gazetteer;

    @Inject
    MeterRegistry meters;

    private Timer nearbySearches;

    /**
     * The nearby search shares its route with the plain listing (/api/v1/groups), so the request timer mixes the
     * two: this one times the nearby searches alone, with buckets for histogram_quantile.
     */
    @PostConstruct
    void registerTimer() {
        nearbySearches = Timer.builder("hrw.group.search.nearby")
                .description("Searches for the groups near a place (lat/lon or near=), from resolving the place to "
                        + "the page of results; only searches that found an answer")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(meters);
    }

    public GroupViews.SearchPage find(GroupSearchCriteria criteria, PageParams paging) {
        Timer.Sample started = Timer.start(meters);
        Optional<Place> near = place(criteria);
        GroupSearch.Point point = point(criteria, near);
        Page<GroupViews.Summary> found = search.search(criteria, point, paging);
        // As GroupSearch decides: online groups are never near anywhere, so asking for them is a plain listing.
        if (point != null && criteria.attendance != Attendance.ONLINE) {
            started.stop(nearbySearches);
        }
        return new GroupViews.SearchPage(found.items(), found.page(), found.size(), found.total(), near.orElse(null));
    }

    /**
     * Every listing that matches, for feeds: active groups, and paused ones too when asked. The place and filters are
     * checked now; the listings are collected when first read ({@link GroupSearch#listings}).
     */
    public List<PublicListing> listings(GroupSearchCriteria criteria, boolean includePaused) {
        return search.listings(criteria, point(criteria, place(criteria)),
                includePaused ? EnumSet.of(Status.ACTIVE, Status.PAUSED) : EnumSet.of(Status.ACTIVE));
    }

    /** The place named by {@code near}, unless the search gives a point; a name towns share is for the caller to pick. */
    private Optional<Place> place(GroupSearchCriteria criteria) {
        GroupSearch.requireCompletePoint(criteria);
        if (criteria.hasPoint() || criteria.near == null || criteria.near.isBlank()) {
            return Optional.empty();
        }
        Gazetteer.Resolution resolution = gazetteer.resolve(criteria.near);
        if (resolution.ambiguous()) {
            String name = resolution.choices().get(0).name();
            throw new Ambiguous(ProblemText.PLACE_AMBIGUOUS.with(name),
                    resolution.choices().stream()
                            .map(p -> new Problem.Choice("near", p.label(), p.displayName())).toList());
        }
        return Optional.of(resolution.place().orElseThrow(() -> new InvalidInput("near",
                ProblemText.PLACE_UNKNOWN)));
    }

    private static GroupSearch.Point point(GroupSearchCriteria criteria, Optional<Place> near) {
        if (criteria.hasPoint()) {
            return new GroupSearch.Point(criteria.lat, criteria.lon);
        }
        return near.map(place -> new GroupSearch.Point(place.latitude(), place.longitude())).orElse(null);
    }
}
