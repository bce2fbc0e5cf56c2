package org.harmreductionworks.hub.meeting;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What a group plans for one upcoming meeting: the exercise, and a nickname for who chooses or hosts. */
@Entity
@Table(name = "meeting_plan")
public class MeetingPlanEntry extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "group_id") Long groupId, @Column(name = "meeting_date") LocalDate date)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "exercise_id")
    public Long exerciseId;

    /** Seen only by the group's hosts. */
    public String chooser;

    @Column(name = "show_publicly", nullable = false)
    public boolean showPublicly;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long revision;
}
