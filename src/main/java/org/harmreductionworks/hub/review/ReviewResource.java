package org.harmreductionworks.hub.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.common.security.CurrentUser;

@Path("/v1/review")
@Tag(name = "Steward queues", description = "What waits for HRH413's stewards, queue by queue")
@RolesAllowed(CurrentUser.STEWARD_ROLE)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "Not signed in",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not a steward",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReviewResource {

    @Inject
    ReviewService review;

    @GET
    @Operation(operationId = "getReviewCounts", summary = "How much waits in each steward queue",
            description = "Counts only; each queue's own endpoint lists its items.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReviewCounts.class),
                    examples = @ExampleObject(name = "some waiting", value = """
                            {"groups": 2, "exercises": 1, "flaggedLearnings": 1, "questions": 0,
                             "scriptDrafts": 0, "total": 4}""")))
    public ReviewCounts counts() {
        return review.counts();
    }
}
