import { ApiError, apiRequest, type Page, type Violation } from './client.js';

/**
 * Open meetings are for anyone curious about harm reduction; focused meetings for people who use drugs or alcohol,
 * have used, or are thinking about it.
 */
export type MeetingType = 'open' | 'focused';
export type ScriptLanguage = 'en' | 'es';
export type Audience = 'all' | 'open' | 'focused';
export type SectionKind = 'read-aloud' | 'host-note';
export type DownloadFormat = 'markdown' | 'text' | 'html' | 'pdf';
export type Paper = 'letter' | 'a4';
export type ChangedField = 'title' | 'audience' | 'kind' | 'minutes' | 'body' | 'position';

export const MEETING_TYPES: readonly MeetingType[] = ['open', 'focused'];
export const SCRIPT_LANGUAGES: readonly ScriptLanguage[] = ['en', 'es'];
export const AUDIENCES: readonly Audience[] = ['all', 'open', 'focused'];
export const SECTION_KINDS: readonly SectionKind[] = ['read-aloud', 'host-note'];

export interface ScriptSection {
  key: string;
  title: string;
  audience: Audience;
  kind: SectionKind;
  minutes: number;
  /** Markdown. */
  body: string;
  /** The body rendered and sanitised by the server: safe to insert as HTML. */
  html: string;
}

/** The script as a meeting reads it: one version (or a draft preview), one language. */
export interface ScriptDocument {
  /** Absent for a draft preview. */
  version?: number;
  status: 'published' | 'draft';
  publishedAt?: string;
  summary?: string;
  language: ScriptLanguage;
  /** Absent when the document holds every section, each marked with its audience. */
  meeting?: MeetingType;
  minutes: Record<MeetingType, number>;
  sections: ScriptSection[];
}

export interface ScriptVersionSummary {
  number: number;
  publishedAt: string;
  summary: string;
  languages: ScriptLanguage[];
}

export type { Page } from './client.js';

export interface SectionChange {
  key: string;
  change: 'added' | 'removed' | 'changed';
  title: string;
  /** Absent when empty (an added or removed section). */
  fields?: ChangedField[];
  /** A unified diff of the Markdown; absent when the text itself did not change. */
  diff?: string;
}

export interface ScriptChanges {
  from: number;
  to: number;
  language: ScriptLanguage;
  sections: SectionChange[];
}

/** What a steward edits in a section. */
export interface SectionFields {
  title: string;
  audience: Audience;
  kind: SectionKind;
  minutes: number;
  body: string;
}

export interface DraftSection extends SectionFields {
  key: string;
  /** Send back with an edit: a stale revision is refused, so nobody's work is overwritten. */
  revision: number;
}

export interface DraftView {
  id: number;
  basedOn: number | null;
  /** Changes whenever any part of the draft does; publishing sends it back. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  sections: Partial<Record<ScriptLanguage, DraftSection[]>>;
  /** Sections edited since `basedOn` in some languages and left as they were in the others. */
  oneLanguageChanges: OneLanguageChange[];
}

/** A section changed in some languages only: the others may still need the same change. */
export interface OneLanguageChange {
  key: string;
  /** Its title in the first language it changed in. */
  title: string;
  changedIn: ScriptLanguage[];
  unchangedIn: ScriptLanguage[];
}

export interface NewSection extends SectionFields {
  key: string;
  /** Insert after this section; at the start when absent. */
  afterKey?: string;
}

export interface ScriptQuery {
  meeting?: MeetingType | undefined;
  lang?: ScriptLanguage | undefined;
}

export interface RenditionQuery extends ScriptQuery {
  format?: DownloadFormat | undefined;
  paper?: Paper | undefined;
}

/** The problem type the server sends when someone else saved a section (or the draft) first. */
export const STALE_EDIT = 'urn:hrw:problem:stale-edit';

const BASE = '/api/v1/script';

function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') {
      query.set(name, String(value));
    }
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

function segment(value: string | number): string {
  return encodeURIComponent(String(value));
}

/**
 * The address of the current script, or of one published version, in any format. Also what the download links
 * point at: they are plain links, so the browser handles PDFs and printable pages itself.
 */
export function scriptUrl(query: RenditionQuery = {}, version?: number): string {
  const path = version === undefined ? BASE : `${BASE}/versions/${segment(version)}`;
  return withQuery(path, {
    meeting: query.meeting,
    lang: query.lang,
    format: query.format,
    paper: query.format === 'pdf' ? query.paper : undefined,
  });
}

export function versionsUrl(page = 0, size = 20): string {
  return withQuery(`${BASE}/versions`, { page, size });
}

export function changesUrl(to: number, from: number, lang?: ScriptLanguage): string {
  return withQuery(`${BASE}/versions/${segment(to)}/changes`, { from, lang });
}

