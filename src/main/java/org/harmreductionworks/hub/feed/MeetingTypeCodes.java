package org.harmreductionworks.hub.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.group.GroupEnums.Focus;
import org.harmreductionworks.hub.group.GroupEnums.Offering;
import org.harmreductionworks.hub.group.PublicListing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The meeting type codes the hub writes into formats other tools read: the Meeting Guide feed's {@code types} and
 * the BMLT formats. Where the Meeting Guide specification (code4recovery) has a code with our meaning, we use it,
 * so apps translate and filter it like any other meeting. What the specification has no code for gets one of ours,
 * prefixed {@code HRW-}: the specification asks custom codes to avoid its existing and proposed codes and ISO 639
 * language codes, and no spec or ISO 639 code contains that prefix.
 *
 * <p>A focused meeting is not the specification's {@code C} (Closed): that means a meeting for people with a desire
 * to stop drinking, while a focused HRW meeting is for people who drink or use, have done, or are thinking about it,
 * whatever they want to do about it.
 */
public final class MeetingTypeCodes {

    public enum Origin {
        /** A code of the Meeting Guide specification, used with the specification's meaning. */
        SPEC,
        /** The hub's own code, for a meaning the specification has no code for. */
        HRW;

        @JsonValue
        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a code says about a meeting; formats that group their codes (BMLT) group them by this. */
    public enum Kind {
        FORMAT, FOCUS, OFFERING, LANGUAGE
    }

    /**
     * @param id   a small stable number, for formats that key codes by number (BMLT); never reused
     * @param name the English name; for a spec code, the specification's own
     */
    @Schema(name = "MeetingTypeCode", description = "A type code used in the Meeting Guide feed and BMLT formats.")
    public record Code(int id, @Schema(examples = "O") String code, @Schema(examples = "Open") String name,
            String description, Origin origin, @JsonIgnore @Schema(hidden = true) Kind kind) {
    }

    /** The languages the codes' names and descriptions are written in; English first, as the default. */
    public static final List<String> WRITTEN_LANGUAGES = List.of("en", "es");

    /** A code's name and description as written in one language. */
    public record Wording(String language, String name, String description) {
    }

    private static final Locale SPANISH_LOCALE = Locale.forLanguageTag("es");
    private static final Map<String, Code> BY_CODE = new LinkedHashMap<>();
    /**
     * Written in the Meeting Guide feed for a paused group: TSML UI reads this code, not {@code attendance_option},
     * to show a meeting as not meeting in person (code4recovery/tsml-ui, src/helpers/load-meeting-data.ts). It
     * describes no listing, so BMLT's formats leave it out.
     */
    static final Code TEMPORARILY_CLOSED = new Code(13, "TC", "Location Temporarily Closed",
            "The group is taking a break for now; its page says when it meets again.", Origin.SPEC, Kind.FORMAT);

    private static final Map<String, Wording> SPANISH = new LinkedHashMap<>();
    private static final Map<MeetingType, Code> FORMATS = new LinkedHashMap<>();
    private static final Map<Focus, Code> FOCUS = new LinkedHashMap<>();
    private static final Map<Offering, Code> OFFERINGS = new LinkedHashMap<>();
    /** Our language codes (ISO 639-1, or 639-3 where there is no two-letter code) to the specification's. */
    private static final Map<String, Code> LANGUAGES = new LinkedHashMap<>();

