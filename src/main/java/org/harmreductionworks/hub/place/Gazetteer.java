package org.harmreductionworks.hub.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.config.HubConfig;
import org.jboss.logging.Logger;

import io.quarkus.vertx.http.HttpServerStart;

/**
 * Towns worldwide (GeoNames places of 1000+ people) and US ZIP codes, answered from data built into the jar: no
 * network at run time. Queries are accent- and case-insensitive; a town may be followed by its region and/or
 * country ("Northampton, MA", "northampton ma us", "Perth, Western Australia", "Northampton UK").
 */
@ApplicationScoped
public class Gazetteer {

    private static final Logger LOG = Logger.getLogger(Gazetteer.class);
    private static final String ATTRIBUTION = "gazetteer/ATTRIBUTION.txt";
    private static final int MAX_WORDS = 8;
    private static final int ZIP_LENGTH = 5;
    /**
     * A bare name is ambiguous when a second town of that name is at least half the size of the biggest: Springfield,
     * MO and Springfield, MA (167,000 and 154,000 people), but not Northampton, MA and Northampton, PA (29,000 and
     * 10,000), where the bigger is the one people mean.
     */
    private static final int SIMILAR_SIZE = 2;
    /** Towns under a tenth of the biggest are too small to be offered as what a bare name means. */
    private static final int CHOICE_SHARE = 10;
    private static final int MAX_CHOICES = 8;

    private final List<String> homeCountries;
    private volatile PlaceTable table;
    /** Indexes of the home countries in the table; written before the table is published. */
    private volatile BitSet home;
    private volatile String attributionText;

    @Inject
    public Gazetteer(HubConfig config) {
        this(config.places().homeCountries());
    }

    Gazetteer(List<String> homeCountries) {
        this.homeCountries = List.copyOf(homeCountries);
    }

