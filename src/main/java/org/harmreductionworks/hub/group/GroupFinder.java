package org.harmreductionworks.hub.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.error.InvalidInput;
import org.harmreductionworks.hub.common.paging.Page;
import org.harmreductionworks.hub.common.paging.PageParams;
import org.harmreductionworks.hub.place.Gazetteer;

/** Turns a search's place (coordinates, or a town or postal code) into a point, then searches around it. */
@ApplicationScoped
public class GroupFinder {

    @Inject
    GroupSearch search;

    @Inject
    Gazetteer gazetteer;

    public Page<GroupViews.Summary> find(GroupSearchCriteria criteria, PageParams paging) {
        GroupSearch.requireCompletePoint(criteria);
        GroupSearch.Point point = null;
        if (criteria.hasPoint()) {
            point = new GroupSearch.Point(criteria.lat, criteria.lon);
        } else if (criteria.near != null && !criteria.near.isBlank()) {
            point = gazetteer.resolve(criteria.near)
                    .map(place -> new GroupSearch.Point(place.latitude(), place.longitude()))
                    .orElseThrow(() -> new InvalidInput("near", "is not a town or postal code we know; try another "
                            + "spelling, a nearby town, or a postal code"));
        }
        return search.search(criteria, point, paging);
    }
}
