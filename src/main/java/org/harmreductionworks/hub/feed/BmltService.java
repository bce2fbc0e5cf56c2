package org.harmreductionworks.hub.feed;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.Network;
import org.harmreductionworks.hub.common.error.InvalidInput;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.LocationVisibility;
import org.harmreductionworks.hub.group.GroupFinder;
import org.harmreductionworks.hub.group.GroupSearchCriteria;
import org.harmreductionworks.hub.group.GroupViews;
import org.harmreductionworks.hub.group.PublicListing;

/**
 * A read-only subset of the BMLT root server's semantic interface, so that BMLT clients (Crouton, the BMLT apps and
 * plugins) can list Harm Reduction Works-HRW groups. BMLT describes weekly meetings: each weekday a group meets is
 * one BMLT meeting, numbered from the group's number and the weekday. As BMLT does, every value is a string.
 */
@ApplicationScoped
public class BmltService {

    static final String SERVICE_BODY_ID = "1";
    /** The BMLT server version whose interface this follows; clients switch features on it. */
    static final String BMLT_VERSION = "3.0.0";
    static final String BMLT_VERSION_INT = "3000000";
    private static final double KM_PER_MILE = 1.609344;
    private static final int MAX_RADIUS_KM = 500;
    private static final int MAX_PAGE_SIZE = 1000;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** The fields of a meeting, in the order BMLT lists them. */
    static final List<String> MEETING_FIELDS = List.of("id_bigint", "worldid_mixed", "service_body_bigint",
            "weekday_tinyint", "venue_type", "start_time", "duration_time", "time_zone", "formats", "lang_enum",
            "longitude", "latitude", "distance_in_km", "distance_in_miles", "meeting_name", "location_text",
            "location_info", "location_street", "location_city_subsection", "location_neighborhood",
            "location_municipality", "location_sub_province", "location_province", "location_postal_code_1",
            "location_nation", "comments", "virtual_meeting_link", "virtual_meeting_additional_info",
            "phone_meeting_number", "email_contact", "root_server_uri", "format_shared_id_list", "published");

    @Inject
    GroupFinder finder;

    /** One weekday of a listing; the listing's codes are worked out once, for all of its weekdays. */
    private record Slot(PublicListing listing, DayOfWeek day, List<MeetingTypeCodes.Code> codes) {
        int weekday() {
            return day.getValue() % 7 + 1;
        }

        String id() {
            return Long.toString(listing.id() * 10 + weekday());
        }

        String venueType() {
            return switch (listing.attendance()) {
                case IN_PERSON -> "1";
                case ONLINE -> "2";
                case HYBRID -> "3";
            };
        }
    }

    /** The answer to one request, as the JSON value BMLT would send. */
    public Object answer(BmltQuery query, String origin) {
        if (query.switcher == null || query.switcher.isBlank()) {
            throw new InvalidInput("switcher", "is needed: GetSearchResults, GetFormats, GetServiceBodies or "
                    + "GetServerInfo");
        }
        String root = origin + "/api/bmlt";
        return switch (query.switcher) {
            case "GetSearchResults" -> search(query, origin, root);
            case "GetFormats" -> formats(chosen(query), root);
            case "GetServiceBodies" -> List.of(serviceBody(origin));
            case "GetServerInfo" -> List.of(serverInfo());
            default -> throw new InvalidInput("switcher", "must be GetSearchResults, GetFormats, GetServiceBodies or "
                    + "GetServerInfo");
        };
    }

    private static List<MeetingTypeCodes.Code> chosen(BmltQuery query) {
        List<String> keys = BmltQuery.words(query.keyStrings, query.keyStringsList);
        return MeetingTypeCodes.all().stream().filter(code -> keys.isEmpty() || keys.contains(code.code())).toList();
    }

