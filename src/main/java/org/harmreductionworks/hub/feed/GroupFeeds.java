package org.harmreductionworks.hub.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.Network;
import org.harmreductionworks.hub.group.GroupFinder;
import org.harmreductionworks.hub.group.GroupSearchCriteria;
import org.harmreductionworks.hub.group.schedule.GroupCalendar;


/**
 * The directory in the formats other tools read. Each answer's ETag is the hash of its whole text; written ones are
 * kept, compressed (see {@link FeedCache}).
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
    public KeptFeed meetingGuide(String origin) {
        return cache.get(new FeedCache.Key("meeting-guide", "", origin), out -> {
            GroupSearchCriteria everything = new GroupSearchCriteria();
            everything.sort = GroupSearchCriteria.Order.NAME;
            json.writeArray(MeetingGuideFeed.stream(finder.listings(everything, true), origin),
                    MeetingGuideFeed::write, out);
        });
    }

    public KeptFeed geoJson(GroupSearchCriteria criteria, String origin) {
        return cache.get(new FeedCache.Key("geojson", json.write(criteria), origin),
                out -> json.write(GroupsGeoJson.of(finder.listings(criteria, false), origin), out));
    }

    public KeptFeed calendar(GroupSearchCriteria criteria, String origin) {
        return cache.get(new FeedCache.Key("calendar", json.write(criteria), origin),
                out -> GroupCalendar.write(Network.NAME + " meetings", finder.listings(criteria, false).stream()
                        .map(listing -> listing.calendarSeries(origin)).toList(), out));
    }

    public String typeCodes() {
        return json.write(MeetingTypeCodes.meetingGuide());
    }
}
