package org.harmreductionworks.hub.common.i18n;

import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Bean Validation writes its messages in the language {@link Language#preferredBy} picks for the request, the one the
 * rest of the problem is written in. Quarkus's own resolver only matches a range exactly ({@code es-MX} found no
 * Spanish); it still answers first where it finds one, and agrees there.
 */
@Singleton
@Priority(10)
public class RequestLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolve(LocaleResolverContext context) {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (request == null) {
            return null;
        }
        return Language.preferredBy(request.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)).locale();
    }
}
