import { ApiError, apiRequest, type Page } from './client.js';

export type ExerciseKind =
  | 'reading'
  | 'podcast'
  | 'video'
  | 'guest-speaker'
  | 'personal-writing'
  | 'creative-piece'
  | 'discussion-prompt'
  | 'other';
export type Theme =
  | 'change-process'
  | 'advocacy'
  | 'grief-and-loss'
  | 'stigma'
  | 'overdose'
  | 'safer-use'
  | 'abstinence-and-moderation'
  | 'family-and-loved-ones'
  | 'community-and-movement-building'
  | 'creativity';
export type ContentNote =
  | 'overdose'
  | 'death'
  | 'grief'
  | 'trauma'
  | 'suicide'
  | 'violence'
  | 'sexual-violence'
  | 'incarceration'
  | 'drug-use-detail'
  | 'discrimination';
/** Which meetings an exercise suits. */
export type Suits = 'open' | 'focused' | 'both';
export type ExerciseStatus = 'suggested' | 'published' | 'declined';
export type ExerciseSort = 'most-used' | 'newest' | 'title';

export const KINDS: readonly ExerciseKind[] = [
  'reading',
  'podcast',
  'video',
  'guest-speaker',
  'personal-writing',
  'creative-piece',
  'discussion-prompt',
  'other',
];
export const THEMES: readonly Theme[] = [
  'change-process',
  'advocacy',
  'grief-and-loss',
  'stigma',
  'overdose',
  'safer-use',
  'abstinence-and-moderation',
  'family-and-loved-ones',
  'community-and-movement-building',
  'creativity',
];
export const CONTENT_NOTES: readonly ContentNote[] = [
  'overdose',
  'death',
  'grief',
  'trauma',
  'suicide',
  'violence',
  'sexual-violence',
  'incarceration',
  'drug-use-detail',
  'discrimination',
];
export const SORTS: readonly ExerciseSort[] = ['most-used', 'newest', 'title'];

/** Where a piece comes from. Prompts and writing exercises of our own have no url. */
export interface ExerciseSource {
  title: string;
  creator: string;
  publisher: string | null;
  year: number | null;
  url: string | null;
  freeToAccess: boolean;
}

export interface GroupRef {
  slug: string;
  name: string;
}

/** One exercise in a list. */
export interface ExerciseSummary {
  slug: string;
  title: string;
  kind: ExerciseKind;
  themes: Theme[];
  suggestedMinutes: number;
  summary: string;
  contentNotes: ContentNote[];
  suits: Suits;
  language: string;
  source: ExerciseSource;
  status: ExerciseStatus;
  /** How many logged meetings used it. */
  timesUsed: number;
  /** ISO instant; null until published. */
  publishedAt: string | null;
  /** The group that suggested it; null for the starter library. */
  suggestedBy: GroupRef | null;
}

export interface Exercise extends ExerciseSummary {
  howToRun: string;
  prompts: string[];
  /** Why a steward declined it; only stewards and the suggesting group's hosts see it. */
  declineReason: string | null;
  createdAt: string;
  updatedAt: string;
  /** Send it back with an edit: a stale one gets 409. */
  revision: number;
}

/** What a host suggests, or a steward saves. Bounds: title 3-200, summary 20-2000, howToRun 0-2000, 1-8 prompts
 * of 5-500 characters each, suggestedMinutes 5-90, themes 1-5, language a 2-3 letter code. */
export interface ExerciseInput {
  title: string;
  kind: ExerciseKind;
  themes: Theme[];
  suggestedMinutes: number;
  summary: string;
  howToRun: string;
  prompts: string[];
  source: ExerciseSource;
  contentNotes: ContentNote[];
  suits: Suits;
  language: string;
}

/** What the library searches for; lives in the page's address so a search can be shared. */
export interface ExerciseFilters {
  q?: string;
  kind?: ExerciseKind;
  theme?: Theme;
  maxMinutes?: number;
  /** Only exercises that suit this meeting (those marked "both" suit either). */
  meeting?: 'open' | 'focused';
  language?: string;
  sort?: ExerciseSort;
  page: number;
  size?: number;
}

export interface SharedNote {
  group: GroupRef;
  /** The meeting's date, YYYY-MM-DD. */
  date: string;
  rating: number;
  note: string;
}

/** Aggregates over every logged meeting that used the exercise; notes only where a group chose to share them. */
export interface ExerciseUsage {
  timesUsed: number;
  groups: number;
  /** One decimal; null before anyone rated it. */
  averageRating: number | null;
  /** Newest first, at most 20. */
  sharedNotes: SharedNote[];
}

const BASE = '/api/v1/exercises';

function segment(value: string): string {
  return encodeURIComponent(value);
}

function signalOnly(signal?: AbortSignal) {
  return signal ? { signal } : {};
}

