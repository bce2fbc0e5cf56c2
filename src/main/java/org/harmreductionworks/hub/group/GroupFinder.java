package org.harmreductionworks.hub.group;

import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.error.InvalidInput;
import org.harmreductionworks.hub.common.paging.Page;
import org.harmreductionworks.hub.common.paging.PageParams;
import org.harmreductionworks.hub.group.GroupEnums.Status;
import org.harmreductionworks.hub.place.Gazetteer;

/** Turns a search's place (coordinates, or a town or postal code) into a point, then searches around it. */
@ApplicationScoped
public class GroupFinder {

    @Inject
    GroupSearch search;

    @Inject
    Gazetteer gazetteer;

    public Page<GroupViews.Summary> find(GroupSearchCriteria criteria, PageParams paging) {
        return search.search(criteria, point(criteria), paging);
    }

    /** Every listing that matches, for feeds: active groups, and paused ones too when asked. */
    public List<PublicListing> listings(GroupSearchCriteria criteria, boolean includePaused) {
        return search.listings(criteria, point(criteria),
                includePaused ? EnumSet.of(Status.ACTIVE, Status.PAUSED) : EnumSet.of(Status.ACTIVE));
    }

    private GroupSearch.Point point(GroupSearchCriteria criteria) {
        GroupSearch.requireCompletePoint(criteria);
        if (criteria.hasPoint()) {
            return new GroupSearch.Point(criteria.lat, criteria.lon);
        }
        if (criteria.near != null && !criteria.near.isBlank()) {
            return gazetteer.resolve(criteria.near)
                    .map(place -> new GroupSearch.Point(place.latitude(), place.longitude()))
                    .orElseThrow(() -> new InvalidInput("near", "is not a town or postal code we know; try another "
                            + "spelling, a nearby town, or a postal code"));
        }
        return null;
    }
}
