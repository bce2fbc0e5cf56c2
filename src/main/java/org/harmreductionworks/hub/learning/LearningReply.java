package org.harmreductionworks.hub.learning;

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

import org.harmreductionworks.hub.learning.LearningEnums.Status;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reply by a group, or by HRH413's stewards (no group). */
@Entity
@Table(name = "learning_reply")
public class LearningReply extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "post_id", nullable = false)
    public long postId;

    @Column(name = "group_id")
    public Long groupId;

    @Column(name = "from_stewards", nullable = false)
    public boolean fromStewards;

    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "hidden_reason")
    public String hiddenReason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "edited_at")
    public OffsetDateTime editedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long revision;
}
