package org.harmreductionworks.hub.feed;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harmreductionworks.hub.common.Network;
import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.common.i18n.Language;
import org.harmreductionworks.hub.common.web.PublicOrigin;
import org.harmreductionworks.hub.common.web.TaggedResponse;
import org.harmreductionworks.hub.exercise.ExerciseService;
import org.harmreductionworks.hub.group.GroupSearchCriteria;
import org.harmreductionworks.hub.exercise.ExerciseViews;
import org.harmreductionworks.hub.learning.LearningService;
import org.harmreductionworks.hub.learning.LearningViews;

import io.quarkus.vertx.http.Uncompressed;
import io.vertx.core.http.HttpServerResponse;

@Path("/v1/feeds")
@Tag(name = "Feeds", description = "What the hub publishes for feed readers and other tools")
public class FeedResource {

    static final String ATOM_TYPE = "application/atom+xml";
    static final String GEOJSON_TYPE = "application/geo+json";
    static final String CALENDAR_TYPE = "text/calendar";
    private static final int EXERCISE_ENTRIES = 30;
    private static final int LEARNING_ENTRIES = 30;
    /** An empty feed still needs an updated time; a fixed one keeps its ETag stable. */
    private static final OffsetDateTime EMPTY_FEED_UPDATED = OffsetDateTime.parse("2026-11-27T00:00:00Z");

    @Inject
    ExerciseService exercises;

    @Inject
    PublicOrigin publicOrigin;

    @Inject
    LearningService learnings;

    @Inject
    GroupFeeds groupFeeds;