    static {
        FORMATS.put(MeetingType.OPEN, spec(Kind.FORMAT, 1, "O", "Open",
                "An open meeting: for anyone interested in harm reduction, whatever their own history.",
                "Abierta", "Una reunión abierta: para cualquier persona interesada en la reducción de daños, sea cual "
                        + "sea su propia historia."));
        FORMATS.put(MeetingType.FOCUSED, hrw(Kind.FORMAT, 2, "HRW-FOCUSED", "Focused",
                "A focused meeting: for people who drink or use drugs, have done, or are thinking about it.",
                "Enfocada", "Una reunión enfocada: para personas que usan drogas o toman alcohol, que lo hicieron en "
                        + "el pasado o que están pensando en hacerlo."));

        FOCUS.put(Focus.PEOPLE_OF_COLOR, spec(Kind.FOCUS, 3, "POC", "People of Color",
                "Especially welcomes people of color.", "Gente de color", "Da una bienvenida especial a la gente de color."));
        FOCUS.put(Focus.LGBTQ, spec(Kind.FOCUS, 4, "LGBTQ", "LGBTQ", "Especially welcomes LGBTQ+ people.",
                "LGBTQ", "Da una bienvenida especial a las personas LGBTQ+."));
        FOCUS.put(Focus.WOMEN, spec(Kind.FOCUS, 5, "W", "Women", "Especially welcomes women.",
                "Mujeres", "Da una bienvenida especial a las mujeres."));
        FOCUS.put(Focus.YOUTH, spec(Kind.FOCUS, 6, "Y", "Young People", "Especially welcomes young people.",
                "Gente joven", "Da una bienvenida especial a la gente joven."));
        FOCUS.put(Focus.SEX_WORKERS, hrw(Kind.FOCUS, 7, "HRW-SEX-WORKERS", "Sex workers",
                "Especially welcomes sex workers.", "Trabajo sexual",
                "Da una bienvenida especial a las personas que hacen trabajo sexual."));
        FOCUS.put(Focus.FAMILIES_AND_LOVED_ONES, hrw(Kind.FOCUS, 8, "HRW-FAMILIES", "Families and loved ones",
                "Especially welcomes the families and loved ones of people who use drugs.",
                "Familias y seres queridos",
                "Da una bienvenida especial a las familias y seres queridos de personas que usan drogas."));

        OFFERINGS.put(Offering.FOOD, hrw(Kind.OFFERING, 9, "HRW-FOOD", "Food", "Food is offered at the meeting.",
                "Comida", "Se ofrece comida en la reunión."));
        OFFERINGS.put(Offering.SUPPLIES, hrw(Kind.OFFERING, 10, "HRW-SUPPLIES", "Harm reduction supplies",
                "Harm reduction supplies are offered at the meeting.", "Materiales de reducción de daños",
                "Se ofrecen materiales de reducción de daños en la reunión."));
        OFFERINGS.put(Offering.WOUND_CARE, hrw(Kind.OFFERING, 11, "HRW-WOUND-CARE", "Wound care",
                "Wound care supplies or help are offered at the meeting.", "Cuidado de heridas",
                "Se ofrecen materiales o ayuda para el cuidado de heridas en la reunión."));
        OFFERINGS.put(Offering.NALOXONE, hrw(Kind.OFFERING, 12, "HRW-NALOXONE", "Naloxone",
                "Naloxone (the opioid overdose reversal medicine) is offered at the meeting.", "Naloxona",
                "Se ofrece naloxona (el medicamento que revierte una sobredosis de opioides) en la reunión."));

        int id = 100;
        // The Spanish names are the specification's own (its translations for "es").
        for (String[] language : new String[][] {
                { "af", "AF", "Afrikaans", "Afrikáans" }, { "am", "AM", "Amharic", "Amárico" },
                { "ar", "AR", "Arabic", "Árabe" }, { "ase", "ASL", "American Sign Language", "Lenguaje por señas" },
                { "bg", "BG", "Bulgarian", "Búlgaro" }, { "da", "DA", "Danish", "Danés" },
                { "de", "DE", "German", "Alemán" }, { "el", "EL", "Greek", "Griego" },
                { "en", "EN", "English", "Inglés" }, { "fa", "FA", "Persian", "Persa" },
                { "fi", "FI", "Finnish", "Finlandés" }, { "fr", "FR", "French", "Francés" },
                { "he", "HE", "Hebrew", "Hebreo" }, { "hi", "HI", "Hindi", "Hindi" },
                { "hr", "HR", "Croatian", "Croata" }, { "hu", "HU", "Hungarian", "Húngaro" },
                { "is", "IS", "Icelandic", "Islandés" }, { "it", "ITA", "Italian", "Italiano" },
                { "ja", "JA", "Japanese", "Japonés" }, { "ka", "KA", "Georgian", "Georgiano" },
                { "ko", "KOR", "Korean", "Coreano" }, { "lt", "LT", "Lithuanian", "Lituano" },
                { "ml", "ML", "Malayalam", "Malayalam" }, { "mt", "MT", "Maltese", "Maltés" },
                { "ne", "NE", "Nepali", "Nepalí" }, { "nl", "NL", "Dutch", "Holandés" },
                { "no", "NO", "Norwegian", "Noruego" }, { "pa", "PUN", "Punjabi", "Punjabi" },
                { "pl", "POL", "Polish", "Polaco" }, { "pt", "POR", "Portuguese", "Portugués" },
                { "ru", "RUS", "Russian", "Ruso" }, { "es", "S", "Spanish", "Español" },
                { "sk", "SK", "Slovak", "Eslovaco" }, { "sl", "SL", "Slovenian", "Esloveno" },
                { "sv", "SV", "Swedish", "Sueco" }, { "th", "TH", "Thai", "Tailandés" },
                { "tl", "TL", "Tagalog", "Tagalo" }, { "tr", "TUR", "Turkish", "Turco" },
                { "uk", "UK", "Ukrainian", "Ucraniano" } }) {
            LANGUAGES.put(language[0], spec(Kind.LANGUAGE, id++, language[1], language[2], "The meeting is held in "
                    + language[2] + ".", language[3], "La reunión es en "
                    + language[3].toLowerCase(SPANISH_LOCALE) + "."));
        }
    }

