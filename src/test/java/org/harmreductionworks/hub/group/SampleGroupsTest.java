package org.harmreductionworks.hub.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SampleGroupsTest {

    @Test
    void anExampleGroupWasLastConfirmedOnItsOwnDateNotTheServers() {
        // 7:30 pm on 6 December in Northampton is already 7 December in UTC.
        Instant evening = Instant.parse("2026-12-07T00:30:00Z");
        SampleGroups samples = new SampleGroups();
        samples.clock = Clock.fixed(evening, ZoneOffset.UTC);

        MeetingGroup northampton = samples.group(0, OffsetDateTime.ofInstant(evening, ZoneOffset.UTC));

        assertEquals("northampton-example", northampton.slug);
        assertEquals(LocalDate.of(2026, 12, 6), northampton.lastVerified);
    }
}
