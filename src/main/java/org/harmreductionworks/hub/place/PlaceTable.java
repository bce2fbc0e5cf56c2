package org.harmreductionworks.hub.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The gazetteer's rows, held column by column in arrays (about 180,000 places in under 10 MB of heap, where an
 * object per place would take several times that). Rows are sorted by the UTF-8 bytes of their search key, so the
 * places whose key starts with a prefix are one contiguous run, found by binary search.
 */
final class PlaceTable {

    static final String PLACES = "gazetteer/places.tsv.gz";
    static final String REGIONS = "gazetteer/regions.tsv";
    private static final String FORMAT = "# hrw-gazetteer 1 rows=";
    private static final int FIELDS = 9;
    private static final byte TAB = '\t';
    private static final byte NEWLINE = '\n';
    private static final short NO_REGION = -1;

    private final int size;
    private final byte[] keys;
    private final int[] keyStart;
    private final byte[] names;
    private final int[] nameStart;
    private final boolean[] postal;
    private final short[] region;
    private final short[] country;
    private final float[] latitude;
    private final float[] longitude;
    private final int[] population;

    private final String[] countryCodes;
    /** Regions are told apart by country too: WA is Washington in the US and Western Australia in Australia. */
    private final String[] regionCodes;
    private final short[] regionCountry;
    private final String[][] regionTerms;
    private final String[][] countryTerms;

    private PlaceTable(byte[] tsv, Map<String, String> regionNames) {
        int headerEnd = indexOf(tsv, NEWLINE, 0);
        String header = new String(tsv, 0, headerEnd, StandardCharsets.UTF_8);
        if (!header.startsWith(FORMAT)) {
            throw new IllegalStateException(PLACES + " is not in the expected format: " + header);
        }
        size = Integer.parseInt(header.substring(FORMAT.length()).trim());
        int at = indexOf(tsv, NEWLINE, headerEnd + 1) + 1; // past the column names

        keyStart = new int[size + 1];
        nameStart = new int[size + 1];
        postal = new boolean[size];
        region = new short[size];
        country = new short[size];
        latitude = new float[size];
        longitude = new float[size];
        population = new int[size];
        ByteRun keyBytes = new ByteRun(size * 12);
        ByteRun nameBytes = new ByteRun(size * 12);
        Map<String, Short> countries = new HashMap<>();
        Map<String, Short> regions = new HashMap<>();
        List<String> regionList = new ArrayList<>();
        int[] field = new int[FIELDS + 1];

        for (int row = 0; row < size; row++) {
            int lineEnd = indexOf(tsv, NEWLINE, at);
            if (lineEnd < 0) {
                lineEnd = tsv.length;
            }
            field[0] = at;
            for (int f = 1; f < FIELDS; f++) {
                field[f] = indexOf(tsv, TAB, field[f - 1]) + 1;
                if (field[f] == 0 || field[f] > lineEnd) {
                    throw new IllegalStateException(PLACES + ": row " + (row + 1) + " has too few fields");
                }
            }
            field[FIELDS] = lineEnd + 1;

            postal[row] = tsv[field[0]] == 'p';
            nameStart[row] = nameBytes.length;
            nameBytes.append(tsv, field[1], field[2] - 1);
            keyStart[row] = keyBytes.length;
            keyBytes.append(tsv, field[2], field[3] - 1);
            if (row > 0 && compareKeys(keyBytes.bytes, keyStart[row - 1], keyStart[row], keyStart[row],
                    keyBytes.length) > 0) {
                throw new IllegalStateException(PLACES + " is not sorted by key at row " + (row + 1));
            }
            String countryCode = text(tsv, field[4], field[5] - 1);
            country[row] = countries.computeIfAbsent(countryCode, c -> (short) countries.size());
            String regionCode = text(tsv, field[3], field[4] - 1);
            if (regionCode.isEmpty()) {
                region[row] = NO_REGION;
            } else {
                region[row] = regions.computeIfAbsent(countryCode + '\t' + regionCode, r -> {
                    regionList.add(r);
                    return (short) (regionList.size() - 1);
                });
            }
            latitude[row] = (float) decimal(tsv, field[6], field[7] - 1);
            longitude[row] = (float) decimal(tsv, field[7], field[8] - 1);
            population[row] = (int) decimal(tsv, field[8], lineEnd);
            at = lineEnd + 1;
        }
        keyStart[size] = keyBytes.length;
        nameStart[size] = nameBytes.length;
        keys = keyBytes.trimmed();
        names = nameBytes.trimmed();

        countryCodes = new String[countries.size()];
        countries.forEach((code, index) -> countryCodes[index] = code);
        countryTerms = new String[countryCodes.length][];
        for (int i = 0; i < countryCodes.length; i++) {
            countryTerms[i] = countryTerms(countryCodes[i]);
        }
        regionCodes = new String[regionList.size()];
        regionCountry = new short[regionList.size()];
        regionTerms = new String[regionList.size()][];
        for (int i = 0; i < regionCodes.length; i++) {
            String[] countryAndRegion = regionList.get(i).split("\t");
            regionCountry[i] = countries.get(countryAndRegion[0]);
            regionCodes[i] = countryAndRegion[1];
            String fullName = regionNames.getOrDefault(regionList.get(i), countryAndRegion[1]);
            regionTerms[i] = new String[] { PlaceNames.normalise(countryAndRegion[1]), PlaceNames.normalise(fullName) };
        }
    }

