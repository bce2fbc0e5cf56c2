package org.harmreductionworks.hub.common.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.harmreductionworks.hub.common.i18n.Language;

/**
 * What every problem answer says about its language: which one it is in, and that the request's Accept-Language
 * chose it, so a cache keeps one copy per language. Shared by the mappers and the answers written at the edge.
 */
public final class ProblemLanguage {

    public static final String VARY = "Accept-Language";

    private ProblemLanguage() {
    }

    static Response.ResponseBuilder describe(Response.ResponseBuilder response, Language language) {
        return response.header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).header(HttpHeaders.VARY, VARY);
    }
}
