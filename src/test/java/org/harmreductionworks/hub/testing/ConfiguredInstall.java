package org.harmreductionworks.hub.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The hub as an operator sets it up: a map tile server, its public address, and the demo's example groups. The
 * tests of these settings share one profile, because Quarkus builds and starts an app for every profile: one each
 * cost the test run half a minute apiece on CI's two cores. Each test checks its own setting, and must hold with the
 * others set; none of them writes.
 */
public class ConfiguredInstall implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "hrw.web.map-tile-url", "https://tiles.example.org/{z}/{x}/{y}.png",
                "hrw.web.map-attribution", "© Example Tiles",
                "hrw.public-url", "https://hrw.example.org/",
                "hrw.sample-content", "true");
    }
}
