package org.harmreductionworks.hub.group;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.common.error.Ambiguous;
import org.harmreductionworks.hub.common.error.InvalidInput;
import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.common.i18n.Language;
import org.harmreductionworks.hub.common.paging.PageParams;
import org.harmreductionworks.hub.common.web.AppPage;
import org.harmreductionworks.hub.common.web.AppPageRoute;
import org.harmreductionworks.hub.common.web.PageText;
import org.harmreductionworks.hub.common.web.NamedParameterConverters;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.Focus;
import org.harmreductionworks.hub.group.GroupEnums.Offering;
import org.harmreductionworks.hub.group.GroupEnums.Weekday;
import org.jboss.logging.Logger;

import io.netty.handler.codec.http.QueryStringEncoder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Most newcomers arrive on the finder through a shared search link, often on a slow phone. For such a link the web
 * app's page comes with the first results already in it, as plain HTML: they are on screen as soon as the page is,
 * before any script has loaded (and without one at all). The web app takes over when its finder has its own
 * results and removes this preview.
 *
 * <p>The preview answers exactly the search the finder would make: the finder's address uses the API's parameter
 * names. Anything the preview cannot read or that the API would refuse gets the plain page, and the finder reports it.
 */
@ApplicationScoped
public class FinderPreview {

    private static final Logger LOG = Logger.getLogger(FinderPreview.class);
    private static final String APP_ELEMENT = "<hrw-app></hrw-app>";

    @Inject
    GroupFinder finder;

    @Inject
    Validator validator;

    @Inject
    AppPage appPage;

    void register(@Observes Router router) {
        // After the filters (security headers, whose routes have negative orders) and ahead of the web app's own
        // handler, which would answer with the bare page.
        router.get("/groups").order(0).blockingHandler(this::answer, false);
    }

