package org.harmreductionworks.hub.common.web;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.harmreductionworks.hub.common.error.NotFound;

/**
 * Paths under /api that no resource serves. Without this, such requests fall through to the web app's
 * HTML shell or a bare 404; API clients must get a problem document instead.
 */
@Path("/api")
public class UnknownApiPathResource {

    private static final String ANY = "{unknown: .*}";

    @GET
    @Path(ANY)
    @Operation(hidden = true)
    public void get() {
        throw notFound();
    }

    @HEAD
    @Path(ANY)
    @Operation(hidden = true)
    public void head() {
        throw notFound();
    }

    @POST
    @Path(ANY)
    @Operation(hidden = true)
    public void post() {
        throw notFound();
    }

    @PUT
    @Path(ANY)
    @Operation(hidden = true)
    public void put() {
        throw notFound();
    }

    @PATCH
    @Path(ANY)
    @Operation(hidden = true)
    public void patch() {
        throw notFound();
    }

    @DELETE
    @Path(ANY)
    @Operation(hidden = true)
    public void delete() {
        throw notFound();
    }

    private static NotFound notFound() {
        return new NotFound("There is nothing at this address. The API's paths are listed at /q/openapi.");
    }
}
