package org.harmreductionworks.hub.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.Network;
import org.harmreductionworks.hub.common.web.TaggedResponse.Tagged;
import org.harmreductionworks.hub.group.GroupFinder;
import org.harmreductionworks.hub.group.GroupSearchCriteria;
import org.harmreductionworks.hub.group.schedule.GroupCalendar;


/**
 * The directory in the formats other tools read. Each answer is the whole text, so that its ETag can be its hash;
 * written ones are kept (see {@link FeedCache}).
 */
@ApplicationScoped
public class GroupFeeds {

    @Inject
    GroupFinder finder;

    @Inject
    FeedJson json;

    @Inject
    FeedCache cache;

    /** Every listed group, active or paused (paused ones marked inactive, so apps keep them but say so). */
    public Tagged meetingGuide(String origin) {
        return cache.get(new FeedCache.Key("meeting-guide", "", origin), () -> {
            GroupSearchCriteria everything = new GroupSearchCriteria();
            everything.sort = GroupSearchCriteria.Order.NAME;
            return json.write(MeetingGuideFeed.meetings(finder.listings(everything, true), origin));
        });
    }

    public Tagged geoJson(GroupSearchCriteria criteria, String origin) {
        return cache.get(new FeedCache.Key("geojson", json.write(criteria), origin),
                () -> json.write(GroupsGeoJson.of(finder.listings(criteria, false), origin)));
    }

    public Tagged calendar(GroupSearchCriteria criteria, String origin) {
        return cache.get(new FeedCache.Key("calendar", json.write(criteria), origin),
                () -> GroupCalendar.write(Network.NAME + " meetings", finder.listings(criteria, false).stream()
                        .map(listing -> listing.calendarSeries(origin)).toList()));
    }

    public String typeCodes() {
        return json.write(MeetingTypeCodes.meetingGuide());
    }
}
