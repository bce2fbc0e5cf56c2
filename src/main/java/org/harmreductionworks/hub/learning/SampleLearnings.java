package org.harmreductionworks.hub.learning;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.harmreductionworks.hub.common.DelimitedList;
import org.harmreductionworks.hub.common.config.HubConfig;
import org.harmreductionworks.hub.exercise.ExerciseService;
import org.harmreductionworks.hub.exercise.ExerciseViews;
import org.harmreductionworks.hub.group.GroupService;
import org.harmreductionworks.hub.group.GroupService.GroupRef;
import org.harmreductionworks.hub.learning.LearningEnums.Kind;
import org.harmreductionworks.hub.learning.LearningEnums.Status;
import org.harmreductionworks.hub.learning.LearningEnums.Visibility;

import io.quarkus.runtime.StartupEvent;

/**
 * A few example posts and replies for the local demo (hrw.sample-content=true), written by the example groups, so
 * that the learnings pages show what they are for. Production starts with none.
 */
@ApplicationScoped
public class SampleLearnings {

    private static final String NOTE = "\n\n*An example post from the demo's sample content.*";

    private record Sample(String group, Kind kind, String title, String body, List<String> topics, String exercise,
            Visibility visibility, boolean askStewards, String replyFrom, String reply) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("northampton-example", Kind.WHAT_WORKED, "Passing the script around the circle",
                    "We stopped having one host read the whole script. Each section goes to whoever is next in the "
                            + "circle, and anyone can pass. New people hear several voices before they speak, and "
                            + "it feels less like a class.",
                    List.of("the-script", "welcoming"), null, Visibility.PUBLIC, false, "amherst-example",
                    "We tried this after reading your post. Two newcomers read a section at their first meeting."),
            new Sample("greenfield-example", Kind.QUESTION,
                    "Someone arrives very high: how do you keep the meeting welcoming for everyone?",
                    "It happened twice this month. We don't want to turn anyone away, and we also want the room to "
                            + "feel okay for the others. What have other groups done?",
                    List.of("welcoming", "safety"), null, Visibility.PUBLIC, true, "holyoke-example",
                    "We keep a quieter corner with water and snacks, and one of us checks in privately. Nobody is "
                            + "asked to leave for being high; we ask people to leave only if someone is unsafe."),
            new Sample("amherst-example", Kind.WHAT_WORKED, "Listening to shame, then writing one sentence",
                    "After the talk we each wrote one sentence we would like to hear from someone we trust, folded "
                            + "it, and swapped. Reading someone else's sentence aloud made it easier to say.",
                    List.of("stigma", "creative"), "listening-to-shame", Visibility.PUBLIC, false, null, null),
            new Sample("worcester-example", Kind.STORY_OR_RESOURCE, "Agencies around Worcester that treated us well",
                    "A list we keep for each other: the syringe services program downtown, a clinic that starts "
                            + "buprenorphine the same day, and the places where people felt judged and why.",
                    List.of("local-resources"), null, Visibility.NETWORK, false, null, null));

    @Inject
    GroupService groups;

    @Inject
    ExerciseService exercises;

    @Inject
    HubConfig config;

    @Inject
    Clock clock;

    // After the example groups exist (their observer has the default priority, which comes first).
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (config.sampleContent()) {
            addUnlessPresent();
        }
    }

    @Transactional
    void addUnlessPresent() {
        // SQL, not HQL, as in ScriptService.latestPublishedNumber: no query parser to load before the app is ready.
        if (((Number) LearningPost.getEntityManager().createNativeQuery("select count(*) from learning_post")
                .getSingleResult()).longValue() > 0) {
            return;
        }
        OffsetDateTime at = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).minusDays(SAMPLES.size());
        for (Sample sample : SAMPLES) {
            Optional<GroupRef> group = groups.listedRefBySlug(sample.group());
            if (group.isEmpty()) {
                continue;
            }
            at = at.plusDays(1);
            LearningPost post = new LearningPost();
            post.groupId = group.get().id();
            post.kind = sample.kind();
            post.title = sample.title();
            post.body = sample.body() + NOTE;
            post.topics = DelimitedList.of(sample.topics());
            ExerciseViews.Ref exercise = sample.exercise() == null ? null : exercises.publishedRef(sample.exercise());
            post.exerciseId = exercise == null ? null : exercise.id();
            post.visibility = sample.visibility();
            post.askStewards = sample.askStewards();
            post.status = Status.VISIBLE;
            post.searchText = LearningService.searchText(post.title, post.body, sample.topics());
            post.createdAt = at;
            post.updatedAt = at;
            post.persist();
            Optional<GroupRef> replier = sample.replyFrom() == null ? Optional.empty()
                    : groups.listedRefBySlug(sample.replyFrom());
            if (replier.isPresent()) {
                LearningReply reply = new LearningReply();
                reply.postId = post.id;
                reply.groupId = replier.get().id();
                reply.body = sample.reply() + NOTE;
                reply.status = Status.VISIBLE;
                reply.createdAt = at.plusHours(3);
                reply.updatedAt = reply.createdAt;
                reply.persist();
                post.replyCount = 1;
            }
        }
    }
}