    private Object search(BmltQuery query, String origin, String root) {
        Double latitude = BmltQuery.decimal("lat_val", query.latitude, -90, 90);
        Double longitude = BmltQuery.decimal("long_val", query.longitude, -180, 180);
        if ((latitude == null) != (longitude == null)) {
            throw new InvalidInput(latitude == null ? "lat_val" : "long_val", "is needed together with "
                    + (latitude == null ? "long_val" : "lat_val"));
        }
        Width width = Width.of(query);
        if (latitude != null && width == null) {
            throw new InvalidInput("geo_width", "is needed with lat_val and long_val (or use geo_width_km)");
        }
        boolean autoRadius = width != null && width.nearest() != null;
        if (query.searchString != null && query.searchString.length() > 100) {
            throw new InvalidInput("SearchString", "must be at most 100 characters");
        }
        Filters filters = Filters.of(query);
        Integer pageSize = BmltQuery.bounded("page_size", query.pageSize, 1, MAX_PAGE_SIZE);
        Integer pageGiven = BmltQuery.bounded("page_num", query.pageNumber, 1, 100_000);
        int pageNumber = pageGiven == null ? 1 : pageGiven;

        GroupSearchCriteria criteria = new GroupSearchCriteria();
        criteria.radiusKm = MAX_RADIUS_KM;
        if (latitude != null) {
            criteria.lat = latitude;
            criteria.lon = longitude;
            criteria.radiusKm = autoRadius ? MAX_RADIUS_KM : (int) Math.max(1, Math.ceil(width.km()));
        }
        if (query.searchString != null && !query.searchString.isBlank()) {
            criteria.q = query.searchString;
        }
        List<Slot> slots = new ArrayList<>();
        for (PublicListing listing : finder.listings(criteria, false)) {
            boolean outside = listing.distanceKm() == null || !autoRadius && listing.distanceKm() > width.km();
            if (latitude != null && outside) {
                continue;
            }
            List<MeetingTypeCodes.Code> codes = MeetingTypeCodes.of(listing);
            for (DayOfWeek day : listing.schedule().days()) {
                Slot slot = new Slot(listing, day, codes);
                if (filters.admit(slot)) {
                    slots.add(slot);
                }
            }
        }
        boolean byDistance = latitude != null && (autoRadius || BmltQuery.flag(query.sortByDistance));
        Comparator<Slot> byWeek = Comparator.comparingInt(Slot::weekday)
                .thenComparing(s -> s.listing().schedule().start())
                .thenComparing(s -> s.listing().name());
        slots.sort(byDistance ? Comparator.<Slot, Double>comparing(s -> s.listing().distanceKm()).thenComparing(byWeek)
                : byWeek);
        if (autoRadius) {
            slots = slots.subList(0, Math.min(slots.size(), width.nearest()));
        }
        if (pageSize != null) {
            int from = (int) Math.min(slots.size(), (long) (pageNumber - 1) * pageSize);
            slots = slots.subList(from, Math.min(slots.size(), from + pageSize));
        }
        Set<String> fields = fields(query.dataFieldKey);
        List<Map<String, String>> meetings = slots.stream()
                .map(slot -> meeting(slot, origin, root, latitude != null, fields)).toList();
        if (BmltQuery.flag(query.getUsedFormats) || BmltQuery.flag(query.getFormatsOnly)) {
            List<MeetingTypeCodes.Code> used = slots.stream().flatMap(s -> s.codes().stream()).distinct()
                    .sorted(Comparator.comparingInt(MeetingTypeCodes.Code::id)).toList();
            Map<String, Object> answer = new LinkedHashMap<>();
            if (!BmltQuery.flag(query.getFormatsOnly)) {
                answer.put("meetings", meetings);
            }
            answer.put("formats", formats(used, root));
            return answer;
        }
        return meetings;
    }

    /**
     * A search radius in kilometres, or BMLT's "auto radius": a negative width asks for about that many of the
     * nearest meetings, however far.
     */
    private record Width(Double km, Integer nearest) {

        static Width of(BmltQuery query) {
            boolean inKm = query.geoWidthKm != null && !query.geoWidthKm.isBlank();
            Double given = inKm ? BmltQuery.decimal("geo_width_km", query.geoWidthKm, -MAX_PAGE_SIZE, MAX_RADIUS_KM)
                    : BmltQuery.decimal("geo_width", query.geoWidthMiles, -MAX_PAGE_SIZE, MAX_RADIUS_KM / KM_PER_MILE);
            if (given == null) {
                return null;
            }
            if (given < 0) {
                return new Width(null, (int) Math.max(1, Math.round(-given)));
            }
            return new Width(inKm ? given : given * KM_PER_MILE, null);
        }
    }

