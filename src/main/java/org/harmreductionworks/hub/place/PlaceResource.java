package org.harmreductionworks.hub.place;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harmreductionworks.hub.common.error.Problem;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/places")
@Tag(name = "Places", description = "Towns and US ZIP codes, for finding groups near somewhere. Answered from an "
        + "offline gazetteer built from GeoNames: no third party sees what is typed.")
public class PlaceResource {

    private static final int MAX_LIMIT = 20;
    /** The data changes only with a new release. */
    private static final String CACHE_CONTROL = "public, max-age=86400";

    @Inject
    Gazetteer gazetteer;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "suggestPlaces", summary = "Places that start with what was typed",
            description = "Towns (name, accents and case ignored) and US ZIP codes, best first: exact names before "
                    + "longer ones, then bigger places. A region or country after the town narrows the list "
                    + "(`Northampton, MA`, `northampton uk`). Send an item's `label` back as `near` to search near it.")
    @APIResponse(responseCode = "200", description = "Up to `limit` places, and the credit to show with them",
            headers = @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "`q` missing, shorter than 2 or longer than 100 characters, or "
            + "`limit` not 1-20", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public RestResponse<PlaceSuggestions> suggest(
            @Parameter(description = "A town, optionally with its region or country, or the start of a US ZIP code.",
                    required = true, example = "Northampton, MA")
            @QueryParam("q") @NotBlank @Size(min = 2, max = 100) String q,
            @Parameter(description = "At most this many places, 1-20.")
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(MAX_LIMIT) int limit) {
        PlaceSuggestions body = new PlaceSuggestions(gazetteer.suggest(q, limit), gazetteer.attribution());
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    @GET
    @Path("attribution")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "getPlaceDataAttribution", summary = "Where the place data comes from",
            description = "The sources, the npm packages the gazetteer was built from, and their licence texts.")
    @APIResponse(responseCode = "200", description = "Plain text",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "406", description = "Only plain text is offered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<String> attribution() {
        return RestResponse.ResponseBuilder.ok(gazetteer.attributionDocument())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }
}
