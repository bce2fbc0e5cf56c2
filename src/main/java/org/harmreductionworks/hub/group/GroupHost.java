package org.harmreductionworks.hub.group;

import java.io.Serializable;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** That an account hosts a group: the account's opaque subject, nothing else about the person. */
@Entity
@Table(name = "hrw_group_host")
public class GroupHost extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "group_id") Long groupId, @Column(name = "subject") String subject)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public OffsetDateTime since;
}
