package org.harmreductionworks.hub.feed;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.harmreductionworks.hub.common.NonBlank;
import org.harmreductionworks.hub.common.Sha256;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.LocationVisibility;
import org.harmreductionworks.hub.group.GroupEnums.Status;
import org.harmreductionworks.hub.group.GroupViews;
import org.harmreductionworks.hub.group.PublicListing;
import org.harmreductionworks.hub.group.schedule.Schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Listings in the Meeting Guide format (the code4recovery specification read by the Meeting Guide app, the 12 Step
 * Meeting List plugin and TSML UI), written so that TSML UI shows every active group as active, in the right kind of
 * attendance and region, without publishing what a group keeps private. The rules this follows are TSML UI's own
 * (code4recovery/tsml-ui, src/helpers/load-meeting-data.ts); {@code TsmlUiReading} in the tests applies them.
 *
 * <p>The format describes weekly meetings, one entry per weekday and time. A weekly group gets an entry for each of
 * its weekdays. A group that meets every other week or monthly gets one entry with no {@code day} and no
 * {@code time}: the specification's "by appointment" meeting, which the Meeting Guide app leaves out and TSML UI
 * lists with no Add to Calendar button, so no client can put it on a calendar on a week it does not meet. Its notes
 * start with the real rule, the time, the next date and the page that lists its dates.
 *
 * <p>A group that shares only its town is in person all the same: its {@code formatted_address} is the town
 * ("Northampton, MA, US"), with {@code approximate: "no"} and no coordinates, because TSML UI counts a meeting as in
 * person only when it is not approximate, and would put coordinates on a map as the meeting's door. Its
 * {@code location} and {@code location_notes} say the place is shared when you ask, through the group's page.
 * An online link shared on request becomes a {@code conference_url} to the group's page, where the link can be asked
 * for; TSML UI accepts it once a site adds the hub's host to its {@code conference_providers}. A group that meets
 * only online has the approximate address "Online", since TSML UI drops an entry with no address.
 */
final class MeetingGuideFeed {

