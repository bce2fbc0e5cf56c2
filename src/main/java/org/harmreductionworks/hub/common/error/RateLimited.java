package org.harmreductionworks.hub.common.error;

import java.time.Duration;

import org.harmreductionworks.hub.common.i18n.Text;

/** Too many requests of one kind from one account; the client may try again after the given time. */
public class RateLimited extends DomainException {

    private final Duration retryAfter;

    public RateLimited(Text detail, Duration retryAfter) {
        super(429, ProblemType.RATE_LIMITED, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
