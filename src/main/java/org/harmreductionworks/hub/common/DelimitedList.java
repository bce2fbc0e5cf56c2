package org.harmreductionworks.hub.common;

import java.util.Arrays;
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
        items(stored).forEach(item -> values.add(Enum.valueOf(type, item)));
        return values;
    }

    public static Set<String> strings(String stored) {
        return new LinkedHashSet<>(items(stored));
    }

    /** The SQL {@code like} pattern matching a stored list that contains the value. */
    public static String containing(Object value) {
        return "%," + (value instanceof Enum<?> e ? e.name() : value.toString()) + ",%";
    }

    private static List<String> items(String stored) {
        if (stored == null) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).toList();
    }
}
