package org.harmreductionworks.hub.script;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One section of one language of a script version. */
@Entity
@Table(name = "script_section")
public class ScriptSection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "script_version_id")
    public ScriptVersion scriptVersion;

    @Convert(converter = ScriptLanguageConverter.class)
    @Column(nullable = false)
    public ScriptLanguage language;

    @Column(nullable = false)
    public int position;

    @Column(name = "section_key", nullable = false)
    public String key;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SectionKind kind;

    @Column(nullable = false)
    public int minutes;

    @Column(nullable = false, length = 20000)
    public String body;

    @Version
    public long revision;

    ScriptSection copyInto(ScriptVersion target) {
        ScriptSection copy = new ScriptSection();
        copy.scriptVersion = target;
        copy.language = language;
        copy.position = position;
        copy.key = key;
        copy.title = title;
        copy.audience = audience;
        copy.kind = kind;
        copy.minutes = minutes;
        copy.body = body;
        return copy;
    }
}