    static PlaceTable load(ClassLoader loader) {
        // Closing the GZIPInputStream ends its Inflater now, instead of leaving its native memory to the collector.
        try (InputStream places = new GZIPInputStream(open(loader, PLACES), 1 << 16);
                InputStream regions = open(loader, REGIONS)) {
            byte[] tsv = places.readAllBytes();
            return new PlaceTable(tsv, regionNames(new String(regions.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the gazetteer", e);
        }
    }

    private static InputStream open(ClassLoader loader, String resource) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing: the build makes it with node from "
                    + "src/main/gazetteer (exec-maven-plugin, generate-resources)");
        }
        return in;
    }

    /** country TAB region code -> the region's full name. */
    private static Map<String, String> regionNames(String tsv) {
        Map<String, String> names = new HashMap<>();
        tsv.lines().skip(1).map(line -> line.split("\t")).filter(f -> f.length == 3)
                .forEach(f -> names.put(f[0] + '\t' + f[1], f[2]));
        return names;
    }

    private static final Map<String, List<String>> COUNTRY_ALIASES = Map.of(
            "US", List.of("usa", "united states of america", "america"),
            "GB", List.of("uk", "great britain", "britain"));

    private static String[] countryTerms(String code) {
        List<String> terms = new ArrayList<>();
        terms.add(code.toLowerCase(Locale.ROOT));
        String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH);
        if (!name.equalsIgnoreCase(code)) {
            terms.add(PlaceNames.normalise(name));
        }
        terms.addAll(COUNTRY_ALIASES.getOrDefault(code, List.of()));
        return terms.toArray(String[]::new);
    }

    int size() {
        return size;
    }

    /** The first row whose key is not below {@code key}. */
    int lowerBound(byte[] key) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (compareKeys(keys, keyStart[mid], keyStart[mid + 1], key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    boolean keyStartsWith(int row, byte[] prefix) {
        int start = keyStart[row];
        return keyStart[row + 1] - start >= prefix.length
                && Arrays.equals(keys, start, start + prefix.length, prefix, 0, prefix.length);
    }

    int keyLength(int row) {
        return keyStart[row + 1] - keyStart[row];
    }

    boolean isPostal(int row) {
        return postal[row];
    }

    int population(int row) {
        return population[row];
    }

    /** Index into the regions, or -1 where the place has none. */
    int region(int row) {
        return region[row];
    }

    int country(int row) {
        return country[row];
    }

    int regionCount() {
        return regionCodes.length;
    }

    int countryCount() {
        return countryCodes.length;
    }

    /** The region's short form and full name, in search form ("ma", "massachusetts"). */
    String[] regionTerms(int region) {
        return regionTerms[region];
    }

    /** The country's code, English name and common other names, in search form ("gb", "united kingdom", "uk"). */
    String[] countryTerms(int country) {
        return countryTerms[country];
    }

    /** The place in a row; {@code home} says whether its country is one of the network's, named without it. */
    Place place(int row, boolean home) {
        String name = new String(names, nameStart[row], nameStart[row + 1] - nameStart[row], StandardCharsets.UTF_8);
        String regionCode = region[row] == NO_REGION ? null : regionCodes[region[row]];
        String countryCode = countryCodes[country[row]];
        String where = regionCode != null ? regionCode : countryCode;
        String town = home && regionCode != null ? name + ", " + regionCode
                : regionCode != null ? name + ", " + regionCode + ", " + countryCode : name + ", " + countryCode;
        if (postal[row]) {
            String code = new String(keys, keyStart[row], keyLength(row), StandardCharsets.US_ASCII);
            return new Place(name, regionCode, countryCode, code, latitude[row], longitude[row],
                    code + " · " + name + ", " + where, name + ", " + where + " " + code, Place.Kind.POSTAL);
        }
        String label = regionCode != null ? name + ", " + regionCode + ", " + countryCode : name + ", " + countryCode;
        return new Place(name, regionCode, countryCode, null, latitude[row], longitude[row], label, town,
                Place.Kind.CITY);
    }

    /** The index of a country code, or -1 when no place is in that country. */
    int countryIndex(String code) {
        return Arrays.asList(countryCodes).indexOf(code.toUpperCase(Locale.ROOT));
    }

    /** What the arrays hold, for the log: the table's share of the heap, give or take the object headers. */
    long approximateBytes() {
        return keys.length + names.length + 4L * (keyStart.length + nameStart.length + population.length)
                + 4L * (latitude.length + longitude.length) + 2L * (region.length + country.length) + postal.length;
    }

    private static int compareKeys(byte[] keys, int from, int to, byte[] other) {
        return Arrays.compareUnsigned(keys, from, to, other, 0, other.length);
    }

    private static int compareKeys(byte[] bytes, int from, int to, int otherFrom, int otherTo) {
        return Arrays.compareUnsigned(bytes, from, to, bytes, otherFrom, otherTo);
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static String text(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    /** A plain decimal as the build script writes them: optional minus, digits, optional fraction. */
    private static double decimal(byte[] bytes, int from, int to) {
        boolean negative = bytes[from] == '-';
        long digits = 0;
        long scale = 1;
        boolean fraction = false;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            byte b = bytes[i];
            if (b == '.') {
                fraction = true;
            } else if (b >= '0' && b <= '9') {
                digits = digits * 10 + (b - '0');
                if (fraction) {
                    scale *= 10;
                }
            } else {
                throw new IllegalStateException(PLACES + ": not a number: " + text(bytes, from, to));
            }
        }
        double value = (double) digits / scale;
        return negative ? -value : value;
    }

    /** A growing byte array, trimmed to size at the end. */
    private static final class ByteRun {
        byte[] bytes;
        int length;

        ByteRun(int capacity) {
            bytes = new byte[capacity];
        }

        void append(byte[] source, int from, int to) {
            int count = to - from;
            if (length + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
            }
            System.arraycopy(source, from, bytes, length, count);
            length += count;
        }

        byte[] trimmed() {
            return Arrays.copyOf(bytes, length);
        }
    }
}
