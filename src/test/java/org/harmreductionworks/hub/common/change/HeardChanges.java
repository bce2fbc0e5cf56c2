package org.harmreductionworks.hub.common.change;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Records the change notices this replica hears, for tests. */
@ApplicationScoped
public class HeardChanges {

    private final List<Topic> topics = new CopyOnWriteArrayList<>();

    void record(@Observes ChangeHeard heard) {
        topics.add(heard.topic());
    }

    public List<Topic> topics() {
        return List.copyOf(topics);
    }

    public void clear() {
        topics.clear();
    }
}
