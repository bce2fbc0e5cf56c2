package org.harmreductionworks.hub.meeting;

import java.time.LocalDate;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A meeting a group held, as its hosts logged it: no names, a headcount range at most. */
@Entity
@Table(name = "meeting_log")
public class MeetingLogEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "group_id", nullable = false)
    public long groupId;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_type", nullable = false)
    public MeetingType meeting;

    @Column(name = "exercise_id")
    public Long exerciseId;

    @Enumerated(EnumType.STRING)
    public Headcount headcount;

    @Column(nullable = false)
    public int rating;

    public String note;

    @Column(name = "share_note", nullable = false)
    public boolean shareNote;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long revision;
}