    private record Filters(Set<Integer> weekdays, Set<Integer> notWeekdays, Set<Integer> formats,
            Set<Integer> notFormats, boolean anyFormat, boolean noService, Set<Integer> venues, Set<Integer> notVenues,
            Set<String> ids, LocalTime after, LocalTime before) {

        static Filters of(BmltQuery query) {
            List<Integer> weekdays = BmltQuery.integers("weekdays", query.weekdays, query.weekdaysList);
            for (int day : weekdays) {
                if (day == 0 || Math.abs(day) > 7) {
                    throw new InvalidInput("weekdays", "must be 1 (Sunday) to 7 (Saturday), or negative to exclude");
                }
            }
            List<Integer> formats = BmltQuery.integers("formats", query.formats, query.formatsList);
            String operator = query.formatsComparisonOperator == null ? "AND"
                    : query.formatsComparisonOperator.strip().toUpperCase(Locale.ROOT);
            if (!operator.equals("AND") && !operator.equals("OR")) {
                throw new InvalidInput("formats_comparison_operator", "must be AND or OR");
            }
            // This server has one service body, 1: asking only for others, or excluding it, leaves nothing.
            List<Integer> services = BmltQuery.integers("services", query.services, query.servicesList);
            boolean noService = services.contains(-1)
                    || services.stream().anyMatch(s -> s > 0) && !services.contains(1);
            List<Integer> venues = BmltQuery.integers("venue_types", query.venueTypes, query.venueTypesList);
            Set<String> ids = BmltQuery.integers("meeting_ids", query.meetingIds, query.meetingIdsList).stream()
                    .map(String::valueOf).collect(Collectors.toSet());
            return new Filters(positive(weekdays), negative(weekdays), positive(formats), negative(formats),
                    operator.equals("OR"), noService, positive(venues), negative(venues), ids,
                    time("StartsAfterH", query.startsAfterHour, "StartsAfterM", query.startsAfterMinute),
                    time("StartsBeforeH", query.startsBeforeHour, "StartsBeforeM", query.startsBeforeMinute));
        }

        boolean admit(Slot slot) {
            if (noService) {
                return false;
            }
            if (!weekdays.isEmpty() && !weekdays.contains(slot.weekday()) || notWeekdays.contains(slot.weekday())) {
                return false;
            }
            int venue = Integer.parseInt(slot.venueType());
            if (!venues.isEmpty() && !venues.contains(venue) || notVenues.contains(venue)) {
                return false;
            }
            if (!ids.isEmpty() && !ids.contains(slot.id())) {
                return false;
            }
            LocalTime start = slot.listing().schedule().start();
            if (after != null && !start.isAfter(after) || before != null && !start.isBefore(before)) {
                return false;
            }
            Set<Integer> has = slot.codes().stream().map(MeetingTypeCodes.Code::id).collect(Collectors.toSet());
            if (has.stream().anyMatch(notFormats::contains)) {
                return false;
            }
            if (formats.isEmpty()) {
                return true;
            }
            return anyFormat ? formats.stream().anyMatch(has::contains) : has.containsAll(formats);
        }

        private static Set<Integer> positive(List<Integer> values) {
            return values.stream().filter(v -> v > 0).collect(Collectors.toSet());
        }

        private static Set<Integer> negative(List<Integer> values) {
            return values.stream().filter(v -> v < 0).map(v -> -v).collect(Collectors.toSet());
        }

        private static LocalTime time(String hourName, String hour, String minuteName, String minute) {
            Integer h = BmltQuery.bounded(hourName, hour, 0, 23);
            Integer m = BmltQuery.bounded(minuteName, minute, 0, 59);
            if (h == null && m == null) {
                return null;
            }
            return LocalTime.of(h == null ? 0 : h, m == null ? 0 : m);
        }
    }

    private static Map<String, String> meeting(Slot slot, String origin, String root, boolean withDistance,
            Set<String> fields) {
        PublicListing listing = slot.listing();
        GroupViews.Place place = listing.place();
        boolean exact = place != null && place.visibility() == LocationVisibility.EXACT;
        int minutes = listing.schedule().durationMinutes();
        Map<String, String> meeting = new LinkedHashMap<>();
        meeting.put("id_bigint", slot.id());
        meeting.put("worldid_mixed", "");
        meeting.put("service_body_bigint", SERVICE_BODY_ID);
        meeting.put("weekday_tinyint", Integer.toString(slot.weekday()));
        meeting.put("venue_type", slot.venueType());
        meeting.put("start_time", CLOCK.format(listing.schedule().start()));
        meeting.put("duration_time", String.format(Locale.ROOT, "%02d:%02d:00", minutes / 60, minutes % 60));
        meeting.put("time_zone", listing.schedule().zone().getId());
        meeting.put("formats", slot.codes().stream().map(MeetingTypeCodes.Code::code).collect(Collectors.joining(",")));
        meeting.put("lang_enum", "en");
        meeting.put("longitude", place == null || place.longitude() == null ? "" : place.longitude().toString());
        meeting.put("latitude", place == null || place.latitude() == null ? "" : place.latitude().toString());
        if (withDistance && listing.distanceKm() != null) {
            meeting.put("distance_in_km", listing.distanceKm().toString());
            meeting.put("distance_in_miles",
                    String.format(Locale.ROOT, "%.1f", listing.distanceKm() / KM_PER_MILE));
        }
        meeting.put("meeting_name", listing.name());
        meeting.put("location_text", exact && place.venue() != null ? place.venue() : "");
        meeting.put("location_info", exact && place.notes() != null ? place.notes() : "");
        meeting.put("location_street", exact && place.address() != null ? place.address() : "");
        meeting.put("location_city_subsection", "");
        meeting.put("location_neighborhood", "");
        meeting.put("location_municipality", place == null || place.city() == null ? "" : place.city());
        meeting.put("location_sub_province", "");
        meeting.put("location_province", place == null || place.region() == null ? "" : place.region());
        meeting.put("location_postal_code_1", exact && place.postalCode() != null ? place.postalCode() : "");
        meeting.put("location_nation", place == null || place.country() == null ? "" : place.country());
        String page = listing.pageUrl(origin);
        String notes = ListingNotes.of(listing, page);
        meeting.put("comments", notes == null ? "" : notes);
        boolean online = listing.attendance() != Attendance.IN_PERSON;
        meeting.put("virtual_meeting_link", online && listing.onlineUrl() != null ? listing.onlineUrl() : "");
        meeting.put("virtual_meeting_additional_info", online && listing.onlineLinkOnRequest()
                ? "Ask the group for the link: " + page : "");
        meeting.put("phone_meeting_number", "");
        meeting.put("email_contact", "");
        meeting.put("root_server_uri", root);
        meeting.put("format_shared_id_list", slot.codes().stream().map(c -> Integer.toString(c.id()))
                .collect(Collectors.joining(",")));
        meeting.put("published", "1");
        if (fields != null) {
            meeting.keySet().retainAll(fields);
        }
        // BMLT clients such as Crouton put several of these values into their pages as HTML, on other people's
        // sites; what a host typed must reach them as text.
        meeting.replaceAll((field, value) -> html(value));
        return meeting;
    }

