package org.harmreductionworks.hub.place;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlaceSuggestions", description = "Places whose name or postal code starts with what was typed, best first.")
public record PlaceSuggestions(
        List<Place> items,
        @Schema(description = "The credit the place data's licences ask for; show it with the suggestions.")
        String attribution) {
}