    /**
     * Loads the data in the background once the app takes requests, so that the first person to type does not wait
     * for it. Not at start-up: readiness does not need it (a search that comes before the load is done waits for it),
     * and on two cores its loading, a tenth of the CPU samples of a start, competed with the start-up itself.
     */
    void preload(@ObservesAsync HttpServerStart listening, HubConfig config) {
        if (config.places().preload()) {
            Thread loader = new Thread(() -> {
                try {
                    table();
                } catch (RuntimeException e) {
                    LOG.error("Could not load the gazetteer", e);
                }
            }, "gazetteer-preload");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /**
     * Places whose name (or postal code) starts with the query, best first: exact names before longer ones, then
     * towns in the network's countries, then the bigger place. Words after the town that name its region or country
     * narrow the list; the last word may be unfinished ("Northampton, M").
     */
    public List<Place> suggest(String query, int limit) {
        if (query == null || limit < 1) {
            return List.of();
        }
        PlaceTable places = table();
        return Arrays.stream(best(places, query, true, limit)).mapToObj(row -> place(places, row)).toList();
    }

    /**
     * What a {@code near=} value means: a US ZIP code (ZIP+4 too), or a town named in full, optionally with its region
     * and country, as in the labels {@link #suggest} returns. A bare name means the biggest town of that name in the
     * network's countries (elsewhere only when they have none), unless towns of a similar size share it.
     */
    public Resolution resolve(String near) {
        if (near == null) {
            return Resolution.NOTHING;
        }
        PlaceTable places = table();
        int[] rows = best(places, near, false, Integer.MAX_VALUE);
        if (rows.length == 0) {
            return Resolution.NOTHING;
        }
        Place first = place(places, rows[0]);
        boolean firstAtHome = isHome(places, rows[0]);
        int biggest = places.population(rows[0]);
        List<Place> alike = new ArrayList<>();
        for (int row : rows) {
            if (alike.size() == MAX_CHOICES || isHome(places, row) != firstAtHome) {
                break;
            }
            if ((long) places.population(row) * CHOICE_SHARE >= biggest) {
                alike.add(place(places, row));
            }
        }
        boolean ambiguous = rows.length > 1 && isHome(places, rows[1]) == firstAtHome
                && (long) places.population(rows[1]) * SIMILAR_SIZE >= biggest && first.kind() == Place.Kind.CITY;
        return new Resolution(Optional.of(first), ambiguous ? List.copyOf(alike) : List.of());
    }

    /**
     * The place a {@code near=} value resolves to, and, when a bare name could as well mean several towns, those
     * towns (biggest first), among which a person should choose.
     */
    public record Resolution(Optional<Place> place, List<Place> choices) {

        static final Resolution NOTHING = new Resolution(Optional.empty(), List.of());

        public boolean ambiguous() {
            return !choices.isEmpty();
        }
    }

    /** The credit the data's licences ask for, in one paragraph. */
    public String attribution() {
        return attributionDocument().lines().takeWhile(line -> !line.isBlank()).reduce((a, b) -> a + " " + b)
                .orElse("");
    }

    /** The full attribution: sources, package versions and their licence texts. */
    public String attributionDocument() {
        String text = attributionText;
        if (text == null) {
            try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(ATTRIBUTION)) {
                if (in == null) {
                    throw new IllegalStateException(ATTRIBUTION + " is missing: the build makes it with the gazetteer");
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            attributionText = text;
        }
        return text;
    }

    /** The best rows for the text, one per label: places with the same label cannot be told apart, so the biggest. */
    private int[] best(PlaceTable places, String text, boolean asPrefix, int limit) {
        String query = PlaceNames.normalise(text);
        if (query.isEmpty()) {
            return new int[0];
        }
        String[] words = query.split(" ");
        BitSet homes = home;
        Candidates candidates = isDigits(words[0])
                ? postalCodes(places, words[0], asPrefix)
                : towns(places, homes, words, asPrefix);
        long[] ranked = candidates.bestFirst();
        Set<String> labels = new HashSet<>();
        int[] rows = new int[Math.min(ranked.length, limit)];
        int count = 0;
        for (int i = 0; i < ranked.length && count < rows.length; i++) {
            int row = Candidates.row(ranked[i]);
            if (labels.add(places.place(row, false).label())) {
                rows[count++] = row;
            }
        }
        return Arrays.copyOf(rows, count);
    }

    private Place place(PlaceTable places, int row) {
        return places.place(row, isHome(places, row));
    }

    private boolean isHome(PlaceTable places, int row) {
        return home.get(places.country(row));
    }

    /** A code typed in full or in part; what follows it (the town in a label) is not needed. */
    private static Candidates postalCodes(PlaceTable places, String code, boolean asPrefix) {
        Candidates found = new Candidates();
        if (!asPrefix && code.length() != ZIP_LENGTH) {
            return found;
        }
        byte[] key = code.getBytes(StandardCharsets.US_ASCII);
        for (int row = places.lowerBound(key); row < places.size() && places.keyStartsWith(row, key); row++) {
            boolean exact = places.keyLength(row) == key.length;
            if (places.isPostal(row) && (asPrefix || exact)) {
                found.add(row, exact, true, 0, places.keyLength(row));
            }
        }
        return found;
    }

    /**
     * Every way of reading the words as a town name followed by a region and/or country: "new york" is a town, while
     * in "northampton ma" the last word may name the state. Readings that need a qualifier keep only the places it
     * fits. The longest name is read first, so a place is met first in the reading where its name can be exact.
     */
    private static Candidates towns(PlaceTable places, BitSet homes, String[] words, boolean asPrefix) {
        int count = Math.min(words.length, MAX_WORDS);
        Candidates found = new Candidates();
        BitSet seen = new BitSet();
        for (int nameWords = count; nameWords >= 1; nameWords--) {
            Qualifier qualifier = Qualifier.of(places, words, nameWords, count, asPrefix);
            if (qualifier == null) {
                continue;
            }
            byte[] name = String.join(" ", Arrays.copyOfRange(words, 0, nameWords)).getBytes(StandardCharsets.UTF_8);
            for (int row = places.lowerBound(name); row < places.size() && places.keyStartsWith(row, name); row++) {
                boolean exact = places.keyLength(row) == name.length;
                if (seen.get(row) || places.isPostal(row) || !(asPrefix || exact) || !qualifier.accepts(places, row)) {
                    continue;
                }
                seen.set(row);
                found.add(row, exact, homes.get(places.country(row)), places.population(row),
                        places.keyLength(row));
            }
        }
        return found;
    }

    private static boolean isDigits(String word) {
        return word.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private PlaceTable table() {
        PlaceTable loaded = table;
        if (loaded == null) {
            synchronized (this) {
                loaded = table;
                if (loaded == null) {
                    long started = System.nanoTime();
                    loaded = PlaceTable.load(Gazetteer.class.getClassLoader());
                    if (loaded.size() > Candidates.MAX_ROWS) {
                        throw new IllegalStateException("The gazetteer has more rows than a search can rank");
                    }
                    BitSet homes = new BitSet();
                    for (String code : homeCountries) {
                        int index = loaded.countryIndex(code);
                        if (index >= 0) {
                            homes.set(index);
                        } else {
                            LOG.warnf("No place in the home country %s: check hrw.places.home-countries", code);
                        }
                    }
                    home = homes;
                    LOG.infof("Gazetteer loaded: %d places in %d ms, about %d KiB", loaded.size(),
                            (System.nanoTime() - started) / 1_000_000, loaded.approximateBytes() / 1024);
                    table = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * Matching rows, each packed with its rank into one long so that a plain sort puts the best first: exact names
     * before longer ones, then places in the network's countries, then bigger places, then shorter names, then
     * table order. A query of one letter can match
     * tens of thousands of rows, so no object is made per row.
     */
    private static final class Candidates {

        private static final int ROW_BITS = 20;
        private static final int LENGTH_BITS = 10;
        private static final int POPULATION_BITS = 31;
        static final int MAX_ROWS = 1 << ROW_BITS;

        private long[] ranks = new long[64];
        private int size;

        void add(int row, boolean exact, boolean home, int population, int keyLength) {
            if (size == ranks.length) {
                ranks = Arrays.copyOf(ranks, size * 2);
            }
            long rank = exact ? 0 : 1;
            rank = rank << 1 | (home ? 0 : 1);
            rank = rank << POPULATION_BITS | (Integer.MAX_VALUE - Math.max(population, 0));
            rank = rank << LENGTH_BITS | Math.min(keyLength, (1 << LENGTH_BITS) - 1);
            ranks[size++] = rank << ROW_BITS | row;
        }

        long[] bestFirst() {
            long[] sorted = Arrays.copyOf(ranks, size);
            Arrays.sort(sorted);
            return sorted;
        }

        static int row(long rank) {
            return (int) (rank & ((1 << ROW_BITS) - 1));
        }
    }

    /**
     * The words after a town's name: a region ("ma", "massachusetts"), a country ("us", "united kingdom"), or a region
     * then a country ("ma us"). When suggesting, the last of them may be unfinished.
     */
    private static final class Qualifier {

        private static final Qualifier NONE = new Qualifier(null, null, List.of());

        /** One phrase: places in one of these regions, or in one of these countries. */
        private final BitSet regions;
        private final BitSet countries;
        /** Two phrases: places in the first's region and the second's country, for each way of splitting the words. */
        private final List<BitSet[]> regionThenCountry;

        private Qualifier(BitSet regions, BitSet countries, List<BitSet[]> regionThenCountry) {
            this.regions = regions;
            this.countries = countries;
            this.regionThenCountry = regionThenCountry;
        }

        /** The qualifier the words from {@code from} on make, NONE if there are none, null if they name nothing. */
        static Qualifier of(PlaceTable places, String[] words, int from, int to, boolean lastMayBeUnfinished) {
            if (from == to) {
                return NONE;
            }
            String all = phrase(words, from, to);
            BitSet regions = regions(places, all, lastMayBeUnfinished);
            BitSet countries = countries(places, all, lastMayBeUnfinished);
            List<BitSet[]> regionThenCountry = new ArrayList<>();
            for (int split = from + 1; split < to; split++) {
                BitSet region = regions(places, phrase(words, from, split), false);
                BitSet country = countries(places, phrase(words, split, to), lastMayBeUnfinished);
                if (!region.isEmpty() && !country.isEmpty()) {
                    regionThenCountry.add(new BitSet[] { region, country });
                }
            }
            if (regions.isEmpty() && countries.isEmpty() && regionThenCountry.isEmpty()) {
                return null;
            }
            return new Qualifier(regions, countries, regionThenCountry);
        }

        boolean accepts(PlaceTable places, int row) {
            if (this == NONE) {
                return true;
            }
            int region = places.region(row);
            int country = places.country(row);
            if ((region >= 0 && regions.get(region)) || countries.get(country)) {
                return true;
            }
            for (BitSet[] pair : regionThenCountry) {
                if (region >= 0 && pair[0].get(region) && pair[1].get(country)) {
                    return true;
                }
            }
            return false;
        }

        private static BitSet regions(PlaceTable places, String phrase, boolean asPrefix) {
            BitSet matching = new BitSet();
            for (int i = 0; i < places.regionCount(); i++) {
                if (matches(places.regionTerms(i), phrase, asPrefix)) {
                    matching.set(i);
                }
            }
            return matching;
        }

        private static BitSet countries(PlaceTable places, String phrase, boolean asPrefix) {
            BitSet matching = new BitSet();
            for (int i = 0; i < places.countryCount(); i++) {
                if (matches(places.countryTerms(i), phrase, asPrefix)) {
                    matching.set(i);
                }
            }
            return matching;
        }

        private static boolean matches(String[] terms, String phrase, boolean asPrefix) {
            for (String term : terms) {
                if (asPrefix ? term.startsWith(phrase) : term.equals(phrase)) {
                    return true;
                }
            }
            return false;
        }

        private static String phrase(String[] words, int from, int to) {
            return String.join(" ", Arrays.copyOfRange(words, from, to));
        }
    }
}
