import type { Audience, MeetingType, ScriptLanguage, SectionKind } from '../api/script.js';

/**
 * The script's own vocabulary, in the SCRIPT's language: the words printed with each section (what kind it is,
 * how long it takes, which meetings read it) and the names of the meeting and language a copy is for. They belong
 * to the script's text, the same words its printable versions use on the server (script/render/ScriptLabels.java),
 * so a printed page reads in one language, and a screen reader reads them with the section's own lang.
 *
 * This is not the app's catalogue: msg() speaks only the language the app is shown in, and the script's language
 * is chosen apart from it (a Spanish meeting hosted from an English browser), and need not be one the app is
 * written in. Every control and message around the script (host mode's clocks and buttons, the editor's fields)
 * is the app's and goes through msg(), in the app's language.
 */
export interface ScriptWords {
  /** The language named in itself ("Español"), so a reader finds it whatever the app's language. */
  languageName: string;
  meeting: Record<MeetingType, string>;
  kind: Record<SectionKind, string>;
  audienceOnly: Record<Exclude<Audience, 'all'>, string>;
  minutes: (minutes: number) => string;
}

const WORDS: Record<ScriptLanguage, ScriptWords> = {
  en: {
    languageName: 'English',
    meeting: { open: 'Open meeting', focused: 'Focused meeting' },
    kind: { 'read-aloud': 'Read aloud', 'host-note': 'Note for the host' },
    audienceOnly: { open: 'Open meetings only', focused: 'Focused meetings only' },
    minutes: (minutes) => `${minutes} min`,
  },
  es: {
    languageName: 'Español',
    meeting: { open: 'Reunión abierta', focused: 'Reunión enfocada' },
    kind: { 'read-aloud': 'Leer en voz alta', 'host-note': 'Nota para la persona anfitriona' },
    audienceOnly: { open: 'Solo reuniones abiertas', focused: 'Solo reuniones enfocadas' },
    minutes: (minutes) => `${minutes} min`,
  },
};

export function scriptWords(language: ScriptLanguage): ScriptWords {
  return WORDS[language];
}

/** "Read aloud · 3 min · Open meetings only", as the printable versions put it. */
export function sectionMeta(
  section: { kind: SectionKind; minutes: number; audience: Audience },
  language: ScriptLanguage,
  showAudience: boolean,
): string {
  const words = scriptWords(language);
  const parts: string[] = [];
  if (section.kind === 'read-aloud') {
    parts.push(words.kind['read-aloud']);
  }
  if (section.minutes > 0) {
    parts.push(words.minutes(section.minutes));
  }
  if (showAudience && section.audience !== 'all') {
    parts.push(words.audienceOnly[section.audience]);
  }
  return parts.join(' · ');
}
