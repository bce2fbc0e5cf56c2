package org.harmreductionworks.hub.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.harmreductionworks.hub.common.i18n.Language;
import org.harmreductionworks.hub.group.FinderPreview.Units;
import org.junit.jupiter.api.Test;

class FinderPreviewUnitsTest {

    @Test
    void distancesLeadWithMilesWhereTheViewersLanguageMeasuresInMiles() {
        assertEquals(Units.MILES, Units.forLanguages("en-US,en;q=0.9"));
        assertEquals(Units.MILES, Units.forLanguages("en"));
        assertEquals(Units.MILES, Units.forLanguages("es-US"));
        assertEquals(Units.MILES, Units.forLanguages(null));
        assertEquals(Units.MILES, Units.forLanguages("not;;a=language"));
        assertEquals(Units.KILOMETRES, Units.forLanguages("es-MX,es;q=0.8,en;q=0.5"));
        assertEquals(Units.KILOMETRES, Units.forLanguages("es"));
        assertEquals(Units.KILOMETRES, Units.forLanguages("en-CA"));
    }

    @Test
    void distancesReadAsTheFindersCardsDo() {
        assertEquals("2.0 mi · 3.2 km", Units.MILES.distance(3.2, Language.ENGLISH));
        assertEquals("3.2 km · 2.0 mi", Units.KILOMETRES.distance(3.2, Language.SPANISH));
        assertEquals("26 mi · 42 km", Units.MILES.distance(42.4, Language.ENGLISH));
        assertEquals("less than 1 mi · less than 1 km", Units.MILES.distance(0.4, Language.ENGLISH));
        assertEquals("menos de 1 km · menos de 1 mi", Units.KILOMETRES.distance(0.4, Language.SPANISH));
        assertEquals("16 mi", Units.MILES.radius(25));
        assertEquals("25 km", Units.KILOMETRES.radius(25));
    }
}
