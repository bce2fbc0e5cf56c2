import { isMeetingType, isScriptLanguage, type MeetingType, type ScriptLanguage } from '../api/script.js';
import type { Choice } from '../components/hrw-choice-group.js';

/** Which script a page shows, as it appears in the address bar so that it can be shared. */
export interface ScriptView {
  meeting: MeetingType;
  lang: ScriptLanguage;
}

export const MEETING_CHOICES: readonly Choice[] = [
  { value: 'open', label: 'Open' },
  { value: 'focused', label: 'Focused' },
];

export const LANGUAGE_CHOICES: readonly Choice[] = [
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'es', label: 'Español', lang: 'es' },
];

/** Spanish for people whose browser asks for it first; English otherwise. */
export function preferredLanguage(languages: readonly string[] = navigator.languages ?? []): ScriptLanguage {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isScriptLanguage(primary)) {
      return primary;
    }
  }
  return 'en';
}

export function readScriptView(search: string | URLSearchParams, fallbackLanguage: ScriptLanguage = 'en'): ScriptView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const meeting = params.get('meeting');
  const lang = params.get('lang');
  return {
    meeting: isMeetingType(meeting) ? meeting : 'open',
    lang: isScriptLanguage(lang) ? lang : fallbackLanguage,
  };
}

/** A positive whole number from the address bar, or null. */
export function readPositiveInt(value: string | null | undefined): number | null {
  if (!value || !/^\d{1,9}$/.test(value)) {
    return null;
  }
  const number = Number(value);
  return number > 0 ? number : null;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) {
      search.set(name, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function readerPath(view: Partial<ScriptView> & { version?: number | undefined } = {}): string {
  return `/script${query({ meeting: view.meeting, lang: view.lang, version: view.version })}`;
}

/** Host mode; `group` is the hosted group it opens on (see meetings/host-group.ts). */
export function hostPath(view: Partial<ScriptView> & { group?: string | undefined } = {}): string {
  return `/script/host${query({ meeting: view.meeting, lang: view.lang, group: view.group })}`;
}

export function versionsPath(lang?: ScriptLanguage): string {
  return `/script/versions${query({ lang })}`;
}

export function changesPath(to: number, from: number, lang?: ScriptLanguage): string {
  return `/script/versions/${to}/changes${query({ from, lang })}`;
}

/** The version number in "/script/versions/{n}/changes", or null for any other path. */
export function changesTarget(pathname: string): number | null {
  const match = /^\/script\/versions\/([^/]+)\/changes\/?$/.exec(pathname);
  return match ? readPositiveInt(match[1]) : null;
}

const DATE_LOCALES: Record<ScriptLanguage, string> = { en: 'en-US', es: 'es' };

/** "November 27, 2026" or "27 de noviembre de 2026"; the ISO text itself if it is not a date. */
export function formatDate(iso: string | undefined, language: ScriptLanguage = 'en'): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(DATE_LOCALES[language], { dateStyle: 'long' }).format(date);
}