    static String html(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static Set<String> fields(String dataFieldKey) {
        if (dataFieldKey == null || dataFieldKey.isBlank()) {
            return null;
        }
        Set<String> fields = Arrays.stream(dataFieldKey.split(",")).map(String::strip).filter(f -> !f.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String field : fields) {
            if (!MEETING_FIELDS.contains(field)) {
                throw new InvalidInput("data_field_key", "names an unknown field: " + field);
            }
        }
        return fields;
    }

    private static List<Map<String, String>> formats(List<MeetingTypeCodes.Code> codes, String root) {
        return codes.stream().map(code -> {
            Map<String, String> format = new LinkedHashMap<>();
            format.put("key_string", code.code());
            format.put("name_string", code.name());
            format.put("description_string", code.description());
            format.put("lang", "en");
            format.put("id", Integer.toString(code.id()));
            format.put("world_id", code.code().equals("O") ? "OPEN"
                    : code.kind() == MeetingTypeCodes.Kind.LANGUAGE ? "LANG" : "");
            format.put("root_server_uri", root);
            format.put("format_type_enum", formatType(code));
            return format;
        }).toList();
    }

    /** BMLT's format kinds: O for who may attend, FC3 for common needs, FC1 for what happens, LANG for language. */
    private static String formatType(MeetingTypeCodes.Code code) {
        return switch (code.kind()) {
            case FORMAT -> "O";
            case FOCUS -> "FC3";
            case OFFERING -> "FC1";
            case LANGUAGE -> "LANG";
        };
    }

    private static Map<String, String> serviceBody(String origin) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("id", SERVICE_BODY_ID);
        body.put("parent_id", "0");
        body.put("name", Network.NAME);
        body.put("description", "The network of " + Network.NAME + " groups, curated by HRH413's stewards.");
        body.put("type", "AS");
        body.put("url", origin);
        body.put("helpline", "");
        body.put("world_id", "");
        return body;
    }

    private static Map<String, String> serverInfo() {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("version", BMLT_VERSION);
        info.put("versionInt", BMLT_VERSION_INT);
        info.put("langs", "en");
        info.put("nativeLang", "en");
        info.put("centerLongitude", "-72.6412");
        info.put("centerLatitude", "42.3251");
        info.put("centerZoomLevel", "8");
        info.put("defaultDuration", "01:30:00");
        info.put("regionBias", "us");
        info.put("charSet", "UTF-8");
        info.put("distanceUnits", "mi");
        info.put("semanticAdmin", "0");
        info.put("emailEnabled", "0");
        info.put("emailIncludesServiceBodies", "0");
        info.put("changesPerMeeting", "0");
        info.put("meeting_states_and_provinces", "");
        info.put("meeting_counties_and_sub_provinces", "");
        info.put("available_keys", String.join(",", MEETING_FIELDS));
        info.put("google_api_key", "");
        info.put("dbVersion", "");
        info.put("meeting_time_zones_enabled", "1");
        info.put("auto_geocoding_enabled", "0");
        return info;
    }
}
