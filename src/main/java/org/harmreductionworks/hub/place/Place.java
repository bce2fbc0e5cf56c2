package org.harmreductionworks.hub.place;

import com.fasterxml.jackson.annotation.JsonValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A town or a postal code, as the gazetteer knows it. */
@Schema(name = "Place", description = "A town, or a US ZIP code with its post office town.")
public record Place(
        @Schema(description = "The town's name.", examples = "Northampton") String name,
        @Schema(nullable = true,
                description = "State, province or nation where one is customary after a town (US states, Canadian "
                + "provinces, Australian states, the UK's nations); absent elsewhere.", examples = "MA") String region,
        @Schema(description = "ISO 3166-1 alpha-2 country code.", examples = "US") String country,
        @Schema(nullable = true, description = "The postal code; absent for towns.", examples = "01060")
        String postalCode,
        @Schema(examples = "42.3251") double latitude,
        @Schema(examples = "-72.6412") double longitude,
        @Schema(description = "What to show in a list of places and what to send back as `near`.",
                examples = "Northampton, MA, US") String label,
        @Schema(description = "How to name the place in a sentence, such as a results heading: without the country "
                + "for the network's own countries, and a ZIP code after its town.",
                examples = "Northampton, MA") String displayName,
        Kind kind) {

    @Schema(name = "PlaceKind", description = "A town (`city`) or a postal code (`postal`).")
    public enum Kind {
        CITY, POSTAL;

        @JsonValue
        public String apiName() {
            return name().toLowerCase();
        }
    }
}
