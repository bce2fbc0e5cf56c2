package org.harmreductionworks.hub.group;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.ContactMethod;
import org.harmreductionworks.hub.group.GroupEnums.Focus;
import org.harmreductionworks.hub.group.GroupEnums.LinkVisibility;
import org.harmreductionworks.hub.group.GroupEnums.LocationVisibility;
import org.harmreductionworks.hub.group.GroupEnums.Offering;
import org.harmreductionworks.hub.group.schedule.Recurrence;

/** What hosts send to register or edit a listing. */
public final class GroupRequests {

    private GroupRequests() {
    }

    @Schema(name = "GroupScheduleInput")
    public record ScheduleInput(
            @NotNull Recurrence recurrence,
            @NotEmpty Set<GroupEnums.@NotNull Weekday> days,
            @Min(-1) @Max(4) @Schema(description = "Monthly: 1-4, or -1 for the last.") Integer weekOfMonth,
            @Schema(description = "Every other week: a date the group meets, which sets the fortnight.") LocalDate firstDate,
            @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    examples = "19:00") LocalTime start,
            // Left out, an int reads as 0, which @Min refuses: a client has to send it.
            @Min(60) @Max(90) @Schema(required = true) int durationMinutes,
            @NotBlank @Size(max = 64) @Schema(examples = "America/New_York") String timeZone) {
    }

    @Schema(name = "GroupInput", description = "A listing as its hosts describe it.")
    public record Listing(
            @NotBlank @Size(max = 80) @Pattern(regexp = "[\\p{L}\\p{N} .,'’()&/-]*",
                    message = "{hrw.locality-characters}")
            @Schema(description = "What follows the network's name, e.g. Northampton.", examples = "Northampton")
            String locality,
            @Size(max = 2000) String description,
            @NotNull MeetingType format,
            Set<@NotNull Focus> focus,
            @Size(max = 100) String focusOther,
            @NotNull Attendance attendance,
            @Size(max = 200) String venue,
            @Size(max = 200) String address,
            @Size(max = 100) String city,
            @Size(max = 100) String region,
            @Size(max = 20) String postalCode,
            @Pattern(regexp = "\\s*|[A-Z]{2}", message = "{hrw.country-code}") String country,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @Size(max = 500) String locationNotes,
            @NotNull LocationVisibility locationVisibility,
            @Size(max = 500) @Pattern(regexp = "\\s*|https://\\S+", message = "{hrw.https-link}") String onlineUrl,
            LinkVisibility onlineVisibility,
            @NotNull @Valid ScheduleInput schedule,
            Set<@NotNull Offering> offerings,
            @Size(max = 100) String offeringOther,
            @NotEmpty Set<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "{hrw.language-code-example}") String> languages,
            @Size(max = 1000) String accessibilityNotes,
            @NotNull ContactMethod contactMethod,
            @Email @Size(max = 254) @Schema(description = "Shown publicly when the contact method is email.")
            String publicEmail,
            @NotBlank @Email @Size(max = 254)
            @Schema(description = "Receives relayed messages; never shown publicly.") String privateEmail) {
    }

    @Schema(name = "GroupUpdate")
    public record Update(@NotNull @Valid Listing listing,
            @NotNull @Schema(description = "The revision you last read.") Long revision) {
    }

    @Schema(name = "GroupDecision")
    public record Decline(@NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "GroupScheduleChangeInput")
    public record ChangeInput(
            @NotNull LocalDate date,
            @NotNull org.harmreductionworks.hub.group.schedule.ScheduleChange.Kind kind,
            LocalDate movedToDate,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, examples = "18:30")
            LocalTime movedToStart) {
    }

    @Schema(name = "GroupInvitationCode")
    public record Join(@NotBlank @Size(max = 64) String code) {
    }
}