    private void answer(RoutingContext ctx) {
        Language language = AppPageRoute.languageOf(ctx);
        Optional<String> page = appPage.html(language).filter(html -> html.contains(APP_ELEMENT));
        Optional<GroupSearchCriteria> criteria = page.isPresent() ? criteria(ctx) : Optional.empty();
        if (criteria.isEmpty()) {
            ctx.next();
            return;
        }
        String preview;
        try {
            PageParams first = new PageParams();
            first.page = 0;
            first.size = PageParams.DEFAULT_SIZE;
            Units units = Units.forLanguages(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            preview = render(criteria.get(), finder.find(criteria.get(), first), units, language);
        } catch (Ambiguous e) {
            preview = renderChoices(ctx, e, language);
        } catch (RuntimeException e) {
            // An unknown town, or the database away: the finder asks again and says what went wrong.
            LOG.debugf("no preview for %s: %s", ctx.request().uri(), e);
            ctx.next();
            return;
        }
        // Words, dates and distances follow the viewer's language: a cache must keep one copy per language.
        AppPageRoute.describe(ctx, language);
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .end(page.get().replace(APP_ELEMENT, "<hrw-app>" + preview + "</hrw-app>"));
    }

    /** The finder's address as search criteria, when it is a search by place the API would accept. */
    Optional<GroupSearchCriteria> criteria(RoutingContext ctx) {
        GroupSearchCriteria c = new GroupSearchCriteria();
        try {
            c.near = one(ctx, "near");
            c.lat = parsed(ctx, "lat", Double.class);
            c.lon = parsed(ctx, "lon", Double.class);
            Integer radius = parsed(ctx, "radiusKm", Integer.class);
            c.radiusKm = radius == null ? 25 : radius;
            List<Weekday> days = new ArrayList<>();
            for (String day : ctx.queryParam("weekday")) {
                days.add(NamedParameterConverters.parse("weekday", Weekday.class, day));
            }
            c.weekday = days.isEmpty() ? null : days;
            c.timeOfDay = parsed(ctx, "timeOfDay", GroupSearchCriteria.TimeOfDay.class);
            c.upcoming = parsed(ctx, "upcoming", Integer.class);
            c.format = parsed(ctx, "format", MeetingType.class);
            c.focus = parsed(ctx, "focus", Focus.class);
            c.attendance = parsed(ctx, "attendance", Attendance.class);
            c.offering = parsed(ctx, "offering", Offering.class);
            c.language = one(ctx, "language");
            c.q = one(ctx, "q");
            c.sort = parsed(ctx, "sort", GroupSearchCriteria.Order.class);
            Integer page = parsed(ctx, "page", Integer.class);
            if (page != null && page != 0 || one(ctx, "size") != null) {
                return Optional.empty();
            }
        } catch (InvalidInput | IllegalArgumentException e) {
            return Optional.empty();
        }
        boolean place = c.near != null && !c.near.isBlank() || c.lat != null && c.lon != null;
        boolean valid = validator.validate(c).isEmpty() && (c.lat == null) == (c.lon == null);
        return place && valid ? Optional.of(c) : Optional.empty();
    }

    private static String one(RoutingContext ctx, String name) {
        List<String> values = ctx.queryParam(name);
        if (values.size() > 1) {
            throw new IllegalArgumentException(name + " given twice");
        }
        return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    /** Read as the API reads the same query parameter. */
    private static <T> T parsed(RoutingContext ctx, String name, Class<T> type) {
        return NamedParameterConverters.parse(name, type, one(ctx, name));
    }

    static String render(GroupSearchCriteria criteria, GroupViews.SearchPage results, Units units,
            Language language) {
        String groups = results.total() == 1 ? PageText.FINDER_GROUPS_ONE.in(language)
                : PageText.FINDER_GROUPS_MANY.in(language, results.total());
        String around = results.near() != null ? results.near().displayName()
                : PageText.FINDER_SHARED_LOCATION.in(language);
        String heading = criteria.attendance == Attendance.ONLINE ? PageText.FINDER_HEADING_ONLINE.in(language, groups)
                : PageText.FINDER_HEADING_NEAR.in(language, groups, units.radius(criteria.radiusKm), around);
        DateTimeFormatter when = DateTimeFormatter.ofPattern(PageText.FINDER_NEXT_PATTERN.in(language),
                language.locale());
        StringBuilder html = new StringBuilder(4096);
        html.append("<section class=\"first-results\" aria-labelledby=\"first-results-heading\">")
                .append("<h2 id=\"first-results-heading\">").append(escape(heading)).append("</h2>");
        if (results.items().isEmpty()) {
            html.append("<p>").append(escape(PageText.FINDER_NONE_NEAR.in(language))).append("</p>");
        } else {
            html.append("<ol>");
            for (GroupViews.Summary group : results.items()) {
                html.append("<li><a href=\"/groups/").append(escape(group.slug())).append("\">")
                        .append(escape(group.name())).append("</a>");
                List<String> facts = new ArrayList<>();
                if (group.distanceKm() != null) {
                    facts.add(PageText.FINDER_AWAY.in(language, units.distance(group.distanceKm(), language)));
                } else if (group.attendance() == Attendance.ONLINE) {
                    facts.add(PageText.FINDER_ONLINE.in(language));
                }
                facts.add((group.format() == MeetingType.FOCUSED ? PageText.FINDER_FOCUSED_MEETING
                        : PageText.FINDER_OPEN_MEETING).in(language));
                if (group.nextMeeting() != null) {
                    String zone = group.nextMeeting().timeZone();
                    facts.add(PageText.FINDER_NEXT.in(language, when.format(group.nextMeeting().localStart())
                            .replace("AM", "am").replace("PM", "pm"),
                            zone.substring(zone.lastIndexOf('/') + 1).replace('_', ' ')));
                }
                html.append("<br>").append(escape(String.join(" · ", facts))).append("</li>");
            }
            html.append("</ol>");
        }
        return html.append("</section>").toString();
    }

    /** "Which Springfield?" as plain links, each the same search with one town, for a page without its script. */
    private static String renderChoices(RoutingContext ctx, Ambiguous ambiguous, Language language) {
        String name = ctx.queryParam("near").get(0).strip();
        StringBuilder html = new StringBuilder(1024);
        html.append("<section class=\"first-results\" aria-labelledby=\"first-results-heading\">")
                .append("<h2 id=\"first-results-heading\">").append(escape(PageText.FINDER_WHICH.in(language, name)))
                .append("</h2><ul>");
        for (Problem.Choice choice : ambiguous.choices()) {
            QueryStringEncoder link = new QueryStringEncoder("/groups");
            ctx.queryParams().forEach(entry -> {
                if (!entry.getKey().equals("near")) {
                    link.addParam(entry.getKey(), entry.getValue());
                }
            });
            link.addParam("near", choice.value());
            html.append("<li><a href=\"").append(escape(link.toString())).append("\">").append(escape(choice.label()))
                    .append("</a></li>");
        }
        return html.append("</ul></section>").toString();
    }

    /**
     * Distances as the viewer reads them: miles first where people measure in miles (the US, the UK, Liberia and
     * Myanmar; a language without a region, such as plain "en", is taken as US English), kilometres elsewhere.
     */
    enum Units {
        MILES, KILOMETRES;

        private static final double KM_PER_MILE = 1.609344;
        private static final Set<String> MILE_REGIONS = Set.of("US", "GB", "LR", "MM");

        static Units forLanguages(String acceptLanguage) {
            if (acceptLanguage == null || acceptLanguage.isBlank()) {
                return MILES;
            }
            List<Locale.LanguageRange> ranges;
            try {
                ranges = Locale.LanguageRange.parse(acceptLanguage);
            } catch (IllegalArgumentException e) {
                return MILES;
            }
            if (ranges.isEmpty() || ranges.get(0).getRange().equals("*")) {
                return MILES;
            }
            Locale first = Locale.forLanguageTag(ranges.get(0).getRange());
            String region = first.getCountry().isEmpty() && first.getLanguage().equals("en") ? "US"
                    : first.getCountry().toUpperCase(Locale.ROOT);
            return MILE_REGIONS.contains(region) ? MILES : KILOMETRES;
        }

        /** "16 mi" or "25 km", as the finder's results heading reads. */
        String radius(int km) {
            return this == MILES ? Math.round(km / KM_PER_MILE) + " mi" : km + " km";
        }

        /** "2.1 mi · 3.4 km", as the finder's group cards read. */
        String distance(double km, Language language) {
            String kilometres = km < 1 ? PageText.FINDER_LESS_THAN.in(language, "1 km") : oneDecimal(km) + " km";
            double miles = km / KM_PER_MILE;
            String inMiles = miles < 1 ? PageText.FINDER_LESS_THAN.in(language, "1 mi") : oneDecimal(miles) + " mi";
            return this == MILES ? inMiles + " · " + kilometres : kilometres + " · " + inMiles;
        }

        private static String oneDecimal(double value) {
            return value >= 10 ? Long.toString(Math.round(value))
                    : String.format(Locale.ROOT, "%.1f", value);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
