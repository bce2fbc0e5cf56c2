package org.harmreductionworks.hub.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The hub as an operator sets it up: a map tile server, its public address, the demo's example groups, and a
 * registration limit small enough to reach in a test (two a day per account). The tests of these settings share one
 * profile, because Quarkus builds and starts an app for every profile: one each cost the test run about half a
 * minute apiece on CI's two cores, in both of its runs. Each test checks its own setting and must hold with the
 * others set, and with the others' data: the registration test leaves pending listings of its own accounts, so the
 * demo tests read the example groups only.
 */
public class ConfiguredInstall implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "hrw.web.map-tile-url", "https://tiles.example.org/{z}/{x}/{y}.png",
                "hrw.web.map-attribution", "© Example Tiles",
                "hrw.public-url", "https://hrw.example.org/",
                "hrw.sample-content", "true",
                "%test.hrw.limits.group-registrations-per-day", "2");
    }
}
