package org.harmreductionworks.hub.learning;

import java.io.Serializable;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** That a group said "this helped us" about a post; the key makes it once per group. */
@Entity
@Table(name = "learning_helped")
public class LearningHelped extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "post_id") Long postId, @Column(name = "group_id") Long groupId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
