package org.harmreductionworks.hub.common.change;

/**
 * Fired on this replica within the transaction that changed {@code topic}: what is kept of the topic is dropped
 * once it commits ({@link KeptAnswers}). Fire it through {@link ChangeNotices#changed(Topic)}, which also tells the
 * other replicas.
 */
public record Changed(Topic topic) {
}
