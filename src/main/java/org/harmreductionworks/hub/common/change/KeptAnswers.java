package org.harmreductionworks.hub.common.change;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.config.HubConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Answers to public reads, kept in memory until something they were read from changes. A read that takes several
 * queries and a transaction (a page of the library with how often each piece was used, a post with its replies)
 * costs far more than serving what was read the last time, and these change a few times a day while they are read
 * all the time.
 *
 * <p>Each kind of answer names the {@link Topic}s it is read from. A change committed here ({@link Changed}) or
 * heard of from another replica ({@link ChangeHeard}) drops every answer read from that topic; an answer also
 * expires on its own, in case a notice was lost.
 *
 * <p>An answer read while a change commits must not outlive the change. So the answers of one kind live in a
 * generation that a change replaces, and a read keeps its answer in the generation it started in: one that started
 * before the change lands in a generation already dropped.
 */
@ApplicationScoped
public class KeptAnswers {

    private final List<Kept<?, ?>> kinds = new CopyOnWriteArrayList<>();
    private final Duration keepFor;
    private final long keptAnswers;

    @Inject
    KeptAnswers(HubConfig config) {
        this(config.reads().keepFor(), config.reads().keptAnswers());
    }

    /** With limits of its own, outside CDI (unit tests of what keeps answers). */
    public KeptAnswers(Duration keepFor, long keptAnswers) {
        this.keepFor = keepFor;
        this.keptAnswers = keptAnswers;
    }

    /** A new kind of answer, read from these topics. */
    public <K, V> Kept<K, V> readFrom(Topic first, Topic... others) {
        Kept<K, V> kind = new Kept<>(EnumSet.of(first, others), this);
        kinds.add(kind);
        return kind;
    }

    /** Drops every answer read from {@code topic}, for a change already committed. */
    public void forget(Topic topic) {
        for (Kept<?, ?> kind : kinds) {
            if (kind.topics.contains(topic)) {
                kind.forgetAll();
            }
        }
    }

    void changedHere(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        forget(change.topic());
    }

    void changedElsewhere(@Observes ChangeHeard heard) {
        forget(heard.topic());
    }

    private <K, V> Cache<K, V> newGeneration() {
        return Caffeine.newBuilder().expireAfterWrite(keepFor).maximumSize(keptAnswers).build();
    }

    /** The answers of one kind, by key. */
    public static final class Kept<K, V> {

        private final Set<Topic> topics;
        private final KeptAnswers owner;
        private volatile Cache<K, V> generation;

        private Kept(Set<Topic> topics, KeptAnswers owner) {
            this.topics = topics;
            this.owner = owner;
            this.generation = owner.newGeneration();
        }

        /** The kept answer, or the one {@code read} gives now (kept unless it throws: a refusal is not kept). */
        public V get(K key, Supplier<V> read) {
            return get(key, read, answer -> true);
        }

        /**
         * As {@link #get(Object, Supplier)}, for an answer that can also go out of date with time: one that is no
         * longer {@code current} is read again.
         */
        public V get(K key, Supplier<V> read, Predicate<V> current) {
            Cache<K, V> answers = generation;
            V kept = answers.getIfPresent(key);
            if (kept != null && current.test(kept)) {
                return kept;
            }
            V answer = read.get();
            answers.put(key, answer);
            return answer;
        }

        private void forgetAll() {
            generation = owner.newGeneration();
        }
    }
}
