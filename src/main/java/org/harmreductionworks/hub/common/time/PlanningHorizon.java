package org.harmreductionworks.hub.common.time;

import java.time.LocalDate;
import java.time.Period;

/**
 * How far ahead a host may plan, cancel or move a meeting. A year covers every real plan; without a bound one host
 * could fill a group's plan with dates up to 9999 and every reader of it would download them all.
 */
public final class PlanningHorizon {

    public static final Period AHEAD = Period.ofYears(1);

    private PlanningHorizon() {
    }

    public static boolean beyond(LocalDate date, LocalDate today) {
        return date != null && date.isAfter(today.plus(AHEAD));
    }

    /** More than a year either side of today: no cancelled or moved meeting is, and far dates break PostgreSQL. */
    public static boolean farFrom(LocalDate date, LocalDate today) {
        return beyond(date, today) || date != null && date.isBefore(today.minus(AHEAD));
    }
}
