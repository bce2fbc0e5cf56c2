package org.harmreductionworks.hub.exercise;

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

import org.harmreductionworks.hub.exercise.ExerciseEnums.Kind;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Status;
import org.harmreductionworks.hub.exercise.ExerciseEnums.Suits;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One piece in the library. Themes and content notes are stored in the ",A,B," form of
 * {@link org.harmreductionworks.hub.common.DelimitedList}; prompts one a line.
 */
@Entity
@Table(name = "exercise")
public class Exercise extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String themes;

    @Column(name = "suggested_minutes", nullable = false)
    public int suggestedMinutes;

    @Column(nullable = false)
    public String summary;

    @Column(name = "how_to_run", nullable = false)
    public String howToRun;

    @Column(nullable = false)
    public String prompts;

    @Column(name = "source_title", nullable = false)
    public String sourceTitle;

    @Column(name = "source_creator", nullable = false)
    public String sourceCreator;

    @Column(name = "source_publisher")
    public String sourcePublisher;

    @Column(name = "source_year")
    public Integer sourceYear;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "source_free", nullable = false)
    public boolean sourceFree;

    @Column(name = "content_notes", nullable = false)
    public String contentNotes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Suits suits;

    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "suggested_by_group_id")
    public Long suggestedByGroupId;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long revision;
}
