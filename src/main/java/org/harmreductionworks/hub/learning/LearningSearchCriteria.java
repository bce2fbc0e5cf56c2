package org.harmreductionworks.hub.learning;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.harmreductionworks.hub.learning.LearningEnums.Kind;
import org.harmreductionworks.hub.learning.LearningEnums.Sort;

/** What a search of shared learnings asks for; every field is a query parameter of GET /api/v1/learnings. */
public class LearningSearchCriteria {

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Words to find in the title and body; each must match the start of a word.")
    public String q;

    @QueryParam("kind")
    @Parameter(description = "what-worked, question or story-or-resource.")
    public Kind kind;

    @QueryParam("topic")
    @Pattern(regexp = "[a-z0-9-]{2,30}", message = "{hrw.topic}")
    public String topic;

    @QueryParam("exercise")
    @Size(max = 80)
    @Parameter(description = "The slug of an exercise the posts are about.")
    public String exercise;

    @QueryParam("group")
    @Size(max = 80)
    @Parameter(description = "The slug of the group that posted.")
    public String group;

    @QueryParam("unanswered")
    @Parameter(description = "Only questions no reply has answered yet.")
    public Boolean unanswered;

    @QueryParam("sort")
    @Parameter(description = "newest (the default) or most-helpful.")
    public Sort sort;
}
