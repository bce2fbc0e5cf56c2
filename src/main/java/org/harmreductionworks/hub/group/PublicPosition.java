package org.harmreductionworks.hub.group;

import org.harmreductionworks.hub.group.GroupEnums.LocationVisibility;

/**
 * The position the public may know of a group. Searching and distances use it too, never the exact position of a
 * group that keeps it private: otherwise searches with different radii would reveal where it meets.
 */
record PublicPosition(double latitude, double longitude) {

    /** Two decimals is about a kilometre. */
    private static final double APPROXIMATE = 100;
    /** One decimal is about ten kilometres: enough to rank by distance, not enough to find a door. */
    private static final double ON_REQUEST = 10;

    static PublicPosition of(MeetingGroup group) {
        if (group.latitude == null || group.longitude == null) {
            return null;
        }
        return switch (group.locationVisibility) {
            case EXACT -> new PublicPosition(group.latitude, group.longitude);
            case APPROXIMATE -> rounded(group, APPROXIMATE);
            case ON_REQUEST -> rounded(group, ON_REQUEST);
        };
    }

    /** Whether the public may see the coordinates themselves (not just a distance). */
    static boolean published(LocationVisibility visibility) {
        return visibility != LocationVisibility.ON_REQUEST;
    }

    private static PublicPosition rounded(MeetingGroup group, double factor) {
        return new PublicPosition(Math.round(group.latitude * factor) / factor,
                Math.round(group.longitude * factor) / factor);
    }
}
