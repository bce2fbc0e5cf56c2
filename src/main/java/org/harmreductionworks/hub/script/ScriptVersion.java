package org.harmreductionworks.hub.script;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A version of the script: a draft stewards edit, or a published version, which never changes again. */
@Entity
@Table(name = "script_version")
public class ScriptVersion extends PanacheEntityBase {

    public enum Status {
        DRAFT, PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Published versions are numbered 1, 2, 3...; drafts have no number yet. */
    public Integer number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The published version a draft started from. */
    @Column(name = "based_on")
    public Integer basedOn;

    public String summary;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long revision;

    @OneToMany(mappedBy = "scriptVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("language, position")
    public List<ScriptSection> sections = new ArrayList<>();

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public List<ScriptSection> sectionsIn(ScriptLanguage language) {
        return sections.stream().filter(s -> s.language == language)
                .sorted(java.util.Comparator.comparingInt(s -> s.position)).toList();
    }
}
