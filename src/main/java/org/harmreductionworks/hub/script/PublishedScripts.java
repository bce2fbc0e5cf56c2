package org.harmreductionworks.hub.script;

import org.harmreductionworks.hub.common.MeetingType;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.change.ChangeHeard;
import org.harmreductionworks.hub.common.change.Topic;
import org.harmreductionworks.hub.common.error.NotFound;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.script.render.Rendition;
import org.harmreductionworks.hub.script.render.ScriptRenderer;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Serves published versions from renditions computed once per (version, meeting, language, format, paper): a
 * published version never changes, so after the first request no database query is needed. A version published
 * through another replica is heard of at once (a change notice); which version is current is also re-read every
 * few seconds, in case a notice was lost.
 */
@ApplicationScoped
public class PublishedScripts {

    private record Key(int version, MeetingType meeting, ScriptLanguage language, ScriptFormat format, Paper paper) {
    }

    @Inject
    ScriptService scripts;

    @Inject
    ObjectMapper json;

    private final Map<Key, Rendition> renditions = new ConcurrentHashMap<>();
    private volatile int current;

    void onStart(@Observes StartupEvent event) {
        refreshCurrent();
    }

    @Scheduled(every = "${hrw.script.refresh-interval:10s}", delayed = "${hrw.script.refresh-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshCurrent() {
        OptionalInt latest = scripts.latestPublishedNumber();
        current = latest.orElse(0);
    }

    void publishedElsewhere(@Observes ChangeHeard heard) {
        if (heard.topic() == Topic.SCRIPT) {
            refreshCurrent();
        }
    }

    /** Publishes a draft; this replica's readers see the new version at once, the others within seconds. */
    public ScriptVersionSummary publish(long draftId, SectionRequests.Publish request) {
        ScriptVersionSummary published = scripts.publish(draftId, request);
        synchronized (this) {
            current = Math.max(current, published.number());
        }
        return published;
    }

    public int currentNumber() {
        int number = current;
        if (number == 0) {
            throw new NotFound(ProblemText.SCRIPT_UNPUBLISHED);
        }
        return number;
    }

    public Rendition current(MeetingType meeting, ScriptLanguage language, ScriptFormat format, Paper paper) {
        return version(currentNumber(), meeting, language, format, paper);
    }

    public Rendition version(int number, MeetingType meeting, ScriptLanguage language, ScriptFormat format,
            Paper paper) {
        // Paper only matters for PDF; one key for the others keeps the cache small.
        Key key = new Key(number, meeting, language, format, format == ScriptFormat.PDF ? paper : Paper.LETTER);
        Rendition cached = renditions.get(key);
        if (cached != null) {
            return cached;
        }
        ScriptDocument document = scripts.published(number, language, meeting)
                .orElseThrow(() -> new NotFound(ProblemText.SCRIPT_VERSION_UNKNOWN, number));
        Rendition rendition = ScriptRenderer.render(document, format, paper, json);
        Rendition raced = renditions.putIfAbsent(key, rendition);
        return raced != null ? raced : rendition;
    }
}
