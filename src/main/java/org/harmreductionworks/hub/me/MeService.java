package org.harmreductionworks.hub.me;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.security.CurrentUser;

@ApplicationScoped
public class MeService {

    @Inject
    CurrentUser currentUser;

    public MeResponse whoAmI() {
        // The group directory does not exist yet, so nobody hosts a group; it will supply this list.
        List<MeResponse.HostedGroup> hosts = List.of();
        return new MeResponse(currentUser.displayName(), currentUser.isSteward(), hosts);
    }
}