    /** The specification's limit for a slug. */
    static final int MAX_SLUG = 64;
    /**
     * The address of a group that meets only online: TSML UI leaves out an entry with no address at all, and the
     * specification lets an online meeting's address be approximate.
     */
    static final String ONLINE_ONLY = "Online";
    /** What a group that shares only its town is called where a venue's name would go. */
    static final String PLACE_ON_REQUEST = "Place shared when you ask";

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** "-mon" to "-sun", looked up once: the lookup per meeting was a visible part of writing the whole feed. */
    private static final String[] SLOT_SUFFIXES = Stream.of(DayOfWeek.values())
            .map(d -> "-" + d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT))
            .toArray(String[]::new);

    private MeetingGuideFeed() {
    }

    @Schema(name = "MeetingGuideMeeting", description = "One weekly meeting slot in the Meeting Guide format.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Meeting(
            @Schema(examples = "Harm Reduction Works-HRW Northampton") String name,
            @Schema(description = "Unique in the feed, URL-safe, at most 64 characters.",
                    examples = "northampton-tue") String slug,
            @Schema(nullable = true,
                    description = "0 = Sunday ... 6 = Saturday. Absent, with time and end_time, for a group that "
                    + "meets every other week or monthly (the format is weekly-only): notes give its rule and time.")
            Integer day,
            @Schema(nullable = true, examples = "19:00") String time,
            @JsonProperty("end_time") @Schema(nullable = true, examples = "20:30") String endTime,
            @Schema(examples = "America/New_York") String timezone,
            @Schema(description = "Meeting Guide type codes; see meeting-guide-types.json.") List<String> types,
            @Schema(nullable = true) String notes,
            @Schema(nullable = true,
                    description = "The venue; for a group that shares only its town, \"" + PLACE_ON_REQUEST + "\".")
            String location,
            @Schema(nullable = true) @JsonProperty("location_notes") String locationNotes,
            @JsonProperty("formatted_address")
            @Schema(description = "The street address, or only the town when that is all the group shares.",
                    examples = "Northampton, MA, US") String formattedAddress,
            @Schema(nullable = true) String address,
            @Schema(nullable = true) String city,
            @Schema(nullable = true) String state,
            @Schema(nullable = true) @JsonProperty("postal_code") String postalCode,
            @Schema(nullable = true) String country,
            @Schema(nullable = true) String region,
            @Schema(nullable = true) Double latitude,
            @Schema(nullable = true) Double longitude,
            @Schema(description = "no for every place, even a town: TSML UI shows an approximate place as not in "
                    + "person. Whether the street is public is told by address and location_notes. yes for a group "
                    + "that meets only online, whose formatted_address is \"" + ONLINE_ONLY + "\".",
                    enumeration = { "yes", "no" })
            String approximate,
            @JsonProperty("conference_url")
            @Schema(nullable = true,
                    description = "The public link, or the group's page when it shares its link on request.")
            String conferenceUrl,
            @Schema(nullable = true) @JsonProperty("conference_url_notes") String conferenceUrlNotes,
            @JsonProperty("attendance_option") @Schema(enumeration = { "in_person", "online", "hybrid", "inactive" })
            String attendanceOption,
            @Schema(description = "UTC, YYYY-MM-DD HH:MM:SS.", examples = "2026-11-27 14:03:00") String updated,
            String url,
            String group,
            @JsonProperty("feedback_url") String feedbackUrl) {
    }

    /**
     * Writes one meeting as Jackson writes the record (its names, its order, nulls left out): by hand, because
     * Jackson's reflective writing of 100,000 records was a quarter of the time the whole feed took.
     * {@code MeetingGuideJsonTest} compares the two.
     */
    static void write(Meeting m, JsonGenerator out) throws IOException {
        out.writeStartObject();
        string(out, "name", m.name());
        string(out, "slug", m.slug());
        if (m.day() != null) {
            out.writeNumberField("day", m.day().intValue());
        }
        string(out, "time", m.time());
        string(out, "end_time", m.endTime());
        string(out, "timezone", m.timezone());
        if (m.types() != null) {
            out.writeArrayFieldStart("types");
            for (String type : m.types()) {
                out.writeString(type);
            }
            out.writeEndArray();
        }
        string(out, "notes", m.notes());
        string(out, "location", m.location());
        string(out, "location_notes", m.locationNotes());
        string(out, "formatted_address", m.formattedAddress());
        string(out, "address", m.address());
        string(out, "city", m.city());
        string(out, "state", m.state());
        string(out, "postal_code", m.postalCode());
        string(out, "country", m.country());
        string(out, "region", m.region());
        if (m.latitude() != null) {
            out.writeNumberField("latitude", m.latitude().doubleValue());
        }
        if (m.longitude() != null) {
            out.writeNumberField("longitude", m.longitude().doubleValue());
        }
        string(out, "approximate", m.approximate());
        string(out, "conference_url", m.conferenceUrl());
        string(out, "conference_url_notes", m.conferenceUrlNotes());
        string(out, "attendance_option", m.attendanceOption());
        string(out, "updated", m.updated());
        string(out, "url", m.url());
        string(out, "group", m.group());
        string(out, "feedback_url", m.feedbackUrl());
        out.writeEndObject();
    }

    private static void string(JsonGenerator out, String name, String value) throws IOException {
        if (value != null) {
            out.writeStringField(name, value);
        }
    }

    /** The meetings one at a time: one per group and weekday. */
    static Stream<Meeting> stream(List<PublicListing> listings, String origin) {
        return listings.stream().flatMap(listing -> listing.schedule().days().stream()
                .map(day -> meeting(listing, day, origin)));
    }

    private static Meeting meeting(PublicListing listing, DayOfWeek day, String origin) {
        Schedule schedule = listing.schedule();
        LocalTime start = schedule.start();
        boolean weekly = schedule.weekly();
        boolean paused = listing.status() == Status.PAUSED;
        GroupViews.Place place = listing.place();
        boolean exact = place != null && place.visibility() == LocationVisibility.EXACT;
        String page = listing.pageUrl(origin);
        List<String> types = new ArrayList<>(MeetingTypeCodes.of(listing).stream().map(MeetingTypeCodes.Code::code)
                .toList());
        if (paused) {
            types.add(MeetingTypeCodes.TEMPORARILY_CLOSED.code());
        }
        Online online = paused ? Online.NONE : Online.of(listing, page);
        return new Meeting(
                listing.name(),
                slot(listing.slug(), day),
                weekly ? day.getValue() % 7 : null,
                weekly ? TIME.format(start) : null,
                weekly ? TIME.format(start.plusMinutes(schedule.durationMinutes())) : null,
                schedule.zone().getId(),
                types,
                ListingNotes.withoutWeeklySlot(listing, page),
                place == null ? null : !exact ? PLACE_ON_REQUEST : place.venue() != null ? place.venue() : place.city(),
                place == null ? null : exact ? place.notes()
                        : "The group tells you where it meets when you ask, through its page: " + page,
                place == null ? ONLINE_ONLY : formattedAddress(place, exact),
                exact ? place.address() : null,
                place == null ? null : place.city(),
                place == null ? null : place.region(),
                exact ? place.postalCode() : null,
                place == null ? null : place.country(),
                place == null ? null : place.city(),
                exact ? place.latitude() : null,
                exact ? place.longitude() : null,
                place == null ? "yes" : "no",
                online.url(),
                online.notes(),
                attendanceOption(listing),
                UPDATED.format(listing.updatedAt().withOffsetSameInstant(ZoneOffset.UTC)),
                page,
                listing.name(),
                page);
    }

    /** "12 Main Street, Northampton, MA 01060, US", or only "Northampton, MA, US" when the street is private. */
    private static String formattedAddress(GroupViews.Place place, boolean exact) {
        String regionAndCode = NonBlank.joined(" ", place.region(), exact ? place.postalCode() : null);
        return NonBlank.joined(", ", exact ? place.address() : null, place.city(), regionAndCode, place.country());
    }

    /** How to join online: the public link, or the group's page when it shares the link on request. */
    private record Online(String url, String notes) {

        static final Online NONE = new Online(null, null);

        static Online of(PublicListing listing, String page) {
            if (listing.attendance() == Attendance.IN_PERSON) {
                return NONE;
            }
            if (listing.onlineUrl() != null) {
                return new Online(listing.onlineUrl(), null);
            }
            if (listing.onlineLinkOnRequest()) {
                return new Online(page, "The group shares its link when you ask: this page has the form to ask.");
            }
            return NONE;
        }
    }

    /**
     * The group's slug and the weekday. A slug long enough to push that past the limit is cut, and a few characters
     * of its hash keep the cut ones apart.
     */
    static String slot(String slug, DayOfWeek day) {
        String suffix = SLOT_SUFFIXES[day.ordinal()];
        if (slug.length() + suffix.length() <= MAX_SLUG) {
            return slug + suffix;
        }
        String hash = "-" + Sha256.hex(slug).substring(0, 6);
        return slug.substring(0, MAX_SLUG - hash.length() - suffix.length()) + hash + suffix;
    }

    private static String attendanceOption(PublicListing listing) {
        if (listing.status() == Status.PAUSED) {
            return "inactive";
        }
        return switch (listing.attendance()) {
            case IN_PERSON -> "in_person";
            case ONLINE -> "online";
            case HYBRID -> "hybrid";
        };
    }
}
