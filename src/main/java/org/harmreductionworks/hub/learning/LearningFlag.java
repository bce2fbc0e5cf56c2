package org.harmreductionworks.hub.learning;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Someone's concern about a post or reply. The account is kept only as a hash, to count each account once; the
 * group (if the person hosts one) only to count groups. Neither is ever shown.
 */
@Entity
@Table(name = "learning_flag")
public class LearningFlag extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "post_id", nullable = false)
    public long postId;

    @Column(name = "reply_id")
    public Long replyId;

    @Column(name = "flagger_key", nullable = false)
    public String flaggerKey;

    @Column(name = "group_id")
    public Long groupId;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public boolean reviewed;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
