package org.harmreductionworks.hub.group;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.ContactMethod;
import org.harmreductionworks.hub.group.GroupEnums.LinkVisibility;
import org.harmreductionworks.hub.group.GroupEnums.LocationVisibility;
import org.harmreductionworks.hub.group.GroupEnums.Status;
import org.harmreductionworks.hub.group.schedule.Recurrence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A Harm Reduction Works-HRW group's listing. Multi-valued fields (focus, offerings, weekdays, languages) are kept
 * as comma-delimited lists with a comma at each end, so a filter is one portable {@code like '%,value,%'}.
 */
@Entity
@Table(name = "hrw_group")
public class MeetingGroup extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    /** What follows the network's name in the group's public name. */
    @Column(nullable = false)
    public String locality;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingType format;

    @Column(nullable = false)
    public String focus;

    @Column(name = "focus_other")
    public String focusOther;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Attendance attendance;

    public String venue;
    public String address;
    public String city;
    public String region;
    @Column(name = "postal_code")
    public String postalCode;
    public String country;
    public Double latitude;
    public Double longitude;
    @Column(name = "location_notes")
    public String locationNotes;

    @Enumerated(EnumType.STRING)
    @Column(name = "location_visibility", nullable = false)
    public LocationVisibility locationVisibility;

    @Column(name = "online_url")
    public String onlineUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_visibility", nullable = false)
    public LinkVisibility onlineVisibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Recurrence recurrence;

    @Column(nullable = false)
    public String days;

    @Column(name = "week_of_month")
    public Integer weekOfMonth;

    @Column(name = "first_date")
    public LocalDate firstDate;

    @Column(name = "start_time", nullable = false)
    public LocalTime startTime;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(nullable = false)
    public String offerings;

    @Column(name = "offering_other")
    public String offeringOther;

    @Column(nullable = false)
    public String languages;

    @Column(name = "accessibility_notes")
    public String accessibilityNotes;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_method", nullable = false)
    public ContactMethod contactMethod;

    @Column(name = "public_email")
    public String publicEmail;

    /** Where relayed messages go. Only the group's hosts and stewards ever see it. */
    @Column(name = "private_email", nullable = false)
    public String privateEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "decline_reason")
    public String declineReason;

    /** Sample listings for demos; production starts with none. */
    @Column(nullable = false)
    public boolean example;

    @Column(name = "last_verified", nullable = false)
    public LocalDate lastVerified;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The Idempotency-Key the registration came with, so that a repeat of it finds this group. */
    @Column(name = "registration_key")
    public String registrationKey;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long revision;

    public String publicName() {
        return GroupNames.publicName(locality);
    }
}
