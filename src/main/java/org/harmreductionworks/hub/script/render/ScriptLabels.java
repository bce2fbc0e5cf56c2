package org.harmreductionworks.hub.script.render;

import org.harmreductionworks.hub.common.MeetingType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.harmreductionworks.hub.common.Network;
import org.harmreductionworks.hub.script.Audience;
import org.harmreductionworks.hub.script.ScriptDocument;
import org.harmreductionworks.hub.script.ScriptLanguage;
import org.harmreductionworks.hub.script.SectionKind;

/** The words that frame the script in each language; the script's own text comes from its sections. */
record ScriptLabels(String title, String openMeeting, String focusedMeeting, String allMeetings, String version,
        String draft, String published, String readAloud, String hostNote, String minutes, String openOnly,
        String focusedOnly, String page, String of, ScriptLanguage language) {

    static ScriptLabels of(ScriptLanguage language) {
        return switch (language) {
            case EN -> new ScriptLabels("Meeting script", "Open meeting", "Focused meeting",
                    "Open and focused meetings", "Version", "Draft, not yet published", "published", "Read aloud",
                    "Note for the host", "min", "Open meetings only", "Focused meetings only", "Page", "of", language);
            case ES -> new ScriptLabels("Guion de la reunión", "Reunión abierta", "Reunión enfocada",
                    "Reuniones abiertas y enfocadas", "Versión", "Borrador, aún sin publicar", "publicada",
                    "Leer en voz alta", "Nota para la persona anfitriona", "min", "Solo reuniones abiertas",
                    "Solo reuniones enfocadas", "Página", "de", language);
        };
    }

    String heading() {
        return Network.NAME + ": " + title;
    }

    String meeting(MeetingType meeting) {
        if (meeting == null) {
            return allMeetings;
        }
        return meeting == MeetingType.OPEN ? openMeeting : focusedMeeting;
    }

    String kind(SectionKind kind) {
        return kind == SectionKind.HOST_NOTE ? hostNote : readAloud;
    }

    /** Marks a section only some meetings read, when the document holds every section. */
    String audienceNote(ScriptDocument document, Audience audience) {
        if (document.meeting() != null || audience == Audience.ALL) {
            return null;
        }
        return audience == Audience.OPEN ? openOnly : focusedOnly;
    }

    /** "Version 2, published 3 March 2026" or the draft marker. */
    String edition(ScriptDocument document) {
        if (document.isDraft()) {
            return draft;
        }
        return version + " " + document.version() + ", " + published + " " + date(document.publishedAt());
    }

    String date(OffsetDateTime when) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(when);
    }

    String sectionMeta(ScriptDocument document, ScriptDocument.Section section) {
        StringBuilder meta = new StringBuilder(kind(section.kind()));
        if (section.minutes() > 0) {
            meta.append(" · ").append(section.minutes()).append(' ').append(minutes);
        }
        String audience = audienceNote(document, section.audience());
        if (audience != null) {
            meta.append(" · ").append(audience);
        }
        return meta.toString();
    }
}
