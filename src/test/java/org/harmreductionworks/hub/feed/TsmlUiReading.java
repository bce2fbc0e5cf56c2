package org.harmreductionworks.hub.feed;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How TSML UI reads the entries of a Meeting Guide feed: which it keeps, which it counts as in person, online and
 * active, the regions it files them under, and whether its Add to Calendar button puts them on a calendar, and on
 * which date. Written in Java from TSML UI's rules, not copied, so that the tests can hold our feed to them.
 *
 * <p>Read in code4recovery/tsml-ui at commit fef58db87ded610e1660fa246d48e374f11b54b5 (package.json version 1.8,
 * 29 June 2026; it depends on @code4recovery/spec 1.1.9):
 * <ul>
 * <li>src/helpers/load-meeting-data.ts, {@code loadMeetingData}: an entry without a slug, with a slug seen before,
 * or with no {@code formatted_address} and nothing to build one from ({@code address}, {@code city},
 * {@code state} with {@code postal_code}, {@code country}) is dropped with a console warning. It is approximate by
 * {@code coordinates} (two numbers: a point; four: an area), else by the {@code approximate} string ("yes"), else
 * when {@code formatted_address} has fewer than four comma-separated parts. It is online when its
 * {@code conference_url} has a known provider or its {@code conference_phone} has at least 10 digits; in person when
 * it is neither approximate nor typed {@code TC}; active when online or in person; otherwise "inactive". It has a
 * start only when {@code day} is defined and {@code time} is set; otherwise it is filed under "Appointment". Its
 * regions are {@code regions}, else {@code region} (with {@code sub_region}), else {@code city}; a region option
 * stays in the filter only when at least one of its meetings is active.</li>
 * <li>src/helpers/format-conference-provider.ts: the provider is the one whose domain the URL's host ends with.</li>
 * <li>src/hooks/settings.tsx: the default {@code conference_providers}; a site's own settings are deep-merged over
 * the defaults, so a site can add a host.</li>
 * <li>src/components/Meeting.tsx: the Add to Calendar button shows only when the meeting has a start, is active and
 * {@code calendar_enabled} is on (the default).</li>
 * <li>src/helpers/format-ics.ts and src/helpers/format-google-url.ts: the event is the meeting's weekday and time in
 * the current ISO week of its time zone (luxon's {@code DateTime.fromObject({weekday, hour, minute}, {zone})}),
 * a week later if that moment has passed: one event, with no rule to repeat it.</li>
 * </ul>
 */
final class TsmlUiReading {

    /** TSML UI's default conference_providers domains (src/hooks/settings.tsx at the commit above). */
    static final Set<String> DEFAULT_PROVIDER_DOMAINS = Set.of("bluejeans.com", "discord.gg", "freeconference.com",
            "freeconferencecall.com", "goto.com", "gotomeet.me", "gotomeeting.com", "horizon.meta.com",
            "maps.secondlife.com", "meet.google.com", "meet.jit.si", "meetings.dialpad.com", "signal.group",
            "skype.com", "slurl.com", "teams.live.com", "teams.microsoft.com", "vrchat.com", "webex.com", "zoho.com",
            "zoom.us");

    private TsmlUiReading() {
    }

    /**
     * One entry as TSML UI holds it.
     *
     * @param dropped  why TSML UI leaves the entry out, or null when it keeps it
     * @param weekday  ISO weekday of the start (1 = Monday), null for an "appointment" meeting
     */
    record Meeting(String slug, String dropped, boolean approximate, boolean inPerson, boolean online, boolean active,
            List<String> regions, Integer weekday, LocalTime time, ZoneId zone) {

        boolean kept() {
            return dropped == null;
        }

        /** Whether the meeting page shows Add to Calendar (with calendar_enabled, TSML UI's default). */
        boolean calendarButton() {
            return kept() && weekday != null && active;
        }

        /** The start of the event Add to Calendar writes when pressed at {@code now}. */
        ZonedDateTime calendarStart(ZonedDateTime now) {
            ZonedDateTime local = now.withZoneSameInstant(zone);
            ZonedDateTime start = local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .plusDays(weekday - 1L).atTime(time).atZone(zone);
            // TSML UI adds the week to a start moved into the browser's zone; in the meeting's zone it is the same
            // but for an hour on a daylight-saving week, which does not change the date.
            return start.isBefore(now) ? start.plusWeeks(1) : start;
        }
    }

    /** The feed as TSML UI reads it, with the given conference provider domains. */
    static List<Meeting> read(List<Map<String, Object>> feed, Set<String> providerDomains) {
        Set<String> slugs = new HashSet<>();
        List<Meeting> meetings = new ArrayList<>();
        for (Map<String, Object> entry : feed) {
            meetings.add(readOne(entry, providerDomains, slugs));
        }
        return meetings;
    }

    /** TSML UI's defaults with the given hosts added, as a site's tsml_react_config can. */
    static Set<String> providersWith(String... hosts) {
        Set<String> domains = new HashSet<>(DEFAULT_PROVIDER_DOMAINS);
        domains.addAll(List.of(hosts));
        return domains;
    }

    /** The region options TSML UI offers in its filter (full paths joined by " > "). */
    static Set<String> regionOptions(List<Meeting> meetings) {
        Set<String> options = new LinkedHashSet<>();
        for (Meeting meeting : meetings) {
            if (!meeting.kept() || !meeting.active()) {
                continue;
            }
            for (int depth = 1; depth <= meeting.regions().size(); depth++) {
                options.add(String.join(" > ", meeting.regions().subList(0, depth)));
            }
        }
        return options;
    }

    private static Meeting readOne(Map<String, Object> entry, Set<String> providerDomains, Set<String> slugs) {
        String slug = text(entry, "slug");
        if (slug == null) {
            return dropped(slug, "no slug");
        }
        if (!slugs.add(slug)) {
            return dropped(slug, "duplicate slug");
        }
        String conferenceUrl = text(entry, "conference_url");
        boolean provider = conferenceUrl != null && provider(conferenceUrl, providerDomains);
        String phone = text(entry, "conference_phone");
        boolean online = provider || phone != null && phone.replaceAll("[^\\d,+#]", "").length() >= 10;

        String formatted = text(entry, "formatted_address");
        if (formatted == null) {
            String stateAndCode = Stream.of(text(entry, "state"), text(entry, "postal_code"))
                    .filter(part -> part != null).collect(Collectors.joining(" ")).trim();
            formatted = Stream.of(text(entry, "address"), text(entry, "city"), stateAndCode, text(entry, "country"))
                    .filter(part -> part != null && !part.isBlank()).map(String::trim)
                    .collect(Collectors.joining(", "));
            if (formatted.isEmpty()) {
                return dropped(slug, "no address information");
            }
        }
        boolean approximate;
        String coordinates = text(entry, "coordinates");
        long commas = coordinates == null ? 0 : coordinates.chars().filter(c -> c == ',').count();
        if (coordinates != null && (commas == 1 || commas == 3)) {
            approximate = commas != 1;
        } else if (entry.get("approximate") instanceof String flag) {
            approximate = flag.equalsIgnoreCase("yes");
        } else if (entry.get("approximate") instanceof Boolean flag) {
            approximate = flag;
        } else {
            approximate = formatted.split(",", -1).length < 4;
        }
        List<?> types = entry.get("types") instanceof List<?> list ? list : List.of();
        boolean inPerson = !types.contains("TC") && !approximate;
        boolean active = online || inPerson;

        Integer weekday = null;
        LocalTime time = null;
        ZoneId zone = null;
        if (entry.get("day") != null && text(entry, "time") != null) {
            if (text(entry, "timezone") == null) {
                return dropped(slug, "no timezone");
            }
            int day = ((Number) entry.get("day")).intValue();
            weekday = day == 0 ? 7 : day;
            time = LocalTime.parse(text(entry, "time"));
            zone = ZoneId.of(text(entry, "timezone"));
        }

        List<String> regions = new ArrayList<>();
        if (entry.get("regions") instanceof List<?> list) {
            list.stream().filter(String.class::isInstance).map(r -> ((String) r).trim()).filter(r -> !r.isEmpty())
                    .forEach(regions::add);
        } else if (text(entry, "region") != null) {
            regions.add(text(entry, "region"));
            if (text(entry, "sub_region") != null) {
                regions.add(text(entry, "sub_region"));
            }
        } else if (text(entry, "city") != null) {
            regions.add(text(entry, "city"));
        }
        return new Meeting(slug, null, approximate, inPerson, online, active, regions, weekday, time, zone);
    }

    private static boolean provider(String url, Set<String> domains) {
        String[] parts = url.split("/");
        if (parts.length < 3) {
            return false;
        }
        return domains.stream().anyMatch(parts[2]::endsWith);
    }

    private static Meeting dropped(String slug, String why) {
        return new Meeting(slug, why, false, false, false, false, List.of(), null, null, null);
    }

    /** A value as JavaScript's truthiness sees a string: absent, null and empty are all nothing. */
    private static String text(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }
}