    @GET
    @Path("exercises.atom")
    @Produces(ATOM_TYPE)
    @Operation(operationId = "getExercisesFeed", summary = "Newly published exercises, as an Atom feed",
            description = "The newest published exercises first, for any feed reader. Sends an ETag; answers 304.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = ATOM_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the copy you have")
    @APIResponse(responseCode = "406", description = "The request accepts no Atom",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exercises(@Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        Language language = Language.preferredBy(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String origin = publicOrigin.of(uri);
        List<ExerciseViews.Detail> newest = exercises.newestPublished(EXERCISE_ENTRIES);
        List<AtomFeed.Entry> entries = newest.stream().map(e -> entry(origin, e, language)).toList();
        OffsetDateTime updated = newest.stream().map(ExerciseViews.Detail::updatedAt).max(OffsetDateTime::compareTo)
                .orElse(EMPTY_FEED_UPDATED);
        String feed = AtomFeed.write(language.tag(), origin + "/exercises",
                FeedText.EXERCISES_TITLE.in(language, Network.NAME), FeedText.EXERCISES_SUBTITLE.in(language),
                origin + "/api/v1/feeds/exercises.atom", origin + "/exercises", Network.NAME, updated, entries);
        return send(feed, request, language);
    }

    @GET
    @Path("learnings.atom")
    @Produces(ATOM_TYPE)
    @Operation(operationId = "getLearningsFeed", summary = "Newly shared public learnings, as an Atom feed",
            description = "Public posts only, newest first, each shown as the group that shared it; network-only "
                    + "posts never appear. Sends an ETag; answers 304.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = ATOM_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the copy you have")
    @APIResponse(responseCode = "406", description = "The request accepts no Atom",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response learnings(@Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        Language language = Language.preferredBy(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String origin = publicOrigin.of(uri);
        List<LearningViews.Summary> newest = learnings.newestPublic(LEARNING_ENTRIES);
        List<AtomFeed.Entry> entries = newest.stream().map(p -> new AtomFeed.Entry(origin + "/learnings/" + p.id(),
                p.title(), origin + "/learnings/" + p.id(), p.createdAt(),
                p.editedAt() != null ? p.editedAt() : p.createdAt(), p.group() != null ? p.group().name() : Network.NAME,
                p.excerpt(), p.topics())).toList();
        OffsetDateTime updated = entries.stream().map(AtomFeed.Entry::updated).max(OffsetDateTime::compareTo)
                .orElse(EMPTY_FEED_UPDATED);
        String feed = AtomFeed.write(language.tag(), origin + "/learnings",
                FeedText.LEARNINGS_TITLE.in(language, Network.NAME), FeedText.LEARNINGS_SUBTITLE.in(language),
                origin + "/api/v1/feeds/learnings.atom", origin + "/learnings", Network.NAME, updated, entries);
        return send(feed, request, language);
    }

    @GET
    @Path("meeting-guide.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMeetingGuideFeed", summary = "Every group, in the Meeting Guide format",
            description = "The JSON array read by the Meeting Guide app, the 12 Step Meeting List plugin and TSML UI "
                    + "(code4recovery's specification): one entry per weekday a weekly group meets. The format is "
                    + "weekly-only, so a group that meets every other week or monthly has one entry with no `day`, "
                    + "`time` or `end_time` (by appointment: no calendar date anywhere), its notes giving the rule, "
                    + "time, next date and page. Every place is `approximate: no`, as TSML UI shows approximate "
                    + "places as not in person: a street only where the group shares its exact location, otherwise "
                    + "the town as `formatted_address`, no coordinates, `location: Place shared when you ask` and "
                    + "the page in `location_notes`. A group that meets only online has the address `Online` "
                    + "(`approximate: yes`). An online link shared on request is a `conference_url` to the group's "
                    + "page, where it can be asked for; TSML UI counts it as online once the site lists the hub's "
                    + "host among its `conference_providers`. Paused groups are `attendance_option: inactive`, typed "
                    + "`TC`, with no link. Type codes are listed at meeting-guide-types.json. Takes no parameters "
                    + "and ignores any (clients add cache-busters). "
                    + "Sends an ETag; answers 304.")
    @APIResponse(responseCode = "200", description = "The meetings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MeetingGuideFeed.Meeting.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the copy you have")
    @APIResponse(responseCode = "406", description = "The request accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many directory feeds are being written at once; try again "
            + "after Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    // Sent as kept or as written, already compressed for readers that accept gzip (FeedWriting), never compressed again.
    @Uncompressed
    public Response meetingGuide(@Context UriInfo uri, @Context Request request, @Context HttpHeaders headers,
            @Context HttpServerResponse sent) {
        return groupFeeds.meetingGuide(publicOrigin.of(uri))
                .response(MediaType.APPLICATION_JSON, request, headers, sent, 900);
    }

    @GET
    @Path("meeting-guide-types.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMeetingGuideTypes", summary = "The type codes the Meeting Guide feed uses",
            description = "Each code with its English name and whether it is the specification's own code (used with "
                    + "its meaning) or the hub's (prefixed HRW-, for focused meetings, some groups' focus and what "
                    + "a meeting offers). The BMLT interface uses the same codes for its formats.")
    @APIResponse(responseCode = "200", description = "The codes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MeetingTypeCodes.Code.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the copy you have")
    @APIResponse(responseCode = "406", description = "The request accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response meetingGuideTypes(@Context Request request) {
        return TaggedResponse.of(groupFeeds.typeCodes(), MediaType.APPLICATION_JSON, request, 3600);
    }

    @GET
    @Path("groups.geojson")
    @Produces(GEOJSON_TYPE)
    @Operation(operationId = "getGroupsGeoJson", summary = "Public group locations, as GeoJSON",
            description = "An RFC 7946 FeatureCollection of active groups, filtered like the group search. Each group "
                    + "is a point only where the public may see its position: exact, or rounded to about 1 km with "
                    + "no street. Groups that share their place on request, and online-only groups, are left out. "
                    + "Sends an ETag; answers 304.")
    @APIResponse(responseCode = "200", description = "The groups",
            content = @Content(mediaType = GEOJSON_TYPE,
                    schema = @Schema(implementation = GroupsGeoJson.FeatureCollection.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the copy you have")
    @APIResponse(responseCode = "400", description = "Invalid filters; the problem names each one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many directory feeds are being written at once; try again "
            + "after Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    // Sent as kept or as written, already compressed for readers that accept gzip (FeedWriting), never compressed again.
    @Uncompressed
    public Response groupsGeoJson(@Valid @BeanParam GroupSearchCriteria criteria, @Context UriInfo uri,
            @Context Request request, @Context HttpHeaders headers,
            @Context HttpServerResponse sent) {
        return groupFeeds.geoJson(criteria, publicOrigin.of(uri)).response(GEOJSON_TYPE, request, headers, sent, 900);
    }

    @GET
    @Path("groups.ics")
    @Produces(CALENDAR_TYPE)
    @Operation(operationId = "getGroupsCalendar", summary = "Groups' meetings, as one iCalendar feed",
            description = "RFC 5545: each active group's meetings as a recurring event in its own time zone, with "
                    + "cancelled dates excluded and moved dates as their own events, filtered like the group search "
                    + "(for example near=Springfield, MA&radiusKm=50). Subscribe to it in a calendar app. Sends an "
                    + "ETag; answers 304.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = CALENDAR_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the copy you have")
    @APIResponse(responseCode = "400", description = "Invalid filters; the problem names each one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many directory feeds are being written at once; try again "
            + "after Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    // Sent as kept or as written, already compressed for readers that accept gzip (FeedWriting), never compressed again.
    @Uncompressed
    public Response groupsCalendar(@Valid @BeanParam GroupSearchCriteria criteria, @Context UriInfo uri,
            @Context Request request, @Context HttpHeaders headers,
            @Context HttpServerResponse sent) {
        Response tagged = groupFeeds.calendar(criteria, publicOrigin.of(uri)).response(CALENDAR_TYPE, request,
                headers, sent, 900);
        return Response.fromResponse(tagged)
                .header("Content-Disposition", "inline; filename=\"harm-reduction-works-hrw.ics\"").build();
    }

    /** The feed's own words follow Accept-Language, so a cache keeps one copy per language (each has its ETag). */
    private static Response send(String feed, Request request, Language language) {
        return Response.fromResponse(TaggedResponse.of(feed, ATOM_TYPE, request, 300))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    private static AtomFeed.Entry entry(String origin, ExerciseViews.Detail e, Language language) {
        String page = origin + "/exercises/" + e.slug();
        StringBuilder summary = new StringBuilder();
        if (!e.contentNotes().isEmpty()) {
            summary.append(FeedText.EXERCISE_CONTENT_NOTES.in(language, e.contentNotes().stream()
                    .map(n -> FeedText.valueOf("NOTE_" + n.name()).in(language))
                    .collect(Collectors.joining(", ")))).append(' ');
        }
        summary.append(FeedText.EXERCISE_SUMMARY.in(language, e.summary(),
                FeedText.valueOf("KIND_" + e.kind().name()), e.suggestedMinutes(), e.source().title(),
                e.source().creator()));
        String author = e.suggestedBy() != null ? e.suggestedBy().name() : Network.NAME;
        return new AtomFeed.Entry(URI.create(page).toString(), e.title(), page, e.publishedAt(), e.updatedAt(), author,
                summary.toString(), e.themes().stream().map(t -> t.apiName()).toList());
    }
}
