package org.harmreductionworks.hub.me;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.security.CurrentUser;
import org.harmreductionworks.hub.group.GroupService;

@ApplicationScoped
public class MeService {

    @Inject
    CurrentUser currentUser;

    @Inject
    GroupService groups;

    public MeResponse whoAmI() {
        List<MeResponse.HostedGroup> hosts = groups.hostedBy(currentUser.subject()).stream()
                .map(g -> new MeResponse.HostedGroup(g.slug(), g.name(), g.status(), g.timeZone(),
                        g.previousMeeting(), g.nextMeeting())).toList();
        return new MeResponse(currentUser.displayName(), currentUser.isSteward(), hosts);
    }
}
