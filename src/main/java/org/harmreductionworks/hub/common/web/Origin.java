package org.harmreductionworks.hub.common.web;

import jakarta.ws.rs.core.UriInfo;

/** The scheme, host and port the caller reached the hub at, for absolute links in feeds and calendars. */
public final class Origin {

    private Origin() {
    }

    public static String of(UriInfo uri) {
        return uri.getBaseUri().resolve("/").toString().replaceAll("/$", "");
    }
}
