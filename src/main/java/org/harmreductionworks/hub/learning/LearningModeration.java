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

import org.harmreductionworks.hub.common.web.NamedParameterConverters;

import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A steward's decision to hide or restore a post or reply, and why; which steward is not kept. */
@Entity
@Table(name = "learning_moderation")
public class LearningModeration extends PanacheEntityBase {

    public enum Action {
        HIDE, RESTORE;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "post_id", nullable = false)
    public long postId;

    @Column(name = "reply_id")
    public Long replyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
