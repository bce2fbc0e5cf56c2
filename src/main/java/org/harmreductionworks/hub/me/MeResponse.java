package org.harmreductionworks.hub.me;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.harmreductionworks.hub.group.GroupEnums;

@Schema(name = "Me", description = "The signed-in person, as the hub sees them.")
public record MeResponse(
        @Schema(description = "A first name or user name to greet them with.", examples = "Alex") String displayName,
        @Schema(description = "Whether they are one of HRH413's stewards, who curate the script, exercises and directory.")
        boolean steward,
        @Schema(description = "The groups they host. Hosting is membership of a group, kept by the hub, not an account role.")
        List<HostedGroup> hosts) {

    @Schema(name = "HostedGroup")
    public record HostedGroup(
            @Schema(examples = "northampton") String slug,
            @Schema(examples = "Harm Reduction Works-HRW Northampton") String name,
            @Schema(description = "pending until a steward approves it; then active, paused or closed")
            GroupEnums.Status status,
            @Schema(description = "The IANA time zone the group meets in. A meeting's date, in its log and plan, is "
                    + "the date there.", examples = "America/New_York") String timeZone,
            @Schema(nullable = true,
                    description = "When its latest meeting started (UTC), looking back five weeks at most; null "
                    + "when there was none or the group is paused. Host mode uses it to open on the group whose "
                    + "meeting is under way.", examples = "2026-12-01T00:00:00Z") Instant previousMeeting,
            @Schema(nullable = true,
                    description = "When its next meeting starts (UTC); null when none is on the calendar or the "
                    + "group is paused.", examples = "2026-12-08T00:00:00Z") Instant nextMeeting) {
    }
}
