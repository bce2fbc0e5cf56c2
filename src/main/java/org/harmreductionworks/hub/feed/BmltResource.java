package org.harmreductionworks.hub.feed;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.error.InvalidInput;
import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.common.web.PublicOrigin;

import io.quarkus.vertx.http.Uncompressed;
import io.vertx.core.http.HttpServerResponse;


/** The BMLT root server at /api/bmlt: its client interface in JSON and JSONP. */
@Path("/bmlt/client_interface")
@Tag(name = "BMLT", description = "A read-only BMLT root server (semantic interface subset) for BMLT clients")
@APIResponse(responseCode = "400", description = "An invalid parameter; the problem names it",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "No switcher, or one this server does not answer (as a BMLT root "
        + "server answers it)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class BmltResource {

    /** Served with nosniff, a script must carry a JavaScript type for browsers to run it. */
    static final String JAVASCRIPT = "text/javascript";
    /** A JavaScript name, optionally dotted (jQuery's callbacks are jQuery123_456); nothing that could be code. */
    private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    private static final Pattern IGNORED_IN_KEY = Pattern.compile("(callback|_)(=|$)");

    @Inject
    FeedCache cache;

    @Inject
    PublicOrigin publicOrigin;

    @Inject
    BmltService bmlt;

    @Inject
    FeedJson json;

    @Inject
    GroupFeeds groupFeeds;

    @GET
    @Path("json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "bmltJson", summary = "BMLT semantic interface, JSON",
            description = "switcher=GetSearchResults (weekdays, formats with formats_comparison_operator, services, "
                    + "venue_types, meeting_ids, meeting_key with meeting_key_value, lat_val/long_val with geo_width "
                    + "or geo_width_km (negative: about that many of the nearest), sort_results_by_distance, "
                    + "sort_keys or sort_key, StartsAfterH/M, StartsBeforeH/M, SearchString, page_size/page_num, "
                    + "get_used_formats, get_formats_only, data_field_key, lang_enum), GetFormats (lang_enum, "
                    + "show_all, format_ids, key_strings), GetServiceBodies, GetFieldKeys, GetFieldValues "
                    + "(meeting_key, specific_formats, all_formats), GetServerInfo or GetCoverageArea. Each weekday a group meets is "
                    + "one BMLT meeting; groups that do not meet every week are left out, as BMLT can only say "
                    + "weekly. Every meeting value is a string, with every key a root server sends; text is sent as "
                    + "stored, except that location_text and location_info never hold a sequence HTML would read as "
                    + "markup. Sends an ETag; answers 304.")
    @APIResponse(responseCode = "200", description = "The answer, shaped as BMLT shapes it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Object.class)))
    @APIResponse(responseCode = "503", description = "Too many directory feeds are being written at once; try again "
            + "after Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    // Sent as kept or as written, already compressed for readers that accept gzip (FeedWriting), never compressed again.
    @Uncompressed
    public Response json(@BeanParam BmltQuery query, @Context UriInfo uri, @Context Request request,
            @Context HttpHeaders headers, @Context HttpServerResponse sent) {
        query.readBareSwitches(uri.getRequestUri().getRawQuery());
        return answer(query, uri).response(MediaType.APPLICATION_JSON, request, headers, sent, 300);
    }

    @GET
    @Path("jsonp")
    @Produces(JAVASCRIPT)
    @Operation(operationId = "bmltJsonp", summary = "BMLT semantic interface, JSONP",
            description = "As the JSON interface, wrapped in a call to `callback` for clients that load it as a "
                    + "script.")
    @APIResponse(responseCode = "200", description = "callback(answer);",
            content = @Content(mediaType = JAVASCRIPT, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "503", description = "Too many directory feeds are being written at once; try again "
            + "after Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public Response jsonp(@BeanParam BmltQuery query, @Context UriInfo uri, @Context Request request,
            @Context HttpServerResponse sent) {
        query.readBareSwitches(uri.getRequestUri().getRawQuery());
        if (query.callback == null || query.callback.length() > 100 || !CALLBACK.matcher(query.callback).matches()) {
            throw new InvalidInput("callback", ProblemText.BMLT_CALLBACK);
        }
        return answer(query, uri).script(query.callback, request, sent, 300);
    }

    /**
     * A root server's TSML output (bmlt-enabled/bmlt-server: routes/web.php {@code client_interface/{dataFormat}},
     * SwitcherController answering only GetSearchResults for tsml, 422 otherwise): here the Meeting Guide feed itself,
     * so a TSML UI pointed at this root reads the same entries, under the same rules, as one given the feed.
     */
    @GET
    @Path("tsml")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "bmltTsml", summary = "BMLT TSML output: the Meeting Guide feed",
            description = "switcher=GetSearchResults only, as on a root server: every listed group in the Meeting "
                    + "Guide (TSML) JSON format, the same entries as /api/v1/feeds/meeting-guide.json. Search "
                    + "parameters are not applied. Sends an ETag; answers 304.")
    @APIResponse(responseCode = "200", description = "The meetings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MeetingGuideFeed.Meeting.class)))
    @APIResponse(responseCode = "422", description = "Any switcher other than GetSearchResults, as a root server "
            + "answers", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many directory feeds are being written at once; try again "
            + "after Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    // Sent as kept or as written, already compressed for readers that accept gzip (FeedWriting), never compressed again.
    @Uncompressed
    public Response tsml(@QueryParam("switcher") String switcher, @Context UriInfo uri, @Context Request request,
            @Context HttpHeaders headers, @Context HttpServerResponse sent) {
        if (!"GetSearchResults".equals(switcher)) {
            throw InvalidInput.unprocessable("switcher", ProblemText.BMLT_TSML_SWITCHER);
        }
        return groupFeeds.meetingGuide(publicOrigin.of(uri))
                .response(MediaType.APPLICATION_JSON, request, headers, sent, 300);
    }

    /**
     * Kept like the directory's feeds, by the query without what does not change the answer: the JSONP callback
     * (script loaders name a new one per call) and a cache-buster.
     */
    private FeedWriting answer(BmltQuery query, UriInfo uri) {
        String raw = uri.getRequestUri().getRawQuery();
        String variant = raw == null ? "" : Arrays.stream(raw.split("&"))
                .filter(parameter -> !IGNORED_IN_KEY.matcher(parameter).lookingAt())
                .collect(Collectors.joining("&"));
        String origin = publicOrigin.of(uri);
        return cache.get(new FeedCache.Key("bmlt", variant, origin),
                out -> json.write(bmlt.answer(query, origin), out));
    }
}
