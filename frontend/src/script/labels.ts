import type { Audience, MeetingType, ScriptLanguage, SectionKind } from '../api/script.js';
import type { MinuteRange } from './host-clock.js';

/**
 * The words around the script, in the script's language: they sit next to its text (section labels) or fill the
 * screen the host reads from (host mode). The rest of the app speaks English. The server's printable versions use
 * the same words.
 */
export interface ScriptWords {
  languageName: string;
  meeting: Record<MeetingType, string>;
  kind: Record<SectionKind, string>;
  audienceOnly: Record<Exclude<Audience, 'all'>, string>;
  minutes: (minutes: number) => string;
  hostMode: string;
  previous: string;
  next: string;
  position: (index: number, total: number) => string;
  sectionAnnouncement: (index: number, total: number, title: string) => string;
  meetingClock: string;
  sectionTimer: string;
  of: (range: MinuteRange) => string;
  start: string;
  pause: string;
  resume: string;
  reset: string;
  notStarted: string;
  pastLimit: string;
  overSection: string;
  noSuggestedTime: string;
  fullScreen: string;
  leaveFullScreen: string;
  backToScript: string;
  leaveHostMode: string;
  keyboardHint: string;
  savedOffline: string;
}

function range(range: MinuteRange, of: string): string {
  return range.low === range.high ? `${of} ${range.low} min` : `${of} ${range.low}–${range.high} min`;
}

const en: ScriptWords = {
  languageName: 'English',
  meeting: { open: 'Open meeting', focused: 'Focused meeting' },
  kind: { 'read-aloud': 'Read aloud', 'host-note': 'Note for the host' },
  audienceOnly: { open: 'Open meetings only', focused: 'Focused meetings only' },
  minutes: (minutes) => `${minutes} min`,
  hostMode: 'Host mode',
  previous: 'Previous',
  next: 'Next',
  position: (index, total) => `${index} of ${total}`,
  sectionAnnouncement: (index, total, title) => `Section ${index} of ${total}: ${title}`,
  meetingClock: 'Meeting',
  sectionTimer: 'This section',
  of: (r) => range(r, 'of'),
  start: 'Start the clock',
  pause: 'Pause',
  resume: 'Resume',
  reset: 'Reset the clocks',
  notStarted: 'Start the clock when the meeting begins.',
  pastLimit: 'Past 90 minutes. Start to wrap up whenever the group is ready.',
  overSection: 'Over the suggested time, which is fine if the room needs it.',
  noSuggestedTime: 'No set time',
  fullScreen: 'Full screen',
  leaveFullScreen: 'Leave full screen',
  backToScript: 'Back to the script',
  leaveHostMode: 'Leave host mode',
  keyboardHint: 'The left and right arrow keys move between sections too.',
  savedOffline: 'Saved on this device: host mode keeps working if the connection drops.',
};

const es: ScriptWords = {
  languageName: 'Español',
  meeting: { open: 'Reunión abierta', focused: 'Reunión enfocada' },
  kind: { 'read-aloud': 'Leer en voz alta', 'host-note': 'Nota para la persona anfitriona' },
  audienceOnly: { open: 'Solo reuniones abiertas', focused: 'Solo reuniones enfocadas' },
  minutes: (minutes) => `${minutes} min`,
  hostMode: 'Modo anfitrión',
  previous: 'Anterior',
  next: 'Siguiente',
  position: (index, total) => `${index} de ${total}`,
  sectionAnnouncement: (index, total, title) => `Parte ${index} de ${total}: ${title}`,
  meetingClock: 'Reunión',
  sectionTimer: 'Esta parte',
  of: (r) => range(r, 'de'),
  start: 'Poner en marcha el reloj',
  pause: 'Pausar',
  resume: 'Seguir',
  reset: 'Poner los relojes a cero',
  notStarted: 'Pon en marcha el reloj cuando empiece la reunión.',
  pastLimit: 'Ya pasaron 90 minutos. Pueden ir cerrando cuando el grupo esté listo.',
  overSection: 'Más del tiempo sugerido, y está bien si el grupo lo necesita.',
  noSuggestedTime: 'Sin tiempo fijo',
  fullScreen: 'Pantalla completa',
  leaveFullScreen: 'Salir de pantalla completa',
  backToScript: 'Volver al guion',
  leaveHostMode: 'Salir del modo anfitrión',
  keyboardHint: 'Las flechas izquierda y derecha del teclado también cambian de parte.',
  savedOffline: 'Guardado en este dispositivo: el modo anfitrión sigue funcionando aunque se corte la conexión.',
};

const WORDS: Record<ScriptLanguage, ScriptWords> = { en, es };

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
