package org.harmreductionworks.hub.group;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.Focus;
import org.harmreductionworks.hub.group.GroupEnums.Offering;

/** What a group search asks for; every field is a query parameter of GET /api/v1/groups. */
public class GroupSearchCriteria {

    public enum TimeOfDay {
        MORNING(LocalTime.MIN, LocalTime.NOON), AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0)),
        EVENING(LocalTime.of(17, 0), null);

        public final LocalTime from;
        /** Exclusive; null for "until midnight" (a bound at 23:59:59.999999999 does not survive every database). */
        public final LocalTime until;

        TimeOfDay(LocalTime from, LocalTime until) {
            this.from = from;
            this.until = until;
        }
    }

    public enum Order {
        /** Nearest first (the default when a place is given). */
        DISTANCE,
        /** Soonest next meeting first (the default otherwise). */
        NEXT_MEETING,
        NAME
    }

    @QueryParam("lat")
    @DecimalMin("-90") @DecimalMax("90")
    @Parameter(description = "Latitude of the point to search around (with lon).")
    public Double lat;

    @QueryParam("lon")
    @DecimalMin("-180") @DecimalMax("180")
    @Parameter(description = "Longitude of the point to search around (with lat).")
    public Double lon;

    @QueryParam("near")
    @Size(min = 2, max = 100)
    @Parameter(description = "A town or postal code, instead of lat and lon.", example = "Northampton, MA")
    public String near;

    @QueryParam("radiusKm")
    @DefaultValue("25")
    @Min(1) @Max(500)
    @Parameter(description = "Search radius in kilometres, 1-500.")
    public int radiusKm;

    @QueryParam("weekday")
    @Parameter(description = "Meets on this weekday (repeat for several): monday ... sunday.")
    public List<GroupEnums.Weekday> weekday;

    @QueryParam("timeOfDay")
    @Parameter(description = "morning (before noon), afternoon (noon-5pm) or evening (from 5pm), group's local time.")
    public TimeOfDay timeOfDay;

    @QueryParam("upcoming")
    @Min(1) @Max(24 * 14)
    @Parameter(description = "Only groups whose next meeting starts within this many hours.")
    public Integer upcoming;

    @QueryParam("format")
    @Parameter(description = "open or focused.")
    public MeetingType format;

    @QueryParam("focus")
    public Focus focus;

    @QueryParam("attendance")
    public Attendance attendance;

    @QueryParam("offering")
    public Offering offering;

    @QueryParam("language")
    @Size(min = 2, max = 3)
    @Parameter(description = "A language code, e.g. es.")
    public String language;

    @QueryParam("q")
    @Size(max = 100)
    @Parameter(description = "Words in the group's name, town or description.")
    public String q;

    @QueryParam("sort")
    @Parameter(description = "distance, next-meeting or name.")
    public Order sort;

    boolean hasPoint() {
        return lat != null && lon != null;
    }

    Set<DayOfWeek> weekdays() {
        return weekday == null ? Set.of()
                : weekday.stream().map(GroupEnums.Weekday::toDayOfWeek).collect(java.util.stream.Collectors.toSet());
    }
}
