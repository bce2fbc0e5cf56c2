package org.harmreductionworks.hub.feed;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.harmreductionworks.hub.common.Sha256;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.LocationVisibility;
import org.harmreductionworks.hub.group.GroupEnums.Status;
import org.harmreductionworks.hub.group.GroupViews;
import org.harmreductionworks.hub.group.PublicListing;
import org.harmreductionworks.hub.group.schedule.Schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Listings in the Meeting Guide format (the code4recovery specification read by the Meeting Guide app, the 12 Step
 * Meeting List plugin and TSML UI).
 *
 * <p>The format describes weekly meetings, one entry per weekday and time. A weekly group gets an entry for each of
 * its weekdays. A group that meets every other week or monthly gets one entry for its weekday, and its notes start
 * with the real rule and the next date, so nobody turns up on an off week believing the listing.
 */
final class MeetingGuideFeed {

    /** The specification's limit for a slug. */
    static final int MAX_SLUG = 64;

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MeetingGuideFeed() {
    }

    @Schema(name = "MeetingGuideMeeting", description = "One weekly meeting slot in the Meeting Guide format.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Meeting(
            @Schema(examples = "Harm Reduction Works-HRW Northampton") String name,
            @Schema(description = "Unique in the feed, URL-safe, at most 64 characters.",
                    examples = "northampton-tue") String slug,
            @Schema(description = "0 = Sunday ... 6 = Saturday.") int day,
            @Schema(examples = "19:00") String time,
            @JsonProperty("end_time") @Schema(examples = "20:30") String endTime,
            @Schema(examples = "America/New_York") String timezone,
            @Schema(description = "Meeting Guide type codes; see meeting-guide-types.json.") List<String> types,
            String notes,
            String location,
            @JsonProperty("formatted_address") String formattedAddress,
            String address,
            String city,
            String state,
            @JsonProperty("postal_code") String postalCode,
            String country,
            String region,
            Double latitude,
            Double longitude,
            @Schema(description = "yes when the address is only the town.", enumeration = { "yes", "no" })
            String approximate,
            @JsonProperty("conference_url") String conferenceUrl,
            @JsonProperty("conference_url_notes") String conferenceUrlNotes,
            @JsonProperty("attendance_option") @Schema(enumeration = { "in_person", "online", "hybrid", "inactive" })
            String attendanceOption,
            @Schema(description = "UTC, YYYY-MM-DD HH:MM:SS.", examples = "2026-11-27 14:03:00") String updated,
            String url,
            String group,
            @JsonProperty("feedback_url") String feedbackUrl) {
    }

    static List<Meeting> meetings(List<PublicListing> listings, String origin) {
        List<Meeting> meetings = new ArrayList<>();
        for (PublicListing listing : listings) {
            for (DayOfWeek day : listing.schedule().days()) {
                meetings.add(meeting(listing, day, origin));
            }
        }
        return meetings;
    }

    private static Meeting meeting(PublicListing listing, DayOfWeek day, String origin) {
        Schedule schedule = listing.schedule();
        LocalTime start = schedule.start();
        GroupViews.Place place = listing.place();
        boolean exact = place != null && place.visibility() == LocationVisibility.EXACT;
        String page = listing.pageUrl(origin);
        String conferenceUrl = listing.attendance() != Attendance.IN_PERSON ? listing.onlineUrl() : null;
        return new Meeting(
                listing.name(),
                slot(listing.slug(), day),
                day.getValue() % 7,
                TIME.format(start),
                TIME.format(start.plusMinutes(schedule.durationMinutes())),
                schedule.zone().getId(),
                MeetingTypeCodes.of(listing).stream().map(MeetingTypeCodes.Code::code).toList(),
                ListingNotes.of(listing, page),
                place == null ? null : exact && place.venue() != null ? place.venue() : place.city(),
                null,
                exact ? place.address() : null,
                place == null ? null : place.city(),
                place == null ? null : place.region(),
                exact ? place.postalCode() : null,
                place == null ? null : place.country(),
                place == null ? null : place.city(),
                place == null ? null : place.latitude(),
                place == null ? null : place.longitude(),
                place == null ? null : exact ? "no" : "yes",
                conferenceUrl,
                null,
                attendanceOption(listing),
                UPDATED.format(listing.updatedAt().withOffsetSameInstant(ZoneOffset.UTC)),
                page,
                listing.name(),
                page);
    }

    /**
     * The group's slug and the weekday. A slug long enough to push that past the limit is cut, and a few characters
     * of its hash keep the cut ones apart.
     */
    static String slot(String slug, DayOfWeek day) {
        String suffix = "-" + day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
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
