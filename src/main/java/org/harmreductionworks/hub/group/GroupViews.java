package org.harmreductionworks.hub.group;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.ContactMethod;
import org.harmreductionworks.hub.group.GroupEnums.Focus;
import org.harmreductionworks.hub.group.GroupEnums.LocationVisibility;
import org.harmreductionworks.hub.group.GroupEnums.Offering;
import org.harmreductionworks.hub.group.GroupEnums.Status;
import org.harmreductionworks.hub.group.schedule.Recurrence;
import org.harmreductionworks.hub.group.schedule.ScheduleChange;

/** What the API shows of groups. Public views never carry a street address the group keeps private. */
public final class GroupViews {

    private GroupViews() {
    }

    @Schema(name = "NextMeeting")
    public record NextMeeting(
            @Schema(description = "When it starts, in UTC.") Instant start,
            @Schema(implementation = String.class, description = "When it starts, on the group's local clock "
                    + "(ISO 8601 without an offset; see timeZone).", examples = "2026-12-01T19:00:00")
            LocalDateTime localStart,
            @Schema(description = "The group's IANA time zone.", examples = "America/New_York") String timeZone,
            @Schema(description = "How long it lasts.", examples = "90") int durationMinutes,
            @Schema(description = "Whether this date was moved from its usual day or time.") boolean moved) {
    }

    @Schema(name = "GroupPlace", description = "Where a group meets, as much as the group shares publicly.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Place(
            @Schema(nullable = true, description = "Only when the group shares its exact location.") String venue,
            @Schema(nullable = true, description = "Only when the group shares its exact location.") String address,
            String city,
            @Schema(nullable = true) String region,
            @Schema(nullable = true, description = "Only when the group shares its exact location.") String postalCode,
            @Schema(nullable = true, examples = "US") String country,
            @Schema(nullable = true,
                    description = "Exact, or rounded to about 1 km; absent when the place is shared on request.")
            Double latitude,
            @Schema(nullable = true) Double longitude,
            LocationVisibility visibility,
            @Schema(nullable = true, description = "Only when the group shares its exact location.") String notes) {
    }

    @Schema(name = "GroupSummary", description = "A group as it appears in search results.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(
            @Schema(examples = "northampton") String slug,
            @Schema(examples = "Harm Reduction Works-HRW Northampton") String name,
            MeetingType format,
            Set<Focus> focus,
            Attendance attendance,
            @Schema(nullable = true) Place place,
            @Schema(nullable = true, description = "From the searched point; absent for online-only groups.")
            Double distanceKm,
            @Schema(nullable = true) NextMeeting nextMeeting,
            Set<Offering> offerings,
            @Schema(examples = "[\"en\"]") Set<String> languages,
            @Schema(description = "Not confirmed by its hosts for six months or more.") boolean stale,
            @Schema(description = "A sample listing, not a real group.") boolean example) {
    }

    @Schema(name = "GroupSummaryPage", description = "A page of groups found, and the place the search was around.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SearchPage(
            List<Summary> items,
            @Schema(examples = "0") int page,
            @Schema(examples = "20") int size,
            @Schema(description = "Groups found in all.", examples = "3") long total,
            @Schema(nullable = true,
                    description = "What `near` was understood as; absent when the search was not by a place name.")
            org.harmreductionworks.hub.place.Place near) {
    }

    @Schema(name = "GroupSchedule")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScheduleView(
            Recurrence recurrence,
            Set<GroupEnums.Weekday> days,
            @Schema(nullable = true, description = "Monthly: 1-4, or -1 for the last.") Integer weekOfMonth,
            @Schema(nullable = true) LocalDate firstDate,
            LocalTime start,
            int durationMinutes,
            String timeZone,
            @Schema(description = "Cancelled and moved dates from today on.") List<ChangeView> changes) {
    }

    @Schema(name = "GroupScheduleChange")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChangeView(
            LocalDate date,
            ScheduleChange.Kind kind,
            @Schema(nullable = true) LocalDate movedToDate,
            @Schema(nullable = true) LocalTime movedToStart) {
    }

    @Schema(name = "GroupContact")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(ContactMethod method,
            @Schema(nullable = true, description = "The group's public address, when it shares one.") String email,
            @Schema(description = "Where to POST a message for the hosts (always available; nothing is stored).",
                    examples = "/api/v1/groups/northampton/messages") String messages) {
    }

    @Schema(name = "GroupPrivate", description = "Seen only by the group's hosts and by stewards.")
    public record PrivateDetails(
            String privateEmail,
            @Schema(nullable = true) String venue,
            @Schema(nullable = true) String address,
            @Schema(nullable = true) String postalCode,
            @Schema(nullable = true) Double latitude,
            @Schema(nullable = true) Double longitude,
            @Schema(nullable = true) String locationNotes,
            @Schema(nullable = true) String onlineUrl,
            @Schema(nullable = true) String declineReason) {
    }

    @Schema(name = "Group", description = "A group's full public listing; hosts and stewards also see its private details.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(
            String slug,
            String name,
            @Schema(nullable = true) String description,
            MeetingType format,
            Set<Focus> focus,
            @Schema(nullable = true) String focusOther,
            Attendance attendance,
            @Schema(nullable = true) Place place,
            @Schema(nullable = true, description = "The online meeting link, when the group shares it publicly.")
            String onlineUrl,
            boolean onlineLinkOnRequest,
            ScheduleView schedule,
            @Schema(nullable = true) NextMeeting nextMeeting,
            @Schema(description = "The next few meetings.") List<NextMeeting> upcoming,
            Set<Offering> offerings,
            @Schema(nullable = true) String offeringOther,
            Set<String> languages,
            @Schema(nullable = true) String accessibilityNotes,
            Contact contact,
            Status status,
            LocalDate lastVerified,
            boolean stale,
            boolean example,
            @Schema(description = "Send back with an edit; a stale revision is refused with 409.") long revision,
            @Schema(description = "Whether the caller hosts this group.") boolean youHost,
            @Schema(nullable = true) PrivateDetails privateDetails) {
    }

    @Schema(name = "GroupHistoryEntry")
    public record HistoryView(OffsetDateTime at, String role, String action, List<String> fields) {
    }

    @Schema(name = "GroupInvitation")
    public record Invitation(
            @Schema(description = "Give this to the co-host; it works once.") String code,
            OffsetDateTime expiresAt) {
    }
}
