package org.harmreductionworks.hub.common.metrics;

import java.time.Duration;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * How Quarkus's timer of every HTTP request ({@code http_server_requests_seconds}) is labelled and bucketed.
 *
 * <p>The {@code uri} label must be a route, never a path someone typed, or every group slug, post id and robot's
 * guess would become a series of its own. Quarkus labels a request the REST layer matched with the resource's
 * template, relative to the REST root: {@code /v1/groups/{slug}} is {@code /api/v1/groups/{slug}}. The web app's
 * pages and files are folded into two labels by the match patterns in application.properties, which Quarkus tries
 * before it looks for a template. What is left is a raw path under {@code /api} that no resource matched (a 405,
 * say): here they become one label. Quarkus itself says {@code NOT_FOUND} for an unmatched 404. Micrometer applies
 * a filter once in the global registry and again in the Prometheus one, so the mapping must give the same label
 * when applied to its own output.
 *
 * <p>Histogram buckets (Micrometer's percentile histogram, 5 ms to 30 s) let a percentile be computed over every
 * replica with {@code histogram_quantile}; percentiles computed in each replica cannot be added.
 */
@Singleton
public class HttpServerMetrics implements MeterFilter {

    static final String REQUESTS = "http.server.requests";
    static final String UNMATCHED_API_PATH = "/api/{unmatched}";

    @Override
    public Meter.Id map(Meter.Id id) {
        String uri = id.getTag("uri");
        if (!REQUESTS.equals(id.getName()) || uri == null) {
            return id;
        }
        String route = route(uri);
        return route.equals(uri) ? id : id.withTag(Tag.of("uri", route));
    }

    /** The route a request's {@code uri} label names: a raw path under /api is one that no template matched. */
    static String route(String uri) {
        return uri.equals("/api") || uri.startsWith("/api/") ? UNMATCHED_API_PATH : uri;
    }

    @Override
    public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        if (!REQUESTS.equals(id.getName())) {
            return config;
        }
        return DistributionStatisticConfig.builder()
                .percentilesHistogram(true)
                .minimumExpectedValue((double) Duration.ofMillis(5).toNanos())
                .maximumExpectedValue((double) Duration.ofSeconds(30).toNanos())
                .build()
                .merge(config);
    }
}
