package org.harmreductionworks.hub.feed;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.Network;
import org.harmreductionworks.hub.group.GroupFinder;
import org.harmreductionworks.hub.group.GroupSearchCriteria;
import org.harmreductionworks.hub.group.PublicListing;
import org.harmreductionworks.hub.group.schedule.GroupCalendar;


/**
 * The directory in the formats other tools read. Each answer's ETag is the hash of its whole text; written ones are
 * kept, compressed (see {@link FeedCache}). Each feed sends its opening before it collects its groups (the listings
 * are collected when first read), so that a feed streamed as it is written starts at once.
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
    public FeedWriting meetingGuide(String origin) {
        return cache.get(new FeedCache.Key("meeting-guide", "", origin), out -> {
            GroupSearchCriteria everything = new GroupSearchCriteria();
            everything.sort = GroupSearchCriteria.Order.NAME;
            json.writeArray(MeetingGuideFeed.stream(finder.listings(everything, true), origin),
                    MeetingGuideFeed::write, out);
        });
    }

    public FeedWriting geoJson(GroupSearchCriteria criteria, String origin) {
        return cache.get(new FeedCache.Key("geojson", json.write(criteria), origin),
                out -> GroupsGeoJson.write(finder.listings(criteria, false), origin, json, out));
    }

    public FeedWriting calendar(GroupSearchCriteria criteria, String origin) {
        return cache.get(new FeedCache.Key("calendar", json.write(criteria), origin), out -> {
            List<PublicListing> listings = finder.listings(criteria, false);
            GroupCalendar.write(Network.NAME + " meetings", () -> listings.stream()
                    .map(listing -> listing.schedule().zone()).iterator(), () -> listings.stream()
                    .map(listing -> listing.calendarSeries(origin)).iterator(), out);
        });
    }

    public String typeCodes() {
        return json.write(MeetingTypeCodes.meetingGuide());
    }
}
