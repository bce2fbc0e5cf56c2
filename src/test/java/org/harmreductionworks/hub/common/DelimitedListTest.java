package org.harmreductionworks.hub.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DelimitedListTest {

    @Test
    void readsTheItemsBetweenTheCommasSkippingBlankOnesAndKeepingTheirOrder() {
        assertEquals(List.of("en", "es"), new ArrayList<>(DelimitedList.strings(",en,es,")));
        assertEquals(List.of("es", "en"), new ArrayList<>(DelimitedList.strings("es,en")));
        assertEquals(List.of("a", " b", "c "), new ArrayList<>(DelimitedList.strings(",,a, ,, b,c ,")));
        assertEquals(Set.of(), DelimitedList.strings(","));
        assertEquals(Set.of(), DelimitedList.strings(""));
        assertEquals(Set.of(), DelimitedList.strings(null));
        assertEquals(List.of("en"), new ArrayList<>(DelimitedList.strings(",en,en,")));
    }

    @Test
    void readsEnumValuesInTheirDeclaredOrderAndWritesThemBack() {
        Set<DayOfWeek> days = DelimitedList.enums(",SUNDAY,MONDAY,", DayOfWeek.class);
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY), days);
        assertEquals(",MONDAY,SUNDAY,", DelimitedList.of(days));
        assertEquals(Set.of(), DelimitedList.enums(",", DayOfWeek.class));
        assertEquals(",", DelimitedList.of(Set.of()));
    }
}
