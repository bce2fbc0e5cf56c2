package org.harmreductionworks.hub.feed;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
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
import org.harmreductionworks.hub.common.Sha256;
import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.exercise.ExerciseService;
import org.harmreductionworks.hub.exercise.ExerciseViews;
import org.harmreductionworks.hub.learning.LearningService;
import org.harmreductionworks.hub.learning.LearningViews;

@Path("/v1/feeds")
@Tag(name = "Feeds", description = "What the hub publishes for feed readers and other tools")
public class FeedResource {

    static final String ATOM_TYPE = "application/atom+xml";
    private static final int EXERCISE_ENTRIES = 30;
    private static final int LEARNING_ENTRIES = 30;
    /** An empty feed still needs an updated time; a fixed one keeps its ETag stable. */
    private static final OffsetDateTime EMPTY_FEED_UPDATED = OffsetDateTime.parse("2026-11-27T00:00:00Z");

    @Inject
    ExerciseService exercises;

    @Inject
    LearningService learnings;

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
    public Response exercises(@Context UriInfo uri, @Context Request request) {
        String origin = origin(uri);
        List<ExerciseViews.Detail> newest = exercises.newestPublished(EXERCISE_ENTRIES);
        List<AtomFeed.Entry> entries = newest.stream().map(e -> entry(origin, e)).toList();
        OffsetDateTime updated = newest.stream().map(ExerciseViews.Detail::updatedAt).max(OffsetDateTime::compareTo)
                .orElse(EMPTY_FEED_UPDATED);
        String feed = AtomFeed.write(origin + "/exercises", Network.NAME + ": new exercises",
                "Readings, podcasts, talks and other pieces that start a meeting's discussion, as HRH413's stewards "
                        + "publish them.",
                origin + "/api/v1/feeds/exercises.atom", origin + "/exercises", Network.NAME, updated, entries);
        return send(feed, request);
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
    public Response learnings(@Context UriInfo uri, @Context Request request) {
        String origin = origin(uri);
        List<LearningViews.Summary> newest = learnings.newestPublic(LEARNING_ENTRIES);
        List<AtomFeed.Entry> entries = newest.stream().map(p -> new AtomFeed.Entry(origin + "/learnings/" + p.id(),
                p.title(), origin + "/learnings/" + p.id(), p.createdAt(),
                p.editedAt() != null ? p.editedAt() : p.createdAt(), p.group() != null ? p.group().name() : Network.NAME,
                p.excerpt(), p.topics())).toList();
        OffsetDateTime updated = entries.stream().map(AtomFeed.Entry::updated).max(OffsetDateTime::compareTo)
                .orElse(EMPTY_FEED_UPDATED);
        String feed = AtomFeed.write(origin + "/learnings", Network.NAME + ": shared learnings",
                "What groups found works, the questions they ask each other, and stories and resources.",
                origin + "/api/v1/feeds/learnings.atom", origin + "/learnings", Network.NAME, updated, entries);
        return send(feed, request);
    }

    private static String origin(UriInfo uri) {
        return uri.getBaseUri().resolve("/").toString().replaceAll("/$", "");
    }

    private static Response send(String feed, Request request) {
        EntityTag tag = new EntityTag(Sha256.hex(feed).substring(0, 32));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(feed, ATOM_TYPE + ";charset=UTF-8").tag(tag).header("Cache-Control", "public, max-age=300")
                .build();
    }

    private static AtomFeed.Entry entry(String origin, ExerciseViews.Detail e) {
        String page = origin + "/exercises/" + e.slug();
        StringBuilder summary = new StringBuilder();
        if (!e.contentNotes().isEmpty()) {
            summary.append("Content notes: ").append(String.join(", ", e.contentNotes().stream()
                    .map(n -> n.apiName().replace('-', ' ')).toList())).append(". ");
        }
        summary.append(e.summary()).append(" (").append(e.kind().apiName().replace('-', ' ')).append(", about ")
                .append(e.suggestedMinutes()).append(" minutes; source: ").append(e.source().title()).append(", ")
                .append(e.source().creator()).append(')');
        String author = e.suggestedBy() != null ? e.suggestedBy().name() : Network.NAME;
        return new AtomFeed.Entry(URI.create(page).toString(), e.title(), page, e.publishedAt(), e.updatedAt(), author,
                summary.toString(), e.themes().stream().map(t -> t.apiName()).toList());
    }
}
