package org.harmreductionworks.hub.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Against the real gazetteer the build generates into target/classes. */
class GazetteerTest {

    private static final Gazetteer GAZETTEER = new Gazetteer(List.of("US"));

    @Test
    void aTownNameAloneMeansTheTownInTheNetworksCountryFirst() {
        List<String> labels = labels(GAZETTEER.suggest("Northampton", 3));
        assertEquals(List.of("Northampton, MA, US", "Northampton, PA, US", "Northampton, England, GB"), labels);
        assertEquals("Northampton, MA, US", resolved("Northampton").label());
        assertEquals("Northampton, MA", resolved("northampton").displayName());
        for (String name : List.of("Worcester", "Portland", "Columbus", "Paris", "London", "Richmond", "Salem")) {
            assertEquals("US", resolved(name).country(), name + " is a bare name of towns in the US and abroad");
        }
        assertEquals("Portland, OR, US", resolved("Portland").label());
        assertEquals("Paris, TX, US", resolved("Paris").label());
    }

    @Test
    void anotherCountryIsChosenByNamingIt() {
        assertEquals("Northampton, England, GB", resolved("Northampton, UK").label());
        assertEquals("Northampton, England, GB", resolved("Northampton, England, GB").displayName(),
                "a town abroad is named with its country");
        assertEquals("Paris, FR", resolved("Paris, France").label());
    }

    @Test
    void aNameOnlyFoundAbroadStillResolves() {
        assertEquals("Zürich, CH", resolved("zurich").label());
    }

    @Test
    void aBareNameThatTownsOfSimilarSizeShareIsAmbiguous() {
        Gazetteer.Resolution springfield = GAZETTEER.resolve("Springfield");
        assertTrue(springfield.ambiguous());
        List<String> choices = springfield.choices().stream().map(Place::displayName).toList();
        assertEquals(List.of("Springfield, MO", "Springfield, MA", "Springfield, IL"), choices.subList(0, 3),
                "biggest first");
        assertTrue(choices.size() <= 8, choices.toString());
        assertTrue(springfield.choices().stream().allMatch(p -> p.country().equals("US")), choices.toString());
        assertTrue(GAZETTEER.resolve("Burlington").ambiguous(), "Burlington, NC and Burlington, VT");
        assertFalse(GAZETTEER.resolve("Northampton").ambiguous(), "Northampton, MA is three times Northampton, PA");
        assertFalse(GAZETTEER.resolve("Springfield, MA").ambiguous(), "the state settles it");
        assertFalse(GAZETTEER.resolve("Holyoke").ambiguous());
        assertFalse(GAZETTEER.resolve("01060").ambiguous());
    }

    @Test
    void everyChoiceOfAnAmbiguousNameResolvesToThatTown() {
        for (Place choice : GAZETTEER.resolve("Springfield").choices()) {
            Gazetteer.Resolution again = GAZETTEER.resolve(choice.label());
            assertFalse(again.ambiguous(), choice.label());
            assertEquals(choice, again.place().orElseThrow());
        }
    }

    @Test
    void homeCountriesAreASetting() {
        Gazetteer britain = new Gazetteer(List.of("GB"));
        assertEquals("Northampton, England", britain.resolve("Northampton").place().orElseThrow().displayName());
        Gazetteer northAmerica = new Gazetteer(List.of("US", "CA"));
        assertEquals("Burlington, ON", northAmerica.resolve("Burlington").place().orElseThrow().displayName(),
                "three times the size of Burlington, NC");
    }

    @Test
    void aStateAfterTheTownNarrowsToThatState() {
        for (String query : List.of("northampton, ma", "Northampton MA", "northampton massachusetts")) {
            List<Place> places = GAZETTEER.suggest(query, 10);
            assertEquals("Northampton, MA, US", places.get(0).label(), query);
            assertTrue(places.stream().allMatch(p -> "MA".equals(p.region()) && "US".equals(p.country())), query);
        }
        assertEquals("GB", resolved("Northampton UK").country());
    }

    @Test
    void anUnfinishedStateStillNarrows() {
        List<Place> places = GAZETTEER.suggest("Northampton, M", 10);
        assertEquals("Northampton, MA, US", places.get(0).label());
        assertTrue(places.stream().noneMatch(p -> "GB".equals(p.country())), labels(places).toString());
    }

    @Test
    void aZipCodeResolvesToItsPostOfficeTown() {
        Place zip = resolved("01060");
        assertEquals(Place.Kind.POSTAL, zip.kind());
        assertEquals("01060", zip.postalCode());
        assertEquals("01060 · Northampton, MA", zip.label());
        assertEquals("Northampton, MA 01060", zip.displayName());
        assertEquals(42.32, zip.latitude(), 0.05);
        assertEquals(-72.63, zip.longitude(), 0.05);
        assertEquals("01060", resolved("01060-1234").postalCode(), "ZIP+4");
        assertTrue(GAZETTEER.resolve("0106").place().isEmpty(), "a ZIP is resolved only when complete");
        List<Place> started = GAZETTEER.suggest("0106", 5);
        assertEquals(5, started.size());
        assertTrue(started.stream().allMatch(p -> p.postalCode().startsWith("0106")), labels(started).toString());
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertTrue(labels(GAZETTEER.suggest("san jose", 5)).contains("San José, CR"));
        Place costaRica = resolved("SAN JOSE, Costa Rica");
        assertEquals("San José", costaRica.name());
        assertEquals("CR", costaRica.country());
        assertEquals("San Jose, CA, US", resolved("San José").label(), "the biggest San José");
    }

    @Test
    void everySuggestedLabelResolvesBackToItsPlace() {
        for (Place place : GAZETTEER.suggest("Springfield", 20)) {
            assertEquals(place, resolved(place.label()), place.label());
        }
    }

    @Test
    void unknownPlacesAndUnfinishedNamesResolveToNothing() {
        assertTrue(GAZETTEER.suggest("Xqzzyville", 10).isEmpty());
        assertTrue(GAZETTEER.resolve("Northamp").place().isEmpty());
        assertTrue(GAZETTEER.resolve("Northampton, Texas").place().isEmpty());
        assertTrue(GAZETTEER.resolve(" ,, ").place().isEmpty());
    }

    private static Place resolved(String near) {
        return GAZETTEER.resolve(near).place().orElseThrow(() -> new AssertionError(near + " did not resolve"));
    }

    private static List<String> labels(List<Place> places) {
        return places.stream().map(Place::label).toList();
    }
}
