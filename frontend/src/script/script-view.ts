import { LOCALE_STATUS_EVENT, msg } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isMeetingType, isScriptLanguage, SCRIPT_LANGUAGES, type MeetingType, type ScriptLanguage } from '../api/script.js';
import type { Choice } from '../components/hrw-choice-group.js';
import { formatDate } from '../i18n/format.js';
import { currentLocale, type Locale } from '../i18n/locale.js';
import { scriptWords } from './labels.js';

/** Which script a page shows, as it appears in the address bar so that it can be shared. */
export interface ScriptView {
  meeting: MeetingType;
  lang: ScriptLanguage;
}

/** In the app's language: call it when rendering. */
export function meetingChoices(): Choice[] {
  return [
    { value: 'open', label: msg('Open', { desc: 'A kind of meeting: open to anyone curious' }) },
    { value: 'focused', label: msg('Focused', { desc: 'A kind of meeting: for people who use or used' }) },
  ];
}

/** The script's languages, each named in itself (and marked so), whatever the app's language. */
export const LANGUAGE_CHOICES: readonly Choice[] = SCRIPT_LANGUAGES.map((lang) => ({
  value: lang,
  label: scriptWords(lang).languageName,
  lang,
}));

/**
 * The script's language when the address names none: the app's own, so that a reader who sees the app in Spanish
 * reads the Spanish script (the app's language is itself the reader's earlier choice, else the browser's).
 */
export function defaultScriptLanguage(locale: Locale = currentLocale()): ScriptLanguage {
  return isScriptLanguage(locale) ? locale : 'en';
}

/** The address names a script language: the reader's own pick, which a change of the app's language leaves alone. */
export function namesScriptLanguage(search: string = window.location.search): boolean {
  return isScriptLanguage(new URLSearchParams(search).get('lang'));
}

/**
 * Tells a page when the app's language changes while its address names no script language, with the script
 * language that now goes with it: until the reader picks one, the script follows the app.
 */
export class FollowAppLanguage implements ReactiveController {
  readonly #follow: (lang: ScriptLanguage) => void;

  constructor(host: ReactiveControllerHost, follow: (lang: ScriptLanguage) => void) {
    this.#follow = follow;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener(LOCALE_STATUS_EVENT, this.#onStatus);
  }

  hostDisconnected(): void {
    window.removeEventListener(LOCALE_STATUS_EVENT, this.#onStatus);
  }

  #onStatus = (event: Event): void => {
    if ((event as CustomEvent<{ status: string }>).detail.status === 'ready' && !namesScriptLanguage()) {
      this.#follow(defaultScriptLanguage());
    }
  };
}

export function readScriptView(
  search: string | URLSearchParams,
  fallbackLanguage: ScriptLanguage = defaultScriptLanguage(),
): ScriptView {
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

/** "November 27, 2026" or "27 de noviembre de 2026", in the app's language; the ISO text itself if it is not a date. */
export function formatIsoDate(iso: string | undefined): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatDate(date);
}
