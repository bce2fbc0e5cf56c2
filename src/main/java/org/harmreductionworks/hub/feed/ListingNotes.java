package org.harmreductionworks.hub.feed;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.LocationVisibility;
import org.harmreductionworks.hub.group.GroupEnums.Status;
import org.harmreductionworks.hub.group.PublicListing;
import org.harmreductionworks.hub.group.schedule.Recurrence;
import org.harmreductionworks.hub.group.schedule.Schedule;

/**
 * The plain-text notes that formats built for weekly meetings (Meeting Guide, BMLT) carry for a listing: what those
 * formats have no field for, starting with the real rule of a group that does not meet every week.
 */
final class ListingNotes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter NEXT_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    /** Looked up once rather than for each of a whole-directory feed's 100,000 listings. */
    private static final String[] DAY_NAMES = Stream.of(DayOfWeek.values())
            .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toArray(String[]::new);

    private ListingNotes() {
    }

    static String of(PublicListing listing, String page) {
        return of(listing, page, false);
    }

    /**
     * As {@link #of(PublicListing, String)}, for a format where a group that does not meet weekly has no day or time
     * of its own (the Meeting Guide feed): its notes then carry the time and the page that lists its dates.
     */
    static String withoutWeeklySlot(PublicListing listing, String page) {
        return of(listing, page, true);
    }

    private static String of(PublicListing listing, String page, boolean timeInNotes) {
        List<String> lines = new ArrayList<>();
        if (listing.status() == Status.PAUSED) {
            lines.add("This group is taking a break for now; see its page before you go: " + page);
        }
        Schedule schedule = listing.schedule();
        String next = listing.nextMeeting() == null ? ""
                : " Next: " + NEXT_DATE.format(listing.nextMeeting().localStart()) + ".";
        String day = DAY_NAMES[schedule.days().iterator().next().ordinal()];
        String when = timeInNotes ? ", " + TIME.format(schedule.start()) + " to "
                + TIME.format(schedule.start().plusMinutes(schedule.durationMinutes())) + " ("
                + schedule.zone().getId() + ")" : "";
        String dates = timeInNotes ? " Its page lists every date: " + page : "";
        if (schedule.recurrence() == Recurrence.EVERY_OTHER_WEEK) {
            lines.add("Meets every other week" + (timeInNotes ? ", on " + day + when : "") + ", not weekly." + next
                    + dates);
        } else if (schedule.recurrence() == Recurrence.MONTHLY) {
            lines.add("Meets once a month, on the " + weekOfMonth(schedule.weekOfMonth()) + " " + day + when
                    + ", not weekly." + next + dates);
        } else if (listing.nextMeeting() != null && listing.nextMeeting().moved()) {
            lines.add("The next meeting is moved:" + next);
        }
        if (listing.description() != null && !listing.description().isBlank()) {
            lines.add(listing.description().strip());
        }
        if (listing.place() != null && listing.place().visibility() == LocationVisibility.ON_REQUEST) {
            lines.add("The group shares where it meets when you ask, through its page: " + page);
        }
        if (listing.onlineLinkOnRequest() && listing.attendance() != Attendance.IN_PERSON) {
            lines.add("The group shares its online link when you ask, through its page: " + page);
        }
        if (listing.focusOther() != null && !listing.focusOther().isBlank()) {
            lines.add("Especially welcomes: " + listing.focusOther().strip());
        }
        if (listing.offeringOther() != null && !listing.offeringOther().isBlank()) {
            lines.add("Also offers: " + listing.offeringOther().strip());
        }
        List<String> uncoded = MeetingTypeCodes.uncodedLanguages(listing);
        if (!uncoded.isEmpty()) {
            lines.add("Languages: " + String.join(", ", uncoded.stream()
                    .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH)).toList()));
        }
        if (listing.accessibilityNotes() != null && !listing.accessibilityNotes().isBlank()) {
            lines.add("Accessibility: " + listing.accessibilityNotes().strip());
        }
        if (listing.example()) {
            lines.add("An example listing for trying out the hub, not a real group.");
        }
        return lines.isEmpty() ? null : String.join("\n\n", lines);
    }

    private static String weekOfMonth(int week) {
        return switch (week) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            case 4 -> "fourth";
            default -> "last";
        };
    }
}
