package org.harmreductionworks.hub.group;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The directory's rows held in memory in place of the database, for tests of the directory and its searches. */
final class InMemoryRows extends DirectoryRows {

    final Map<Long, MeetingGroup> groups = new LinkedHashMap<>();

    @Override
    void eachListed(Consumer<Row> each) {
        groups.values().forEach(g -> each.accept(new Row(g, List.of())));
    }

    @Override
    Row listed(long id) {
        MeetingGroup group = groups.get(id);
        return group == null ? null : new Row(group, List.of());
    }
}
