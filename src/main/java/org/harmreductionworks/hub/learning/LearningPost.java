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

import org.harmreductionworks.hub.learning.LearningEnums.Kind;
import org.harmreductionworks.hub.learning.LearningEnums.Status;
import org.harmreductionworks.hub.learning.LearningEnums.Visibility;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A post by a group: what worked, a question, or a story or resource. Topics are stored as ",a,b,". */
@Entity
@Table(name = "learning_post")
public class LearningPost extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "group_id", nullable = false)
    public long groupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(nullable = false)
    public String topics;

    @Column(name = "exercise_id")
    public Long exerciseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility;

    @Column(name = "ask_stewards", nullable = false)
    public boolean askStewards;

    @Column(name = "stewards_answered", nullable = false)
    public boolean stewardsAnswered;

    @Column(name = "helpful_reply_id")
    public Long helpfulReplyId;

    @Column(name = "helped_count", nullable = false)
    public int helpedCount;

    /** Visible replies; kept here so that lists need no second query. */
    @Column(name = "reply_count", nullable = false)
    public int replyCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "hidden_reason")
    public String hiddenReason;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "edited_at")
    public OffsetDateTime editedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long revision;

    boolean answered() {
        return kind == Kind.QUESTION && (helpfulReplyId != null || stewardsAnswered);
    }
}