export function draftsUrl(id?: number): string {
  return id === undefined ? `${BASE}/drafts` : `${BASE}/drafts/${segment(id)}`;
}

export function draftSectionUrl(id: number, lang: ScriptLanguage, key?: string, revision?: number): string {
  const path = `${draftsUrl(id)}/sections/${segment(lang)}`;
  return key === undefined ? path : withQuery(`${path}/${segment(key)}`, { revision });
}

export function draftPreviewUrl(id: number, query: ScriptQuery = {}): string {
  return withQuery(`${draftsUrl(id)}/preview`, { meeting: query.meeting, lang: query.lang, format: 'json' });
}

function signalOnly(signal?: AbortSignal) {
  return signal ? { signal } : {};
}

// Public reads go without the sign-in token: they do not need it, and it would keep them out of the offline cache.

export function fetchScript(query: ScriptQuery = {}, signal?: AbortSignal): Promise<ScriptDocument> {
  return apiRequest<ScriptDocument>(scriptUrl(query), { authenticate: false, ...signalOnly(signal) });
}

export function fetchScriptVersion(number: number, query: ScriptQuery = {}, signal?: AbortSignal): Promise<ScriptDocument> {
  return apiRequest<ScriptDocument>(scriptUrl(query, number), { authenticate: false, ...signalOnly(signal) });
}

export function fetchVersions(page = 0, size = 20, signal?: AbortSignal): Promise<Page<ScriptVersionSummary>> {
  return apiRequest<Page<ScriptVersionSummary>>(versionsUrl(page, size), { authenticate: false, ...signalOnly(signal) });
}

export function fetchChanges(
  to: number,
  from: number,
  lang?: ScriptLanguage,
  signal?: AbortSignal,
): Promise<ScriptChanges> {
  return apiRequest<ScriptChanges>(changesUrl(to, from, lang), { authenticate: false, ...signalOnly(signal) });
}

// Stewards only: these carry the token.

export function startDraft(): Promise<DraftView> {
  return apiRequest<DraftView>(draftsUrl(), { method: 'POST' });
}

export function fetchOpenDrafts(signal?: AbortSignal): Promise<DraftView[]> {
  return apiRequest<DraftView[]>(draftsUrl(), signalOnly(signal));
}

export function fetchDraft(id: number, signal?: AbortSignal): Promise<DraftView> {
  return apiRequest<DraftView>(draftsUrl(id), signalOnly(signal));
}

export function updateDraftSection(
  id: number,
  lang: ScriptLanguage,
  key: string,
  fields: SectionFields,
  revision: number,
): Promise<DraftSection> {
  const body = { ...sectionFields(fields), revision };
  return apiRequest<DraftSection>(draftSectionUrl(id, lang, key), { method: 'PUT', body });
}

export function addDraftSection(id: number, lang: ScriptLanguage, section: NewSection): Promise<DraftSection> {
  const body = { key: section.key, ...sectionFields(section), afterKey: section.afterKey || undefined };
  return apiRequest<DraftSection>(draftSectionUrl(id, lang), { method: 'POST', body });
}

export function removeDraftSection(id: number, lang: ScriptLanguage, key: string, revision: number): Promise<void> {
  return apiRequest<void>(draftSectionUrl(id, lang, key, revision), { method: 'DELETE' });
}

export function previewDraft(id: number, query: ScriptQuery = {}, signal?: AbortSignal): Promise<ScriptDocument> {
  return apiRequest<ScriptDocument>(draftPreviewUrl(id, query), signalOnly(signal));
}

export function publishDraft(id: number, summary: string, revision: number): Promise<ScriptVersionSummary> {
  return apiRequest<ScriptVersionSummary>(`${draftsUrl(id)}/publish`, { method: 'POST', body: { summary, revision } });
}

export function discardDraft(id: number): Promise<void> {
  return apiRequest<void>(draftsUrl(id), { method: 'DELETE' });
}

/** Only the fields the server accepts, so nothing extra (a revision, the rendered html) rides along. */
function sectionFields(fields: SectionFields): SectionFields {
  return {
    title: fields.title,
    audience: fields.audience,
    kind: fields.kind,
    minutes: fields.minutes,
    body: fields.body,
  };
}

export function isStaleEdit(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && error.type === STALE_EDIT;
}

/**
 * Validation messages keyed by the form field they belong to. The server names body properties by their JSON
 * path ("title", "body"); only the last part matters to a form of flat fields.
 */
export function violationMessages(violations: readonly Violation[]): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const violation of violations) {
    const field = violation.field.split('.').pop() ?? violation.field;
    messages[field] = messages[field] ? `${messages[field]}; ${violation.message}` : violation.message;
  }
  return messages;
}

export function isMeetingType(value: unknown): value is MeetingType {
  return value === 'open' || value === 'focused';
}

export function isScriptLanguage(value: unknown): value is ScriptLanguage {
  return value === 'en' || value === 'es';
}
