package org.harmreductionworks.hub.feed;

import java.io.Writer;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.Focus;
import org.harmreductionworks.hub.group.GroupEnums.LocationVisibility;
import org.harmreductionworks.hub.group.GroupEnums.Offering;
import org.harmreductionworks.hub.group.GroupViews;
import org.harmreductionworks.hub.group.PublicListing;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Public group locations as an RFC 7946 FeatureCollection, for maps and GIS tools. A group is a point only where the
 * public may see its position: exactly, or rounded to about a kilometre for groups that share only their town.
 * Groups that share their place on request, and online-only groups, have no point and are left out.
 */
final class GroupsGeoJson {

    private GroupsGeoJson() {
    }

    @Schema(name = "GroupFeatureCollection", description = "RFC 7946 FeatureCollection of public group locations.")
    public record FeatureCollection(@Schema(enumeration = "FeatureCollection") String type, List<Feature> features) {
    }

    @Schema(name = "GroupFeature")
    public record Feature(@Schema(enumeration = "Feature") String type, @Schema(examples = "northampton") String id,
            Point geometry, Properties properties) {
    }

    @Schema(name = "GroupPoint", description = "Longitude, then latitude (RFC 7946).")
    public record Point(@Schema(enumeration = "Point") String type, List<Double> coordinates) {
    }

    @Schema(name = "GroupFeatureProperties")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Properties(
            String name,
            String url,
            MeetingType format,
            Set<Focus> focus,
            Attendance attendance,
            @Schema(description = "exact, or approximate (rounded to about 1 km; no street).")
            LocationVisibility locationVisibility,
            @Schema(nullable = true, description = "Only when the location is exact.") String venue,
            @Schema(nullable = true, description = "Only when the location is exact.") String address,
            String city,
            @Schema(nullable = true) String region,
            @Schema(nullable = true) String country,
            @Schema(nullable = true) GroupViews.NextMeeting nextMeeting,
            Set<Offering> offerings,
            Set<String> languages,
            boolean example) {
    }

    /**
     * Writes the collection a feature at a time, the same text as the {@link FeatureCollection} of every feature
     * written whole (which {@code GroupFeedsTest} compares it with).
     */
    static void write(List<PublicListing> listings, String origin, FeedJson json, Writer out) {
        json.write(generator -> {
            generator.writeStartObject();
            generator.writeStringField("type", "FeatureCollection");
            generator.writeArrayFieldStart("features");
        }, listings.stream().filter(GroupsGeoJson::hasPoint).map(l -> feature(l, origin)),
                json.byMapper(Feature.class), generator -> {
                    generator.writeEndArray();
                    generator.writeEndObject();
                }, out);
    }

    /** Whether the public may see where the group meets, exactly or roughly. */
    static boolean hasPoint(PublicListing listing) {
        return listing.place() != null && listing.place().latitude() != null && listing.place().longitude() != null;
    }

    static Feature feature(PublicListing listing, String origin) {
        GroupViews.Place place = listing.place();
        return new Feature("Feature", listing.slug(),
                new Point("Point", List.of(place.longitude(), place.latitude())),
                new Properties(listing.name(), listing.pageUrl(origin), listing.format(), listing.focus(),
                        listing.attendance(), place.visibility(), place.venue(), place.address(), place.city(),
                        place.region(), place.country(), listing.nextMeeting(), listing.offerings(),
                        listing.languages(), listing.example()));
    }
}
