package org.harmreductionworks.hub.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Against the real gazetteer the build generates into target/classes. */
class GazetteerTest {

    private static final Gazetteer GAZETTEER = new Gazetteer();

    @Test
    void aTownNameAloneRanksTheBiggerNorthamptonFirst() {
        List<String> labels = labels(GAZETTEER.suggest("Northampton", 3));
        assertEquals(List.of("Northampton, England, GB", "Northampton, MA, US", "Northampton, PA, US"), labels);
    }

    @Test
    void aStateAfterTheTownNarrowsToThatState() {
        for (String query : List.of("northampton, ma", "Northampton MA", "northampton massachusetts")) {
            List<Place> places = GAZETTEER.suggest(query, 10);
            assertEquals("Northampton, MA, US", places.get(0).label(), query);
            assertTrue(places.stream().allMatch(p -> "MA".equals(p.region()) && "US".equals(p.country())), query);
        }
        assertEquals("GB", GAZETTEER.resolve("Northampton UK").orElseThrow().country());
    }

    @Test
    void anUnfinishedStateStillNarrows() {
        List<Place> places = GAZETTEER.suggest("Northampton, M", 10);
        assertEquals("Northampton, MA, US", places.get(0).label());
        assertTrue(places.stream().noneMatch(p -> "GB".equals(p.country())), labels(places).toString());
    }

    @Test
    void aZipCodeResolvesToItsPostOfficeTown() {
        Place zip = GAZETTEER.resolve("01060").orElseThrow();
        assertEquals(Place.Kind.POSTAL, zip.kind());
        assertEquals("01060", zip.postalCode());
        assertEquals("01060 · Northampton, MA", zip.label());
        assertEquals(42.32, zip.latitude(), 0.05);
        assertEquals(-72.63, zip.longitude(), 0.05);
        assertEquals("01060", GAZETTEER.resolve("01060-1234").orElseThrow().postalCode(), "ZIP+4");
        assertTrue(GAZETTEER.resolve("0106").isEmpty(), "a ZIP is resolved only when complete");
        List<Place> started = GAZETTEER.suggest("0106", 5);
        assertEquals(5, started.size());
        assertTrue(started.stream().allMatch(p -> p.postalCode().startsWith("0106")), labels(started).toString());
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertTrue(labels(GAZETTEER.suggest("san jose", 5)).contains("San José, CR"));
        Place costaRica = GAZETTEER.resolve("SAN JOSE, Costa Rica").orElseThrow();
        assertEquals("San José", costaRica.name());
        assertEquals("CR", costaRica.country());
        assertEquals("San Jose, CA, US", GAZETTEER.resolve("San José").orElseThrow().label(), "the biggest San José");
        assertEquals("Zürich, CH", GAZETTEER.resolve("zurich").orElseThrow().label());
    }

    @Test
    void everySuggestedLabelResolvesBackToItsPlace() {
        for (Place place : GAZETTEER.suggest("Springfield", 20)) {
            assertEquals(place, GAZETTEER.resolve(place.label()).orElseThrow(), place.label());
        }
    }

    @Test
    void unknownPlacesAndUnfinishedNamesResolveToNothing() {
        assertTrue(GAZETTEER.suggest("Xqzzyville", 10).isEmpty());
        assertTrue(GAZETTEER.resolve("Northamp").isEmpty());
        assertTrue(GAZETTEER.resolve("Northampton, Texas").isEmpty());
        assertTrue(GAZETTEER.resolve(" ,, ").isEmpty());
    }

    private static List<String> labels(List<Place> places) {
        return places.stream().map(Place::label).toList();
    }
}
