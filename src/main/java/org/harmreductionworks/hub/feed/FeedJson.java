package org.harmreductionworks.hub.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Feeds and BMLT answers as whole JSON texts, which can be kept and tagged by their hash. */
@ApplicationScoped
class FeedJson {

    @Inject
    ObjectMapper json;

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a feed could not be written as JSON", e);
        }
    }
}