export function filtersToQuery(filters: ExerciseFilters): string {
  const query = new URLSearchParams();
  const q = filters.q?.trim();
  if (q) query.set('q', q);
  if (filters.kind) query.set('kind', filters.kind);
  if (filters.theme) query.set('theme', filters.theme);
  if (filters.maxMinutes !== undefined) query.set('maxMinutes', String(filters.maxMinutes));
  if (filters.meeting) query.set('meeting', filters.meeting);
  if (filters.language) query.set('language', filters.language);
  if (filters.sort) query.set('sort', filters.sort);
  if (filters.page > 0) query.set('page', String(filters.page));
  if (filters.size !== undefined) query.set('size', String(filters.size));
  return query.toString();
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Reads filters back from an address; anything unknown or malformed is dropped rather than sent on. */
export function filtersFromQuery(search: string | URLSearchParams): ExerciseFilters {
  const query = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: ExerciseFilters = { page: 0 };
  const q = query.get('q')?.trim();
  if (q) filters.q = q;
  const kind = oneOf(query.get('kind'), KINDS);
  if (kind) filters.kind = kind;
  const theme = oneOf(query.get('theme'), THEMES);
  if (theme) filters.theme = theme;
  const minutes = Number(query.get('maxMinutes'));
  if (query.get('maxMinutes') && Number.isInteger(minutes) && minutes >= 5 && minutes <= 90) filters.maxMinutes = minutes;
  const meeting = oneOf(query.get('meeting'), ['open', 'focused'] as const);
  if (meeting) filters.meeting = meeting;
  const language = query.get('language')?.trim().toLowerCase();
  if (language && /^[a-z]{2,3}$/.test(language)) filters.language = language;
  const sort = oneOf(query.get('sort'), SORTS);
  if (sort) filters.sort = sort;
  const page = Number(query.get('page'));
  if (Number.isInteger(page) && page > 0) filters.page = page;
  return filters;
}

export function exercisesUrl(filters: ExerciseFilters): string {
  const query = filtersToQuery(filters);
  return query ? `${BASE}?${query}` : BASE;
}

export function exerciseUrl(slug: string): string {
  return `${BASE}/${segment(slug)}`;
}

/** The app's own pages. */
export function libraryPath(filters?: ExerciseFilters): string {
  const query = filters ? filtersToQuery(filters) : '';
  return query ? `/exercises?${query}` : '/exercises';
}

export function exercisePath(slug: string): string {
  return `/exercises/${segment(slug)}`;
}

/** The Atom feed of newly published exercises, for feed readers. */
export const EXERCISES_FEED_URL = '/api/v1/feeds/exercises.atom';

/** Published exercises only. */
export function searchExercises(filters: ExerciseFilters, signal?: AbortSignal): Promise<Page<ExerciseSummary>> {
  return apiRequest<Page<ExerciseSummary>>(exercisesUrl(filters), { authenticate: false, ...signalOnly(signal) });
}

/** Carries the token: a suggestion is visible to stewards and to the suggesting group's hosts before it is published. */
export function fetchExercise(slug: string, signal?: AbortSignal): Promise<Exercise> {
  return apiRequest<Exercise>(exerciseUrl(slug), signalOnly(signal));
}

/**
 * With the sign-in token, like the exercise itself: a suggestion's page is seen only by stewards and the suggesting
 * group's hosts, and asked anonymously its usage would be a 404 (an error in the console on every such page).
 */
export function fetchUsage(slug: string, signal?: AbortSignal): Promise<ExerciseUsage> {
  return apiRequest<ExerciseUsage>(`${exerciseUrl(slug)}/usage`, signalOnly(signal));
}

/** A host suggests an exercise on behalf of a group they host; it starts as "suggested". 201 with the exercise. */
export function suggestExercise(groupSlug: string, exercise: ExerciseInput): Promise<Exercise> {
  return apiRequest<Exercise>(BASE, { method: 'POST', body: { groupSlug, exercise } });
}

// Stewards only.

/** Edits any exercise; a stale revision gets 409. */
export function updateExercise(slug: string, exercise: ExerciseInput, revision: number): Promise<Exercise> {
  return apiRequest<Exercise>(exerciseUrl(slug), { method: 'PUT', body: { exercise, revision } });
}

/** Suggestions waiting for a steward, oldest first. */
export function fetchSuggestions(page = 0, signal?: AbortSignal): Promise<Page<ExerciseSummary>> {
  return apiRequest<Page<ExerciseSummary>>(`/api/v1/review/exercises?page=${page}`, signalOnly(signal));
}

export function publishExercise(slug: string): Promise<Exercise> {
  return apiRequest<Exercise>(`/api/v1/review/exercises/${segment(slug)}/publication`, { method: 'POST' });
}

export function declineExercise(slug: string, reason: string): Promise<Exercise> {
  return apiRequest<Exercise>(`/api/v1/review/exercises/${segment(slug)}/decline`, {
    method: 'POST',
    body: { reason },
  });
}

export function isStaleExercise(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409;
}
