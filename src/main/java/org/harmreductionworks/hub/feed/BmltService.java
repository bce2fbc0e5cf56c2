package org.harmreductionworks.hub.feed;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.error.ProblemText;
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
 * plugins) can list Harm Reduction Works-HRW groups. It answers as bmlt-enabled/bmlt-server does (read at 4.2.7:
 * src/app/Http/Controllers/Query/SwitcherController.php, the Query resources and MeetingRepository.php): the same
 * switchers, parameters, keys and statuses, every meeting value a string, text sent as stored (see {@link BmltText}).
 *
 * <p>BMLT describes weekly meetings: each weekday a group meets is one BMLT meeting, numbered from the group's number
 * and the weekday. BMLT has no way to say "every other week" or "once a month" that its clients honour, so a group
 * that does not meet every week is left out of every answer: a client would otherwise put it on calendars on weeks
 * it does not meet.
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

    /**
     * Every field a root server sends for a meeting, in its order (MeetingResource.php): the meeting table's, then the
     * stock data fields, each as this server writes it (see {@link BmltText}). Fields kept for service bodies' own
     * people (the contacts, admin notes) are always empty to the public, here as there.
     */
    private static final Map<String, Function<Meeting, String>> FIELDS = meetingFields();

    /** The fields a root server sends for every meeting, in its order ({@link #FIELDS}). */
    static final List<String> MEETING_FIELDS = List.copyOf(FIELDS.keySet());

    /** The meeting table's fields (Meeting::$mainFields), which a root server matches and lists differently. */
    private static final Set<String> MAIN_FIELDS = Set.of("id_bigint", "worldid_mixed", "service_body_bigint",
            "weekday_tinyint", "venue_type", "start_time", "duration_time", "time_zone", "formats", "lang_enum",
            "longitude", "latitude", "published", "email_contact");

    /**
     * GetFieldKeys: the main fields, then the public stock data fields, with a root server's English prompts
     * (lang/en/main_prompts.php and the field templates of its initial schema).
     */
    private static final Map<String, String> FIELD_KEYS = new LinkedHashMap<>();

    static {
        String[][] keys = { { "id_bigint", "ID" }, { "worldid_mixed", "World ID" },
                { "service_body_bigint", "Service Body ID" }, { "weekday_tinyint", "Weekday" },
                { "venue_type", "Venue Type" }, { "start_time", "Start Time" }, { "duration_time", "Duration" },
                { "time_zone", "Time Zone" }, { "formats", "Formats" }, { "lang_enum", "Language" },
                { "longitude", "Longitude" }, { "latitude", "Latitude" }, { "meeting_name", "Meeting Name" },
                { "location_text", "Location Name" }, { "location_info", "Additional Location Information" },
                { "location_street", "Street Address" }, { "location_city_subsection", "Borough" },
                { "location_neighborhood", "Neighborhood" }, { "location_municipality", "Town" },
                { "location_sub_province", "County" }, { "location_province", "State" },
                { "location_postal_code_1", "Zip Code" }, { "location_nation", "Nation" },
                { "comments", "Comments" }, { "train_lines", "Train Lines" }, { "bus_lines", "Bus Lines" },
                { "phone_meeting_number", "Phone Meeting Dial-in Number" },
                { "virtual_meeting_link", "Virtual Meeting Link" },
                { "virtual_meeting_additional_info", "Virtual Meeting Additional Info" } };
        for (String[] key : keys) {
            FIELD_KEYS.put(key[0], key[1]);
        }
    }

    /** The orders a root server names for sort_key (SwitcherController::getSearchResults). */
    private static final Map<String, List<String>> NAMED_ORDERS = Map.of(
            "weekday", List.of("weekday_tinyint", "location_municipality", "location_city_subsection", "start_time",
                    "location_neighborhood"),
            "time", List.of("weekday_tinyint", "start_time", "location_municipality", "location_city_subsection",
                    "location_neighborhood"),
            "town", List.of("location_municipality", "location_city_subsection", "location_neighborhood",
                    "weekday_tinyint", "start_time"),
            "state", List.of("location_province", "location_municipality", "location_city_subsection",
                    "weekday_tinyint", "start_time"),
            "weekday_state", List.of("weekday_tinyint", "location_province", "location_municipality", "start_time",
                    "location_city_subsection"));
    private static final List<String> DEFAULT_ORDER = List.of("weekday_tinyint", "start_time", "duration_time");

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

    /**
     * A slot a search found, as little as it is ordered by: the listing's place in the search's list, and the values
     * of the fields asked to sort by. Its fields are made again when it is written, so that the whole directory's
     * meetings (at 100,000 groups, several hundred MB as maps of fields) are never all held at once.
     */
    private record Row(int listing, DayOfWeek day, Double distanceKm, SortValue[] sortValues, LocalTime start,
            String name, long id) {
        int weekday() {
            return day.getValue() % 7 + 1;
        }
    }

    /**
     * A field's value as a search orders by it, read as a number once: a whole-directory search compares millions
     * of pairs, and parsing each time (a failed parse throws) took most of the time before its first byte.
     */
    private record SortValue(String text, Double number) {
        static SortValue of(String text) {
            return new SortValue(text, BmltService.number(text));
        }
    }

    /** The answer to one request, as the JSON value BMLT would send. */
    public Object answer(BmltQuery query, String origin) {
        String root = origin + "/api/bmlt";
        String switcher = query.switcher == null ? "" : query.switcher;
        return switch (switcher) {
            case "GetSearchResults" -> search(query, origin, root);
            case "GetFormats" -> formats(chosen(query), language(query.langEnum), root);
            case "GetServiceBodies" -> List.of(serviceBody(origin));
            case "GetFieldKeys" -> FIELD_KEYS.entrySet().stream()
                    .map(key -> Map.of("key", key.getKey(), "description", key.getValue())).toList();
            case "GetFieldValues" -> fieldValues(query, origin, root);
            case "GetServerInfo" -> List.of(serverInfo());
            case "GetCoverageArea" -> List.of(coverageArea());
            // A root server answers 422 for a missing or unknown switcher (SwitcherController::get).
            default -> throw InvalidInput.unprocessable("switcher", ProblemText.BMLT_SWITCHER_UNKNOWN);
        };
    }

    /** BMLT's lang_enum: the languages the codes are written in; English for any other, rather than no formats. */
    private static String language(String langEnum) {
        String asked = langEnum == null ? "" : langEnum.strip().toLowerCase(Locale.ROOT);
        return MeetingTypeCodes.WRITTEN_LANGUAGES.contains(asked) ? asked : "en";
    }

    /**
     * GetFormats: as FormatRepository::search, only the formats today's meetings use unless show_all=1, narrowed by
     * format_ids (negative to exclude) and key_strings.
     */
    private List<MeetingTypeCodes.Code> chosen(BmltQuery query) {
        List<String> keys = BmltQuery.words(query.keyStrings, query.keyStringsList);
        List<Integer> ids = BmltQuery.integers("format_ids", query.formatIds, query.formatIdsList);
        Set<Integer> include = Filters.positive(ids);
        Set<Integer> exclude = Filters.negative(ids);
        Set<MeetingTypeCodes.Code> used = "1".equals(query.showAll) ? null : new HashSet<>();
        if (used != null) {
            forEachWeeklySlot(finder.listings(everywhere(), false), (index, slot) -> used.addAll(slot.codes()));
        }
        return MeetingTypeCodes.all().stream()
                .filter(code -> used == null || used.contains(code))
                .filter(code -> include.isEmpty() || include.contains(code.id()))
                .filter(code -> !exclude.contains(code.id()))
                .filter(code -> keys.isEmpty() || keys.contains(code.code())).toList();
    }

    /** A search for every listed group, wherever it meets. */
    private static GroupSearchCriteria everywhere() {
        GroupSearchCriteria criteria = new GroupSearchCriteria();
        criteria.radiusKm = MAX_RADIUS_KM;
        return criteria;
    }

    /** What is done with each slot, and where its listing is in the list it came from. */
    private interface SlotVisitor {
        void visit(int listing, Slot slot);
    }

    /**
     * Every weekday of every weekly group in {@code listings}, before BMLT's own filters. The listings are made one
     * at a time as they are read ({@link GroupFinder#listings}) and none is kept.
     */
    private static void forEachWeeklySlot(List<PublicListing> listings, SlotVisitor visitor) {
        for (int index = 0; index < listings.size(); index++) {
            PublicListing listing = listings.get(index);
            if (!listing.schedule().weekly()) {
                continue;
            }
            List<MeetingTypeCodes.Code> codes = MeetingTypeCodes.of(listing);
            for (DayOfWeek day : listing.schedule().days()) {
                visitor.visit(index, new Slot(listing, day, codes));
            }
        }
    }

    /** A row's slot again, with its listing made anew from the same list. */
    private static Slot slot(List<PublicListing> listings, Row row) {
        PublicListing listing = listings.get(row.listing());
        return new Slot(listing, row.day(), MeetingTypeCodes.of(listing));
    }

    private Object search(BmltQuery query, String origin, String root) {
        Double latitude = BmltQuery.decimal("lat_val", query.latitude, -90, 90);
        Double longitude = BmltQuery.decimal("long_val", query.longitude, -180, 180);
        if ((latitude == null) != (longitude == null)) {
            throw new InvalidInput(latitude == null ? "lat_val" : "long_val", ProblemText.PARAMETER_NEEDED_WITH,
                    latitude == null ? "long_val" : "lat_val");
        }
        Width width = Width.of(query);
        if (latitude != null && width == null) {
            throw new InvalidInput("geo_width", ProblemText.BMLT_GEO_WIDTH_NEEDED);
        }
        boolean autoRadius = width != null && width.nearest() != null;
        if (query.searchString != null && query.searchString.length() > 100) {
            throw new InvalidInput("SearchString", ProblemText.PARAMETER_AT_MOST_CHARACTERS, 100);
        }
        Filters filters = Filters.of(query);
        Integer pageSize = BmltQuery.bounded("page_size", query.pageSize, 1, MAX_PAGE_SIZE);
        Integer pageGiven = BmltQuery.bounded("page_num", query.pageNumber, 1, 100_000);
        int pageNumber = pageGiven == null ? 1 : pageGiven;
        MeetingKey meetingKey = MeetingKey.of(query);

        GroupSearchCriteria criteria = everywhere();
        if (latitude != null) {
            criteria.lat = latitude;
            criteria.lon = longitude;
            criteria.radiusKm = autoRadius ? MAX_RADIUS_KM : (int) Math.max(1, Math.ceil(width.km()));
        }
        if (query.searchString != null && !query.searchString.isBlank()) {
            criteria.q = query.searchString;
        }
        List<PublicListing> listings = finder.listings(criteria, false);
        List<String> sortKeys = sortKeys(query);
        boolean fromPoint = latitude != null;
        // Sort values repeat (weekdays, times, durations): one copy of each.
        Map<String, SortValue> oneCopy = new HashMap<>();
        List<Row> found = new ArrayList<>();
        forEachWeeklySlot(listings, (index, slot) -> {
            PublicListing listing = slot.listing();
            Double km = listing.distanceKm();
            boolean outside = km == null || !autoRadius && km > width.km();
            if (fromPoint && outside || !filters.admit(slot)) {
                return;
            }
            Meeting meeting = new Meeting(slot, origin, root, fromPoint);
            if (!meetingKey.admits(meeting)) {
                return;
            }
            SortValue[] sortValues = new SortValue[sortKeys.size()];
            for (int k = 0; k < sortValues.length; k++) {
                String value = meeting.field(sortKeys.get(k));
                sortValues[k] = oneCopy.computeIfAbsent(value == null ? "" : value, SortValue::of);
            }
            found.add(new Row(index, slot.day(), km, sortValues, listing.schedule().start(), listing.name(),
                    listing.id()));
        });
        boolean byDistance = fromPoint && (autoRadius || BmltQuery.flag(query.sortByDistance));
        Comparator<Row> order = byFields(sortKeys.size());
        found.sort(byDistance ? Comparator.comparing(Row::distanceKm).thenComparing(order) : order);
        List<Row> rows = found;
        if (autoRadius) {
            rows = rows.subList(0, Math.min(rows.size(), width.nearest()));
        }
        if (pageSize != null) {
            int from = (int) Math.min(rows.size(), (long) (pageNumber - 1) * pageSize);
            rows = rows.subList(from, Math.min(rows.size(), from + pageSize));
        }
        List<Row> chosen = rows;
        Set<String> fields = fields(query.dataFieldKey);
        // Written as they are made, one meeting at a time.
        Iterable<Map<String, String>> meetings = () -> chosen.stream()
                .map(row -> new Meeting(slot(listings, row), origin, root, fromPoint).fields(fields)).iterator();
        if (BmltQuery.flag(query.getUsedFormats) || BmltQuery.flag(query.getFormatsOnly)) {
            List<MeetingTypeCodes.Code> used = chosen.stream()
                    .flatMap(row -> MeetingTypeCodes.of(listings.get(row.listing())).stream()).distinct()
                    .sorted(Comparator.comparingInt(MeetingTypeCodes.Code::id)).toList();
            Map<String, Object> answer = new LinkedHashMap<>();
            if (!BmltQuery.flag(query.getFormatsOnly)) {
                answer.put("meetings", meetings);
            }
            answer.put("formats", formats(used, language(query.langEnum), root));
            return answer;
        }
        return meetings;
    }

    /** sort_keys, else the order sort_key names, else a root server's default order. */
    private static List<String> sortKeys(BmltQuery query) {
        if (query.sortKeys != null && !query.sortKeys.isBlank()) {
            return Arrays.stream(query.sortKeys.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
        }
        return query.sortKey == null ? DEFAULT_ORDER : NAMED_ORDERS.getOrDefault(query.sortKey.strip(), DEFAULT_ORDER);
    }

    /**
     * As MeetingRepository::getSearchResults sorts: field by field, empty values after all others, numbers as numbers
     * (PHP's {@code <=>}); an unknown field sorts nothing. Ties keep the weekday, time and name order, so that an
     * answer is the same from one request to the next. Unlike a root server, which pages before it sorts by a data
     * field, this sorts first, so that pages follow the order asked for.
     */
    private static Comparator<Row> byFields(int keys) {
        Comparator<Row> order = (a, b) -> 0;
        for (int k = 0; k < keys; k++) {
            int key = k;
            order = order.thenComparing((a, b) -> compareValues(a.sortValues()[key], b.sortValues()[key]));
        }
        return order.thenComparingInt(Row::weekday).thenComparing(Row::start).thenComparing(Row::name)
                .thenComparingLong(Row::id);
    }

    private static int compareValues(SortValue a, SortValue b) {
        if (a.text().isEmpty() || b.text().isEmpty()) {
            return Boolean.compare(a.text().isEmpty(), b.text().isEmpty());
        }
        return a.number() != null && b.number() != null ? Double.compare(a.number(), b.number())
                : a.text().compareTo(b.text());
    }

    private static int compareValues(String a, String b) {
        return compareValues(SortValue.of(a), SortValue.of(b));
    }

    private static Double number(String value) {
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * meeting_key with meeting_key_value, as SwitcherController::getSearchResults and MeetingRepository read them:
     * with a key and no usable value the answer is empty; weekdays are given 1 to 7 and times as HH:MM; formats,
     * latitude and longitude match nothing; any other field matches when its value is exactly one of those given.
     */
    private record MeetingKey(String key, List<String> values) {

        static MeetingKey of(BmltQuery query) {
            if (query.meetingKey == null) {
                return new MeetingKey(null, List.of());
            }
            List<String> values = BmltQuery.values(query.meetingKeyValue, query.meetingKeyValueList);
            if (query.meetingKey.equals("start_time") || query.meetingKey.equals("duration_time")) {
                values = values.stream().map(MeetingKey::time).filter(v -> v != null).toList();
            }
            return new MeetingKey(query.meetingKey, values);
        }

        /** BMLT's build_time_string: hours and minutes clamped and padded, seconds zero; null unless H:M. */
        private static String time(String value) {
            String[] parts = value.split(":");
            if (parts.length < 2) {
                return null;
            }
            Double hour = number(parts[0].strip());
            Double minute = number(parts[1].strip());
            if (hour == null && minute == null) {
                return null;
            }
            int h = hour == null ? 0 : Math.min(23, Math.max(0, hour.intValue()));
            int m = minute == null ? 0 : Math.min(59, Math.max(0, minute.intValue()));
            return String.format(Locale.ROOT, "%02d:%02d:00", h, m);
        }

        boolean admits(Meeting meeting) {
            if (key == null) {
                return true;
            }
            if (key.equals("formats") || key.equals("latitude") || key.equals("longitude")) {
                return false;
            }
            String value = meeting.field(key);
            return value != null && !value.isEmpty() && values.contains(value);
        }
    }

    /**
     * GetFieldValues, as MeetingRepository::getFieldValues: for each value of the field, the meetings that have it.
     * A main field lists every meeting (an empty value as "NULL"; formats as format ids, optionally only those in
     * specific_formats); a data field lists the meetings that have a value.
     */
    private List<Map<String, String>> fieldValues(BmltQuery query, String origin, String root) {
        String key = query.meetingKey;
        if (key == null || key.isBlank()) {
            throw new InvalidInput("meeting_key", ProblemText.BMLT_MEETING_KEY_NEEDED);
        }
        if (!FIELD_KEYS.containsKey(key)) {
            throw new InvalidInput("meeting_key", ProblemText.BMLT_MEETING_KEY_UNKNOWN);
        }
        List<String> specific = query.specificFormats == null || query.specificFormats.isBlank() ? List.of()
                : Arrays.stream(query.specificFormats.strip().split(",")).map(String::strip).toList();
        boolean allFormats = BmltQuery.flag(query.allFormats) && !query.allFormats.isEmpty();
        // Each slot's id and value, then in the order of their ids, as a root server lists them.
        List<Map.Entry<Long, String>> values = new ArrayList<>();
        forEachWeeklySlot(finder.listings(everywhere(), false), (index, slot) -> {
            Meeting meeting = new Meeting(slot, origin, root, false);
            values.add(Map.entry(Long.parseLong(slot.id()),
                    meeting.field(key.equals("formats") ? "format_shared_id_list" : key)));
        });
        values.sort(Map.Entry.comparingByKey());
        Map<String, List<Long>> idsByValue = new LinkedHashMap<>();
        for (Map.Entry<Long, String> slotValue : values) {
            String value = slotValue.getValue();
            if (key.equals("formats") && !specific.isEmpty()) {
                List<String> has = Arrays.asList(value.split(","));
                List<String> common = specific.stream().filter(has::contains).distinct()
                        .sorted(BmltService::compareValues).toList();
                if (common.isEmpty() || allFormats && common.size() < specific.stream().distinct().count()) {
                    continue;
                }
                value = String.join(",", common);
            }
            if (value.isEmpty() && !MAIN_FIELDS.contains(key)
                    || value.isEmpty() && (key.equals("start_time") || key.equals("duration_time"))) {
                continue;
            }
            idsByValue.computeIfAbsent(value.isEmpty() ? "NULL" : value, v -> new ArrayList<>())
                    .add(slotValue.getKey());
        }
        List<Map<String, String>> answer = new ArrayList<>();
        idsByValue.forEach((value, ids) -> {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put(key, value);
            entry.put("ids", ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
            answer.add(entry);
        });
        return answer;
    }

    /**
     * GetCoverageArea, as SwitcherController::getCoverageArea and MeetingRepository::getBoundingBox: the corners of the
     * box around every meeting's published point (never more exact than the meetings themselves), empty when there is
     * none. The box does not wrap the antimeridian: the network's groups are in North America.
     */
    private Map<String, String> coverageArea() {
        DoubleSummaryStatistics latitudes = new DoubleSummaryStatistics();
        DoubleSummaryStatistics longitudes = new DoubleSummaryStatistics();
        forEachWeeklySlot(finder.listings(everywhere(), false), (index, slot) -> {
            GroupViews.Place place = slot.listing().place();
            if (place == null || place.latitude() == null || place.longitude() == null
                    || place.latitude() == 0 || place.longitude() == 0) {
                return;
            }
            latitudes.accept(place.latitude());
            longitudes.accept(place.longitude());
        });
        boolean none = latitudes.getCount() == 0;
        Map<String, String> box = new LinkedHashMap<>();
        box.put("nw_corner_longitude", none ? "" : Double.toString(longitudes.getMin()));
        box.put("nw_corner_latitude", none ? "" : Double.toString(latitudes.getMax()));
        box.put("se_corner_longitude", none ? "" : Double.toString(longitudes.getMax()));
        box.put("se_corner_latitude", none ? "" : Double.toString(latitudes.getMin()));
        return box;
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
                    throw new InvalidInput("weekdays", ProblemText.BMLT_WEEKDAYS);
                }
            }
            List<Integer> formats = BmltQuery.integers("formats", query.formats, query.formatsList);
            String operator = query.formatsComparisonOperator == null ? "AND"
                    : query.formatsComparisonOperator.strip().toUpperCase(Locale.ROOT);
            if (!operator.equals("AND") && !operator.equals("OR")) {
                throw new InvalidInput("formats_comparison_operator", ProblemText.BMLT_FORMATS_OPERATOR);
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

    /**
     * One meeting of a search, its fields made when asked for: a search orders and filters by a few of them for
     * every meeting it looks at, and makes all of them only for the meetings it sends.
     */
    private static final class Meeting {
        final Slot slot;
        final PublicListing listing;
        final GroupViews.Place place;
        /** Whether the place's venue, address and notes are public. */
        final boolean exact;
        final String origin;
        final String root;
        /** Only a search from a point sends distances, and only for a listing with a place. */
        final boolean withDistance;
        private String page;

        Meeting(Slot slot, String origin, String root, boolean fromPoint) {
            this.slot = slot;
            this.listing = slot.listing();
            this.place = listing.place();
            this.exact = place != null && place.visibility() == LocationVisibility.EXACT;
            this.origin = origin;
            this.root = root;
            this.withDistance = fromPoint && listing.distanceKm() != null;
        }

        String page() {
            if (page == null) {
                page = listing.pageUrl(origin);
            }
            return page;
        }

        /** The field as a root server sends it, or null for a field a root server does not send. */
        String field(String key) {
            Function<Meeting, String> field = FIELDS.get(key);
            return field == null ? null : field.apply(this);
        }

        /** The fields asked for (every one when {@code chosen} is null), in a root server's order. */
        Map<String, String> fields(Set<String> chosen) {
            Map<String, String> fields = new LinkedHashMap<>();
            FIELDS.forEach((key, field) -> {
                if (chosen == null || chosen.contains(key)) {
                    fields.put(key, field.apply(this));
                }
            });
            return fields;
        }

        private String placeText(Function<GroupViews.Place, String> text) {
            String value = place == null ? null : text.apply(place);
            return value == null ? "" : value;
        }

        private String exactText(Function<GroupViews.Place, String> text) {
            return exact ? placeText(text) : "";
        }
    }

    private static Map<String, Function<Meeting, String>> meetingFields() {
        Map<String, Function<Meeting, String>> f = new LinkedHashMap<>();
        Function<Meeting, String> empty = m -> "";
        f.put("id_bigint", m -> m.slot.id());
        f.put("worldid_mixed", empty);
        f.put("shared_group_id_bigint", empty);
        f.put("service_body_bigint", m -> SERVICE_BODY_ID);
        f.put("service_body_name", m -> Network.NAME);
        f.put("weekday_tinyint", m -> Integer.toString(m.slot.weekday()));
        f.put("venue_type", m -> m.slot.venueType());
        f.put("start_time", m -> CLOCK.format(m.listing.schedule().start()));
        f.put("duration_time", m -> {
            int minutes = m.listing.schedule().durationMinutes();
            // Not String.format: a whole-directory search orders by this for every meeting.
            return twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60) + ":00";
        });
        f.put("time_zone", m -> m.listing.schedule().zone().getId());
        f.put("formats", m -> m.slot.codes().stream().map(MeetingTypeCodes.Code::code)
                .collect(Collectors.joining(",")));
        f.put("lang_enum", m -> "en");
        f.put("longitude", m -> m.placeText(place -> place.longitude() == null ? null : place.longitude().toString()));
        f.put("latitude", m -> m.placeText(place -> place.latitude() == null ? null : place.latitude().toString()));
        // Sent empty, as by a root server, when the search is not from a point.
        f.put("distance_in_km", m -> m.withDistance ? m.listing.distanceKm().toString() : "");
        f.put("distance_in_miles", m -> m.withDistance
                ? String.format(Locale.ROOT, "%.1f", m.listing.distanceKm() / KM_PER_MILE) : "");
        f.put("email_contact", empty);
        f.put("published", m -> "1");
        f.put("root_server_uri", m -> m.root);
        f.put("format_shared_id_list", m -> m.slot.codes().stream().map(MeetingTypeCodes.Code::id).sorted()
                .map(String::valueOf).collect(Collectors.joining(",")));
        f.put("meeting_name", m -> m.listing.name());
        f.put("location_text", m -> BmltText.inertAsHtml(m.exactText(GroupViews.Place::venue)));
        f.put("location_info", m -> BmltText.inertAsHtml(m.exactText(GroupViews.Place::notes)));
        f.put("location_street", m -> m.exactText(GroupViews.Place::address));
        f.put("location_city_subsection", empty);
        f.put("location_neighborhood", empty);
        f.put("location_municipality", m -> m.placeText(GroupViews.Place::city));
        f.put("location_sub_province", empty);
        f.put("location_province", m -> m.placeText(GroupViews.Place::region));
        f.put("location_postal_code_1", m -> m.exactText(GroupViews.Place::postalCode));
        f.put("location_nation", m -> m.placeText(GroupViews.Place::country));
        f.put("comments", m -> {
            String notes = ListingNotes.of(m.listing, m.page());
            return notes == null ? "" : BmltText.notALink(notes);
        });
        f.put("train_lines", empty);
        f.put("bus_lines", empty);
        for (String contact : List.of("contact_phone_2", "contact_email_2", "contact_name_2", "contact_phone_1",
                "contact_email_1", "contact_name_1")) {
            f.put(contact, empty);
        }
        f.put("phone_meeting_number", empty);
        f.put("virtual_meeting_link", m -> online(m.listing) && m.listing.onlineUrl() != null
                ? BmltText.safeLink(m.listing.onlineUrl()) : "");
        f.put("virtual_meeting_additional_info", m -> online(m.listing) && m.listing.onlineLinkOnRequest()
                ? "Ask the group for the link: " + m.page() : "");
        f.put("admin_notes", empty);
        return Collections.unmodifiableMap(f);
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static boolean online(PublicListing listing) {
        return listing.attendance() != Attendance.IN_PERSON;
    }

    /**
     * data_field_key, as MeetingResource reads it: the named fields a root server knows, in its order; names it does
     * not know are ignored, and when it knows none, every field is sent.
     */
    private static Set<String> fields(String dataFieldKey) {
        if (dataFieldKey == null || dataFieldKey.isBlank()) {
            return null;
        }
        Set<String> asked = Arrays.stream(dataFieldKey.split(",")).map(String::strip).collect(Collectors.toSet());
        Set<String> known = MEETING_FIELDS.stream()
                .filter(field -> !field.equals("shared_group_id_bigint") && asked.contains(field))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return known.isEmpty() ? null : known;
    }

    private static List<Map<String, String>> formats(List<MeetingTypeCodes.Code> codes, String language,
            String root) {
        return codes.stream().map(code -> {
            MeetingTypeCodes.Wording wording = MeetingTypeCodes.wording(code, language);
            Map<String, String> format = new LinkedHashMap<>();
            format.put("key_string", code.code());
            format.put("name_string", wording.name());
            format.put("description_string", wording.description());
            format.put("lang", wording.language());
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

    /**
     * GetServerInfo, with every key a 4.x root server sends (SwitcherController::getServerInfo), in its types: strings,
     * except the settings it sends as booleans. The keys of older root servers that clients may still read
     * (centerZoomLevel, emailEnabled, meeting_time_zones_enabled ...) are kept.
     */
    private static Map<String, Object> serverInfo() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("version", BMLT_VERSION);
        info.put("versionInt", BMLT_VERSION_INT);
        info.put("langs", String.join(",", MeetingTypeCodes.WRITTEN_LANGUAGES));
        info.put("nativeLang", "en");
        info.put("centerLongitude", "-72.6412");
        info.put("centerLatitude", "42.3251");
        info.put("centerZoom", "8");
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
        List<String> available = new ArrayList<>(FIELD_KEYS.keySet());
        available.addAll(List.of("root_server_uri", "format_shared_id_list"));
        info.put("available_keys", String.join(",", available));
        info.put("google_api_key", "");
        info.put("dbVersion", "");
        info.put("dbPrefix", "");
        info.put("phpVersion", "");
        info.put("meeting_time_zones_enabled", "1");
        info.put("auto_geocoding_enabled", false);
        info.put("county_auto_geocoding_enabled", false);
        info.put("zip_auto_geocoding_enabled", false);
        info.put("commit", "");
        info.put("default_closed_status", false);
        info.put("aggregator_mode_enabled", false);
        return info;
    }
}
