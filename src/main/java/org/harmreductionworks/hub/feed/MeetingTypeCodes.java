package org.harmreductionworks.hub.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
            return name().toLowerCase(java.util.Locale.ROOT);
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

    private static final Map<String, Code> BY_CODE = new LinkedHashMap<>();
    /**
     * Written in the Meeting Guide feed for a paused group: TSML UI reads this code, not {@code attendance_option},
     * to show a meeting as not meeting in person (code4recovery/tsml-ui, src/helpers/load-meeting-data.ts). It
     * describes no listing, so BMLT's formats leave it out.
     */
    static final Code TEMPORARILY_CLOSED = new Code(13, "TC", "Location Temporarily Closed",
            "The group is taking a break for now; its page says when it meets again.", Origin.SPEC, Kind.FORMAT);
    private static final Map<MeetingType, Code> FORMATS = new LinkedHashMap<>();
    private static final Map<Focus, Code> FOCUS = new LinkedHashMap<>();
    private static final Map<Offering, Code> OFFERINGS = new LinkedHashMap<>();
    /** Our language codes (ISO 639-1, or 639-3 where there is no two-letter code) to the specification's. */
    private static final Map<String, Code> LANGUAGES = new LinkedHashMap<>();

    static {
        FORMATS.put(MeetingType.OPEN, spec(Kind.FORMAT, 1, "O", "Open",
                "An open meeting: for anyone interested in harm reduction, whatever their own history."));
        FORMATS.put(MeetingType.FOCUSED, hrw(Kind.FORMAT, 2, "HRW-FOCUSED", "Focused",
                "A focused meeting: for people who drink or use drugs, have done, or are thinking about it."));

        FOCUS.put(Focus.PEOPLE_OF_COLOR, spec(Kind.FOCUS, 3, "POC", "People of Color",
                "Especially welcomes people of color."));
        FOCUS.put(Focus.LGBTQ, spec(Kind.FOCUS, 4, "LGBTQ", "LGBTQ", "Especially welcomes LGBTQ+ people."));
        FOCUS.put(Focus.WOMEN, spec(Kind.FOCUS, 5, "W", "Women", "Especially welcomes women."));
        FOCUS.put(Focus.YOUTH, spec(Kind.FOCUS, 6, "Y", "Young People", "Especially welcomes young people."));
        FOCUS.put(Focus.SEX_WORKERS, hrw(Kind.FOCUS, 7, "HRW-SEX-WORKERS", "Sex workers",
                "Especially welcomes sex workers."));
        FOCUS.put(Focus.FAMILIES_AND_LOVED_ONES, hrw(Kind.FOCUS, 8, "HRW-FAMILIES", "Families and loved ones",
                "Especially welcomes the families and loved ones of people who use drugs."));

        OFFERINGS.put(Offering.FOOD, hrw(Kind.OFFERING, 9, "HRW-FOOD", "Food", "Food is offered at the meeting."));
        OFFERINGS.put(Offering.SUPPLIES, hrw(Kind.OFFERING, 10, "HRW-SUPPLIES", "Harm reduction supplies",
                "Harm reduction supplies are offered at the meeting."));
        OFFERINGS.put(Offering.WOUND_CARE, hrw(Kind.OFFERING, 11, "HRW-WOUND-CARE", "Wound care",
                "Wound care supplies or help are offered at the meeting."));
        OFFERINGS.put(Offering.NALOXONE, hrw(Kind.OFFERING, 12, "HRW-NALOXONE", "Naloxone",
                "Naloxone (the opioid overdose reversal medicine) is offered at the meeting."));

        int id = 100;
        for (String[] language : new String[][] {
                { "af", "AF", "Afrikaans" }, { "am", "AM", "Amharic" }, { "ar", "AR", "Arabic" },
                { "ase", "ASL", "American Sign Language" }, { "bg", "BG", "Bulgarian" }, { "da", "DA", "Danish" },
                { "de", "DE", "German" }, { "el", "EL", "Greek" }, { "en", "EN", "English" },
                { "fa", "FA", "Persian" }, { "fi", "FI", "Finnish" }, { "fr", "FR", "French" },
                { "he", "HE", "Hebrew" }, { "hi", "HI", "Hindi" }, { "hr", "HR", "Croatian" },
                { "hu", "HU", "Hungarian" }, { "is", "IS", "Icelandic" }, { "it", "ITA", "Italian" },
                { "ja", "JA", "Japanese" }, { "ka", "KA", "Georgian" }, { "ko", "KOR", "Korean" },
                { "lt", "LT", "Lithuanian" }, { "ml", "ML", "Malayalam" }, { "mt", "MT", "Maltese" },
                { "ne", "NE", "Nepali" }, { "nl", "NL", "Dutch" }, { "no", "NO", "Norwegian" },
                { "pa", "PUN", "Punjabi" }, { "pl", "POL", "Polish" }, { "pt", "POR", "Portuguese" },
                { "ru", "RUS", "Russian" }, { "es", "S", "Spanish" }, { "sk", "SK", "Slovak" },
                { "sl", "SL", "Slovenian" }, { "sv", "SV", "Swedish" }, { "th", "TH", "Thai" },
                { "tl", "TL", "Tagalog" }, { "tr", "TUR", "Turkish" }, { "uk", "UK", "Ukrainian" } }) {
            LANGUAGES.put(language[0], spec(Kind.LANGUAGE, id++, language[1], language[2], "The meeting is held in "
                    + language[2] + "."));
        }
    }

    private MeetingTypeCodes() {
    }

    private static Code spec(Kind kind, int id, String code, String name, String description) {
        return register(new Code(id, code, name, description, Origin.SPEC, kind));
    }

    private static Code hrw(Kind kind, int id, String code, String name, String description) {
        return register(new Code(id, code, name, description, Origin.HRW, kind));
    }

    private static Code register(Code code) {
        if (BY_CODE.putIfAbsent(code.code(), code) != null) {
            throw new IllegalStateException("type code " + code.code() + " is defined twice");
        }
        return code;
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
