package org.harmreductionworks.hub.common.change;

/**
 * Fired on this replica when another replica committed a change to {@code topic}, or when this replica may have
 * missed such notices (the listening connection was lost and is back): what is kept for the topic is out of date.
 *
 * @param key what within the topic changed (a group's id), or null when anything may have
 */
public record ChangeHeard(Topic topic, String key) {

    public static ChangeHeard everything(Topic topic) {
        return new ChangeHeard(topic, null);
    }
}
