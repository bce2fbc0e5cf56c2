package org.harmreductionworks.hub.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The ",a,b," form multi-valued columns are stored in; used for small sets of enum values, which SQL `like` can match. */
public final class DelimitedList {

    private DelimitedList() {
    }

    public static String of(Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return ",";
        }
        return values.stream().map(v -> v instanceof Enum<?> e ? e.name() : v.toString())
                .collect(Collectors.joining(",", ",", ","));
    }

    public static <E extends Enum<E>> Set<E> enums(String stored, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String item : items(stored)) {
            values.add(Enum.valueOf(type, item));
        }
        return values;
    }

    public static Set<String> strings(String stored) {
        return new LinkedHashSet<>(items(stored));
    }

    /** The SQL {@code like} pattern matching a stored list that contains the value. */
    public static String containing(Object value) {
        return "%," + (value instanceof Enum<?> e ? e.name() : value.toString()) + ",%";
    }

    /**
     * The non-blank items between the commas, as they are. A loop rather than split and a stream: reading the
     * directory at start-up parses four lists per group, and at 100,000 groups the stream's parsing was a fifth of
     * the read.
     */
    private static List<String> items(String stored) {
        if (stored == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>(4);
        int start = 0;
        while (start < stored.length()) {
            int end = stored.indexOf(',', start);
            if (end < 0) {
                end = stored.length();
            }
            if (end > start) {
                String item = stored.substring(start, end);
                if (!item.isBlank()) {
                    items.add(item);
                }
            }
            start = end + 1;
        }
        return items;
    }
}
