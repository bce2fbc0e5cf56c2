package org.harmreductionworks.hub.common.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The server tells the app's pages from mistyped addresses as the app's router does (frontend/src/router.ts). */
class PagePathsTest {

    private final PagePaths paths = new PagePaths(Optional.of(List.of("/", "/hosting", "/groups/join",
            "/groups/:slug", "/script/versions/:number/changes")));

    @Test
    void eachPageIsAPageWithOrWithoutATrailingSlash() {
        assertTrue(paths.isPage("/"));
        assertTrue(paths.isPage("/hosting"));
        assertTrue(paths.isPage("/hosting/"));
        assertTrue(paths.isPage("/hosting//"));
        assertTrue(paths.isPage("/groups/join"));
    }

    @Test
    void aNamedSegmentStandsForAnyOneNonEmptySegment() {
        assertTrue(paths.isPage("/groups/northampton-ma"));
        assertTrue(paths.isPage("/script/versions/2/changes"));
        assertFalse(paths.isPage("/script/versions//changes"));
        assertFalse(paths.isPage("/script/versions/2"));
        assertFalse(paths.isPage("/script/versions/2/changes/more"));
    }

    @Test
    void anythingElseIsNoPage() {
        assertFalse(paths.isPage("/hostting"));
        assertFalse(paths.isPage("/Hosting"));
        assertFalse(paths.isPage("/hosting/extra"));
        assertFalse(paths.isPage("/client_interface/json/"));
        assertFalse(paths.isPage("/groups"));
    }

    @Test
    void withoutABuiltWebAppEveryAddressMayBeAPage() {
        PagePaths unknown = new PagePaths(Optional.empty());

        assertTrue(unknown.isPage("/hostting"));
        assertTrue(unknown.isPage("/client_interface/json/"));
    }
}
