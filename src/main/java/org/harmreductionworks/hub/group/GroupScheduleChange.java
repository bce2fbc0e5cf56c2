package org.harmreductionworks.hub.group;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.harmreductionworks.hub.group.schedule.ScheduleChange;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A cancelled or moved meeting date of one group. */
@Entity
@Table(name = "hrw_group_schedule_change")
public class GroupScheduleChange extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "group_id") Long groupId, @Column(name = "meeting_date") LocalDate date)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScheduleChange.Kind kind;

    @Column(name = "moved_to_date")
    public LocalDate movedToDate;

    @Column(name = "moved_to_start")
    public LocalTime movedToStart;

    ScheduleChange toScheduleChange() {
        return new ScheduleChange(key.date(), kind, movedToDate, movedToStart);
    }
}
