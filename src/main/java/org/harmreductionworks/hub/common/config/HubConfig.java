package org.harmreductionworks.hub.common.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The hub's own settings. Every one can be overridden by an environment variable (HRW_WEB_OIDC_AUTHORITY, ...).
 */
@ConfigMapping(prefix = "hrw")
public interface HubConfig {

    Web web();

    Places places();

    Limits limits();

    Relay relay();

    /** The contact relay's mail (group/ContactRelay). The mail server itself is set by quarkus.mailer.*. */
    interface Relay {

        /**
         * How long a newcomer's request waits for the mail server to accept their message. After that they are
         * told to try again in a little while, so a mail server that stops answering cannot hold them.
         */
        @WithDefault("20S")
        Duration sendTimeout();
    }

    Feeds feeds();

    Script script();

    /** What each replica keeps of the script. */
    interface Script {

        /**
         * How often a replica re-reads which version is current. Another replica's publishing is heard of at once
         * (a change notice on PostgreSQL); this is the fallback if a notice is lost. Read by PublishedScripts'
         * schedule.
         */
        @WithDefault("10S")
        Duration refreshInterval();
    }

    Reads reads();

    /** The public answers each replica keeps between changes (common/change/KeptAnswers). */
    interface Reads {

        /**
         * How long an answer is served again at most. A change made here or heard of from another replica drops it
         * at once; this bounds how long a lost change notice can leave it out of date.
         */
        @WithDefault("5M")
        Duration keepFor();

        /** How many answers each kind of answer keeps (one per distinct search, page or item). */
        @WithDefault("1000")
        long keptAnswers();
    }

    Metrics metrics();

    /** What the metrics endpoint (on the management port) reports. */
    interface Metrics {

        /**
         * How long the stewards' queue sizes, counted in the database, are reported again without counting anew: a
         * scrape reads every queue's gauge in a moment, so this makes it one count per scrape at most, and none more
         * often than this however many scrapers there are.
         */
        @WithDefault("10S")
        Duration queueSizesMaxAge();
    }

    /** The feeds written from the whole directory (Meeting Guide, GeoJSON, iCalendar, BMLT), which tools poll. */
    interface Feeds {

        /**
         * How long a written feed is served again. A change to any listing starts afresh at once; this bounds how old
         * its time-bound parts (a monthly group's "next" date) can get. Past it, and up to twice it, the old one is
         * still served while one request writes it again.
         */
        @WithDefault("5M")
        Duration keepFor();

        /** How much written feed is kept, in compressed bytes, over every feed and filter (about a tenth of the text). */
        @WithDefault("64000000")
        long keptBytes();

        /** How many feeds are written at once: more wait their turn, so a burst can't exhaust the memory. */
        @WithDefault("2")
        int writtenAtOnce();

        /** How long a request waits for its turn before it is told to try again (503). */
        @WithDefault("30S")
        Duration waitForTurn();

        /**
         * How long a request waits for a feed being written to be finished, to send it whole with its ETag; after
         * that it streams the feed as it is written, without one (the tag is the hash of the whole text). A small
         * directory's feed is written well within it; at 100,000 groups the first bytes leave after it (0.11-0.18 s
         * cold with 0.1 s here), not after the two seconds or more that the whole takes.
         */
        @WithDefault("0.05S")
        Duration sentWholeWithin();
    }

    interface Limits {

        /** How many groups one account may register per day. */
        @WithDefault("5")
        int groupRegistrationsPerDay();

        /**
         * How many relay messages one sender may send one group per day: enough to ask, follow up and correct
         * oneself, and well below the group's own limit, so one sender cannot close a group's form to others.
         */
        @WithDefault("3")
        int relayMessagesPerSenderPerGroupPerDay();

        /** How many relay messages one sender may send per hour, to any groups (newcomers write to several). */
        @WithDefault("10")
        int relayMessagesPerSenderPerHour();

        /** How many relay messages one group may receive per day, from everyone together. */
        @WithDefault("30")
        int relayMessagesPerGroupPerDay();

        /** How many learnings one account may post per hour. */
        @WithDefault("10")
        int learningPostsPerHour();

        /** How many replies one account may write per hour. */
        @WithDefault("30")
        int learningRepliesPerHour();

        /** How many posts and replies one account may flag per hour. */
        @WithDefault("20")
        int learningFlagsPerHour();
    }

    /**
     * The address people reach the hub at (scheme://host[:port]), e.g. https://hrw.example.org: the only source of
     * absolute links and ids in feeds and calendars. Absent (local runs): each request's own address.
     */
    Optional<java.net.URI> publicUrl();

    /** Example groups for the local demo; production starts with none. */
    @WithDefault("false")
    boolean sampleContent();

    interface Web {

        /**
         * The OpenID Connect issuer as the browser reaches it. Often the same as quarkus.oidc.auth-server-url, but
         * differs when the service talks to Keycloak over an internal address.
         */
        String oidcAuthority();

        /** The public client the web app signs in with (authorization code + PKCE). */
        @WithDefault("hrw-web")
        String oidcClientId();

        @WithDefault("openid profile email")
        String oidcScope();

        /**
         * Origins (scheme://host[:port]) that may call the API's write methods from a browser. Reads are open to any
         * origin; the app's own origin is always allowed.
         */
        Optional<List<String>> allowedOrigins();

        /**
         * Map tiles for the group finder, as a URL template with {z}, {x} and {y} (e.g. a tile server you run or
         * have permission to use). Absent: no map, and the web app loads nothing from any tile host.
         */
        Optional<String> mapTileUrl();

        /** The attribution the tile provider requires, shown on the map. */
        Optional<String> mapAttribution();
    }

    interface Places {

        /** Load the gazetteer in the background once the app takes requests, rather than on the first search. */
        @WithDefault("true")
        boolean preload();

        /**
         * The countries the network's groups are in (ISO 3166-1 alpha-2), whose towns a bare name means first:
         * "Northampton" is the one in Massachusetts, not England. Their towns are named without the country.
         */
        @WithDefault("US")
        List<String> homeCountries();
    }
}