    private MeetingTypeCodes() {
    }

    private static Code spec(Kind kind, int id, String code, String name, String description, String spanishName,
            String spanishDescription) {
        return register(new Code(id, code, name, description, Origin.SPEC, kind), spanishName, spanishDescription);
    }

    private static Code hrw(Kind kind, int id, String code, String name, String description, String spanishName,
            String spanishDescription) {
        return register(new Code(id, code, name, description, Origin.HRW, kind), spanishName, spanishDescription);
    }

    private static Code register(Code code, String spanishName, String spanishDescription) {
        if (BY_CODE.putIfAbsent(code.code(), code) != null) {
            throw new IllegalStateException("type code " + code.code() + " is defined twice");
        }
        SPANISH.put(code.code(), new Wording("es", spanishName, spanishDescription));
        return code;
    }

    /**
     * The code's name and description in {@code language} ({@link #WRITTEN_LANGUAGES}); in English for any other
     * language (or a code not written in it), so that a client still learns what each code means.
     */
    public static Wording wording(Code code, String language) {
        Wording spanish = "es".equals(language) ? SPANISH.get(code.code()) : null;
        return spanish != null ? spanish : new Wording("en", code.name(), code.description());
    }

    /** Every code the hub may write, in a stable order. */
    public static List<Code> all() {
        return List.copyOf(BY_CODE.values());
    }

    /** Every code the Meeting Guide feed may write: those of {@link #all()} and {@link #TEMPORARILY_CLOSED}. */
    public static List<Code> meetingGuide() {
        List<Code> codes = new ArrayList<>(BY_CODE.values());
        codes.add(TEMPORARILY_CLOSED);
        return codes;
    }

    /** The listing's codes: its format, who it especially welcomes, what it offers and its languages. */
    public static List<Code> of(PublicListing listing) {
        List<Code> codes = new ArrayList<>();
        codes.add(FORMATS.get(listing.format()));
        addKnown(codes, listing.focus(), FOCUS);
        addKnown(codes, listing.offerings(), OFFERINGS);
        addKnown(codes, listing.languages(), LANGUAGES);
        return codes;
    }

    /** The listing's languages that have no code, so that a feed can name them in its notes instead. */
    public static List<String> uncodedLanguages(PublicListing listing) {
        return listing.languages().stream().filter(language -> !LANGUAGES.containsKey(language)).sorted().toList();
    }

    private static <K> void addKnown(List<Code> codes, Set<K> values, Map<K, Code> table) {
        table.forEach((value, code) -> {
            if (values.contains(value)) {
                codes.add(code);
            }
        });
    }
}
