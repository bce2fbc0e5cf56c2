package org.harmreductionworks.hub.feed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.error.InvalidInput;
import org.harmreductionworks.hub.common.web.NamedParameterConverters;

/**
 * The BMLT semantic interface's query parameters, as its clients send them: PHP-style lists (weekdays[]=2), single
 * values, or comma-separated values, all accepted. Each is parsed here so that a bad value is a 400 that names it.
 */
public class BmltQuery {

    @QueryParam("switcher")
    @Parameter(description = "GetSearchResults, GetFormats, GetServiceBodies, GetFieldKeys, GetFieldValues, "
            + "GetServerInfo or GetCoverageArea; any other is a 422, as from a BMLT root server.")
    public String switcher;

    @QueryParam("weekdays")
    @Parameter(description = "1 = Sunday ... 7 = Saturday; negative to exclude. Repeat, or separate with commas.")
    public List<String> weekdays;

    @QueryParam("weekdays[]")
    @Parameter(hidden = true)
    public List<String> weekdaysList;

    @QueryParam("formats")
    @Parameter(description = "Format ids (see GetFormats); negative to exclude.")
    public List<String> formats;

    @QueryParam("formats[]")
    @Parameter(hidden = true)
    public List<String> formatsList;

    @QueryParam("formats_comparison_operator")
    @Parameter(description = "AND (the default: every format) or OR (any of them).")
    public String formatsComparisonOperator;

    @QueryParam("services")
    @Parameter(description = "Service body ids; this server has one, 1.")
    public List<String> services;

    @QueryParam("services[]")
    @Parameter(hidden = true)
    public List<String> servicesList;

    @QueryParam("venue_types")
    @Parameter(description = "1 in person, 2 virtual, 3 hybrid; negative to exclude.")
    public List<String> venueTypes;

    @QueryParam("venue_types[]")
    @Parameter(hidden = true)
    public List<String> venueTypesList;

    @QueryParam("meeting_ids")
    @Parameter(description = "Only these meetings (id_bigint).")
    public List<String> meetingIds;

    @QueryParam("meeting_ids[]")
    @Parameter(hidden = true)
    public List<String> meetingIdsList;

    @QueryParam("lat_val")
    public String latitude;

    @QueryParam("long_val")
    public String longitude;

    @QueryParam("geo_width")
    @Parameter(description = "Radius in miles; a negative number asks for about that many of the nearest meetings.")
    public String geoWidthMiles;

    @QueryParam("geo_width_km")
    @Parameter(description = "Radius in kilometres; negative as for geo_width.")
    public String geoWidthKm;

    @QueryParam("sort_results_by_distance")
    public String sortByDistance;

    @QueryParam("StartsAfterH")
    public String startsAfterHour;

    @QueryParam("StartsAfterM")
    public String startsAfterMinute;

    @QueryParam("StartsBeforeH")
    public String startsBeforeHour;

    @QueryParam("StartsBeforeM")
    public String startsBeforeMinute;

    @QueryParam("SearchString")
    @Parameter(description = "Words in a group's name, town or description.")
    public String searchString;

    @QueryParam("page_size")
    public String pageSize;

    @QueryParam("page_num")
    @Parameter(description = "From 1.")
    public String pageNumber;

    @QueryParam("get_used_formats")
    @Parameter(description = "Present (with any value but 0): answer {meetings, formats} with the formats the "
            + "meetings use.")
    public String getUsedFormats;

    @QueryParam("get_formats_only")
    @Parameter(description = "Present (with any value but 0): answer {formats} only.")
    public String getFormatsOnly;

    @QueryParam("key_strings")
    @Parameter(description = "GetFormats: only the formats with these codes.")
    public List<String> keyStrings;

    @QueryParam("key_strings[]")
    @Parameter(hidden = true)
    public List<String> keyStringsList;

    @QueryParam("data_field_key")
    @Parameter(description = "Comma-separated meeting fields to return; names the server does not know are "
            + "ignored, and all fields are returned when none is known.")
    public String dataFieldKey;

    @QueryParam("meeting_key")
    @Parameter(description = "GetSearchResults: only meetings whose field of this name (see GetFieldKeys) has one of "
            + "the values in meeting_key_value, exactly; nothing when no value is given. GetFieldValues: the field "
            + "whose values to list.")
    public String meetingKey;

    @QueryParam("meeting_key_value")
    @Parameter(description = "With meeting_key: the value to match; repeat as meeting_key_value[] for several. "
            + "Weekdays are 1 (Sunday) to 7, times HH:MM.")
    public List<String> meetingKeyValue;

    @QueryParam("meeting_key_value[]")
    @Parameter(hidden = true)
    public List<String> meetingKeyValueList;

    @QueryParam("sort_keys")
    @Parameter(description = "Comma-separated meeting fields to sort by, in order (empty values last); the default is "
            + "weekday_tinyint,start_time,duration_time. Ignored when sorting by distance.")
    public String sortKeys;

    @QueryParam("sort_key")
    @Parameter(description = "A named order, used when sort_keys is absent: weekday, time, town, state or "
            + "weekday_state.")
    public String sortKey;

    @QueryParam("lang_enum")
    @Parameter(description = "The language of format names and descriptions: en or es; any other gets English.")
    public String langEnum;

    @QueryParam("show_all")
    @Parameter(description = "GetFormats: 1 for every format; otherwise only those today's meetings use.")
    public String showAll;

    @QueryParam("format_ids")
    @Parameter(description = "GetFormats: only these format ids; negative to exclude.")
    public List<String> formatIds;

    @QueryParam("format_ids[]")
    @Parameter(hidden = true)
    public List<String> formatIdsList;

    @QueryParam("specific_formats")
    @Parameter(description = "GetFieldValues with meeting_key=formats: comma-separated format ids to count; meetings "
            + "with none of them are left out.")
    public String specificFormats;

    @QueryParam("all_formats")
    @Parameter(description = "GetFieldValues with specific_formats: 1 to keep only meetings with all of them.")
    public String allFormats;

    @QueryParam("callback")
    @Parameter(description = "jsonp only: the function to call with the answer.")
    public String callback;

    /** Every value of a list parameter, however it was spelled, as integers. */
    static List<Integer> integers(String name, List<String> plain, List<String> bracketed) {
        return words(plain, bracketed).stream().map(part -> integer(name, part)).toList();
    }

    static int integer(String name, String value) {
        return NamedParameterConverters.parse(name, Integer.class, value);
    }

    static Double decimal(String name, String value, double min, double max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        double number = NamedParameterConverters.parse(name, Double.class, value);
        if (number < min || number > max) {
            throw new InvalidInput(name, ProblemText.PARAMETER_BETWEEN, min, max);
        }
        return number;
    }

    static Integer bounded(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int number = integer(name, value);
        if (number < min || number > max) {
            throw new InvalidInput(name, ProblemText.PARAMETER_BETWEEN, min, max);
        }
        return number;
    }

    /**
     * Crouton sends some switches bare ({@code &get_used_formats&}), which the REST layer does not report as
     * parameters at all; they are read from the raw query instead.
     */
    void readBareSwitches(String rawQuery) {
        if (rawQuery == null) {
            return;
        }
        for (String part : rawQuery.split("&")) {
            if (part.equals("get_used_formats") && getUsedFormats == null) {
                getUsedFormats = "";
            } else if (part.equals("get_formats_only") && getFormatsOnly == null) {
                getFormatsOnly = "";
            } else if (part.equals("sort_results_by_distance") && sortByDistance == null) {
                sortByDistance = "";
            }
        }
    }

    /** BMLT's switches count when present, even empty (get_used_formats&...); 0 or false turns one off. */
    static boolean flag(String value) {
        return value != null && !value.equals("0") && !value.equalsIgnoreCase("false");
    }

    /**
     * Every value given for a parameter whose values may hold commas (meeting_key_value), trimmed as a root server
     * trims its input; empty ones dropped.
     */
    static List<String> values(List<String> plain, List<String> bracketed) {
        List<String> values = new ArrayList<>();
        for (List<String> given : List.of(plain == null ? List.<String>of() : plain,
                bracketed == null ? List.<String>of() : bracketed)) {
            given.stream().map(String::strip).filter(value -> !value.isEmpty()).forEach(values::add);
        }
        return values;
    }

    /** Every value of a list parameter of words, however it was spelled: repeated, bracketed or comma-separated. */
    static List<String> words(List<String> plain, List<String> bracketed) {
        return values(plain, bracketed).stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).filter(part -> !part.isEmpty()).toList();
    }
}
