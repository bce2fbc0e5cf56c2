import { ApiError, apiRequest } from './client.js';
import type { Place } from './places.js';

export type GroupFormat = 'open' | 'focused';
export type Focus = 'people-of-color' | 'lgbtq' | 'women' | 'sex-workers' | 'youth' | 'families-and-loved-ones' | 'other';
export type Attendance = 'in-person' | 'online' | 'hybrid';
export type Offering = 'food' | 'supplies' | 'wound-care' | 'naloxone' | 'other';
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
export type TimeOfDay = 'morning' | 'afternoon' | 'evening';
export type SortOrder = 'distance' | 'next-meeting' | 'name';
export type Visibility = 'exact' | 'approximate' | 'on-request';
export type Recurrence = 'weekly' | 'every-other-week' | 'monthly';
export type GroupStatus = 'pending' | 'active' | 'paused' | 'closed' | 'declined';

export const FORMATS: readonly GroupFormat[] = ['open', 'focused'];
export const FOCUSES: readonly Focus[] = [
  'people-of-color',
  'lgbtq',
  'women',
  'sex-workers',
  'youth',
  'families-and-loved-ones',
  'other',
];
export const ATTENDANCES: readonly Attendance[] = ['in-person', 'online', 'hybrid'];
export const OFFERINGS: readonly Offering[] = ['food', 'supplies', 'wound-care', 'naloxone', 'other'];
export const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const TIMES_OF_DAY: readonly TimeOfDay[] = ['morning', 'afternoon', 'evening'];
export const SORT_ORDERS: readonly SortOrder[] = ['distance', 'next-meeting', 'name'];
/** The radius choices the finder offers, in kilometres. */
export const RADII_KM: readonly number[] = [10, 25, 50, 100, 250];
export const DEFAULT_RADIUS_KM = 25;
export const DEFAULT_PAGE_SIZE = 20;

export interface GroupPlace {
  venue?: string;
  address?: string;
  city: string;
  region: string;
  postalCode?: string;
  country: string;
  latitude?: number;
  longitude?: number;
  visibility: Visibility;
  notes?: string;
}

export interface NextMeeting {
  /** UTC instant. */
  start: string;
  /** Wall-clock time in the group's zone, without an offset: "2026-12-01T19:00:00". */
  localStart: string;
  timeZone: string;
  durationMinutes: number;
  moved: boolean;
}

export interface GroupSummary {
  slug: string;
  name: string;
  format: GroupFormat;
  focus: Focus[];
  attendance: Attendance;
  place?: GroupPlace;
  /** Absent for groups that meet only online. */
  distanceKm?: number;
  nextMeeting?: NextMeeting;
  offerings: Offering[];
  languages: string[];
  stale: boolean;
  example: boolean;
}

export interface ScheduleChange {
  date: string;
  kind: 'cancelled' | 'moved';
  movedToDate?: string;
  movedToStart?: string;
}

export interface Schedule {
  recurrence: Recurrence;
  days: Weekday[];
  /** 1-4 for "the first..fourth", -1 for "the last". */
  weekOfMonth?: number;
  firstDate?: string;
  /** "19:00:00" */
  start: string;
  durationMinutes: number;
  timeZone: string;
  changes: ScheduleChange[];
}

export interface Group {
  slug: string;
  name: string;
  description: string;
  format: GroupFormat;
  focus: Focus[];
  focusOther?: string;
  attendance: Attendance;
  place?: GroupPlace;
  onlineUrl?: string;
  onlineLinkOnRequest: boolean;
  schedule: Schedule;
  nextMeeting?: NextMeeting;
  upcoming: NextMeeting[];
  offerings: Offering[];
  offeringOther?: string;
  languages: string[];
  accessibilityNotes?: string;
  /** `messages` is where the contact form posts ("/api/v1/groups/{slug}/messages"), for active and paused groups. */
  contact: { method: 'email' | 'form'; email?: string; messages?: string };
  status: GroupStatus;
  lastVerified?: string;
  stale: boolean;
  example: boolean;
  revision: number;
  youHost: boolean;
  privateDetails?: Record<string, unknown>;
}

export interface GroupPage {
  items: GroupSummary[];
  page: number;
  size: number;
  total: number;
  /** What `near` was understood as; absent for a search by position or without a place. */
  near?: Place;
}

/**
 * What the finder searches for. It lives in the page's address, so a search can be bookmarked and shared:
 * {@link filtersToQuery} and {@link filtersFromQuery} turn it into a query string and back.
 */
export interface GroupFilters {
  near?: string;
  lat?: number;
  lon?: number;
  radiusKm?: number;
  weekday: Weekday[];
  timeOfDay?: TimeOfDay;
  upcoming?: number;
  format?: GroupFormat;
  focus?: Focus;
  attendance?: Attendance;
  offering: Offering[];
  language?: string;
  q?: string;
  sort?: SortOrder;
  page: number;
  size?: number;
}

export function emptyFilters(): GroupFilters {
  return { weekday: [], offering: [], page: 0 };
}

/** True when the filters name a place to search around (a town, a ZIP code, or a position). */
export function hasPlace(filters: GroupFilters): boolean {
  return Boolean(filters.near) || (filters.lat !== undefined && filters.lon !== undefined);
}

/** True when there is anything at all to search for. */
export function hasSearch(filters: GroupFilters): boolean {
  return hasPlace(filters) || filters.attendance === 'online' || Boolean(filters.q);
}

/** How many of the narrowing filters (not the place, radius, sort or page) are set. */
export function countNarrowing(filters: GroupFilters): number {
  return (
    filters.weekday.length +
    filters.offering.length +
    [filters.timeOfDay, filters.upcoming, filters.format, filters.focus, filters.attendance, filters.language].filter(
      (value) => value !== undefined,
    ).length
  );
}

/** The query string for the filters, in a stable order; empty and default values are left out. */
export function filtersToQuery(filters: GroupFilters): string {
  const query = new URLSearchParams();
  const put = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') {
      query.append(name, String(value));
    }
  };
  put('near', filters.near?.trim());
  if (filters.lat !== undefined && filters.lon !== undefined) {
    put('lat', roundCoordinate(filters.lat));
    put('lon', roundCoordinate(filters.lon));
  }
  put('radiusKm', filters.radiusKm);
  for (const day of WEEKDAYS.filter((day) => filters.weekday.includes(day))) {
    put('weekday', day);
  }
  put('timeOfDay', filters.timeOfDay);
  put('upcoming', filters.upcoming);
  put('format', filters.format);
  put('focus', filters.focus);
  put('attendance', filters.attendance);
  for (const offering of OFFERINGS.filter((offering) => filters.offering.includes(offering))) {
    put('offering', offering);
  }
  put('language', filters.language);
  put('q', filters.q?.trim());
  put('sort', filters.sort);
  put('page', filters.page > 0 ? filters.page : undefined);
  put('size', filters.size);
  return query.toString();
}

/** Reads filters from a query string, ignoring anything that is not a value the server accepts. */
export function filtersFromQuery(search: string | URLSearchParams): GroupFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  const text = (name: string, max = 100) => {
    const value = params.get(name)?.trim();
    return value ? value.slice(0, max) : undefined;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[]) => {
    const value = params.get(name);
    return allowed.includes(value as T) ? (value as T) : undefined;
  };
  const number = (name: string, min: number, max: number) => {
    const raw = params.get(name);
    if (raw === null || raw.trim() === '') {
      return undefined;
    }
    const value = Number(raw);
    return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
  };
  const near = text('near');
  if (near) filters.near = near;
  const lat = number('lat', -90, 90);
  const lon = number('lon', -180, 180);
  if (lat !== undefined && lon !== undefined) {
    filters.lat = lat;
    filters.lon = lon;
  }
  const radiusKm = number('radiusKm', 1, 500);
  if (radiusKm !== undefined) filters.radiusKm = radiusKm;
  filters.weekday = WEEKDAYS.filter((day) => params.getAll('weekday').includes(day));
  const timeOfDay = oneOf('timeOfDay', TIMES_OF_DAY);
  if (timeOfDay) filters.timeOfDay = timeOfDay;
  const upcoming = number('upcoming', 1, 24 * 31);
  if (upcoming !== undefined) filters.upcoming = Math.round(upcoming);
  const format = oneOf('format', FORMATS);
  if (format) filters.format = format;
  const focus = oneOf('focus', FOCUSES);
  if (focus) filters.focus = focus;
  const attendance = oneOf('attendance', ATTENDANCES);
  if (attendance) filters.attendance = attendance;
  filters.offering = OFFERINGS.filter((offering) => params.getAll('offering').includes(offering));
  const language = params.get('language');
  if (language && /^[a-z]{2,3}$/.test(language)) filters.language = language;
  const q = text('q');
  if (q) filters.q = q;
  const sort = oneOf('sort', SORT_ORDERS);
  if (sort) filters.sort = sort;
  const page = number('page', 0, 10_000);
  filters.page = page === undefined ? 0 : Math.floor(page);
  const size = number('size', 1, 100);
  if (size !== undefined) filters.size = Math.floor(size);
  return filters;
}

/** A position to about 100 m: enough for a search, and no more precise than it needs to be in a shared link. */
function roundCoordinate(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const BASE = '/api/v1/groups';

function segment(value: string): string {
  return encodeURIComponent(value);
}

export function groupsUrl(filters: GroupFilters): string {
  const query = filtersToQuery(filters);
  return query ? `${BASE}?${query}` : BASE;
}

export function groupUrl(slug: string): string {
  return `${BASE}/${segment(slug)}`;
}

/** The add-to-calendar link: a plain link the browser or calendar app opens itself. */
export function calendarUrl(slug: string): string {
  return `${groupUrl(slug)}/calendar.ics`;
}

/**
 * The meetings of every group a search finds, as one calendar a calendar app can subscribe to. Paging and order
 * mean nothing to a calendar, so they are left out.
 */
export function searchCalendarUrl(filters: GroupFilters): string {
  const kept: GroupFilters = { ...filters, page: 0 };
  delete kept.size;
  delete kept.sort;
  const query = filtersToQuery(kept);
  return query ? `/api/v1/feeds/groups.ics?${query}` : '/api/v1/feeds/groups.ics';
}

/** The app's own pages for groups. */
export function finderPath(filters?: GroupFilters): string {
  const query = filters ? filtersToQuery(filters) : '';
  return query ? `/groups?${query}` : '/groups';
}

export function groupPath(slug: string): string {
  return `/groups/${segment(slug)}`;
}

export function editGroupPath(slug: string): string {
  return `${groupPath(slug)}/edit`;
}

function signalOnly(signal?: AbortSignal) {
  return signal ? { signal } : {};
}

// Public reads go without the sign-in token. The group page is the exception: a host sees their own
// private details and an Edit link, so it carries the token when there is one.

export function searchGroups(filters: GroupFilters, signal?: AbortSignal): Promise<GroupPage> {
  const url = groupsUrl(filters);
  const early = takeEarlySearch(url);
  return early ?? apiRequest<GroupPage>(url, { authenticate: false, ...signalOnly(signal) });
}

/** The first page the finder asks for when it opens at `search` (its address's query). */
export function firstPageFilters(search: string): GroupFilters {
  return { ...filtersFromQuery(search), page: 0, size: DEFAULT_PAGE_SIZE };
}

let earlySearch: { url: string; response: Promise<GroupPage> } | null = null;

/**
 * Most newcomers arrive through a shared search link. Asking for its results while the finder's own code is still
 * downloading saves a whole round trip on a slow phone; the finder then takes this answer instead of asking again.
 */
export function startEarlySearch(pathname: string, search: string): void {
  const filters = firstPageFilters(search);
  if (pathname !== '/groups' || !hasSearch(filters)) {
    return;
  }
  const url = groupsUrl(filters);
  const response = apiRequest<GroupPage>(url, { authenticate: false });
  // A failure is reported when the finder takes the answer; until then it must not count as unhandled.
  response.catch(() => undefined);
  earlySearch = { url, response };
}

/** The early answer for exactly this request, once; later searches always go to the server. */
function takeEarlySearch(url: string): Promise<GroupPage> | null {
  const early = earlySearch;
  earlySearch = null;
  return early && early.url === url ? early.response : null;
}

export function fetchGroup(slug: string, signal?: AbortSignal): Promise<Group> {
  return apiRequest<Group>(groupUrl(slug), signalOnly(signal));
}

/** What a host sends to register or edit a listing. */
export interface GroupInput {
  locality: string;
  description: string;
  format: GroupFormat;
  focus: Focus[];
  focusOther: string;
  attendance: Attendance;
  venue: string;
  address: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  latitude: number | null;
  longitude: number | null;
  locationNotes: string;
  locationVisibility: Visibility;
  onlineUrl: string;
  onlineVisibility: 'public' | 'on-request';
  schedule: {
    recurrence: Recurrence;
    days: Weekday[];
    weekOfMonth: number | null;
    firstDate: string | null;
    /** "19:00" */
    start: string;
    durationMinutes: number;
    timeZone: string;
  };
  offerings: Offering[];
  offeringOther: string;
  languages: string[];
  accessibilityNotes: string;
  contactMethod: 'email' | 'form';
  publicEmail: string;
  privateEmail: string;
}

/**
 * Registers a group. Send the same key with every attempt at one registration: if an earlier attempt did reach the
 * server (and only its answer was lost), the server answers with that group instead of registering it twice.
 */
export function registerGroup(input: GroupInput, idempotencyKey: string): Promise<Group> {
  return apiRequest<Group>(BASE, { method: 'POST', body: input, headers: { 'Idempotency-Key': idempotencyKey } });
}

export function updateGroup(slug: string, listing: GroupInput, revision: number): Promise<Group> {
  return apiRequest<Group>(groupUrl(slug), { method: 'PUT', body: { listing, revision } });
}

// A group's hosts only (403 for anyone else). None of these carry a revision: a 409 means the listing's status no
// longer allows the action (another host paused or closed it meanwhile).

/** "We still meet": today becomes the listing's last confirmed date. */
export function confirmStillMeeting(slug: string): Promise<Group> {
  return apiRequest<Group>(`${groupUrl(slug)}/confirmation`, { method: 'POST' });
}

/** Pause (active), resume (paused) or close (for good) a listing. */
export function setGroupStatus(slug: string, status: 'active' | 'paused' | 'closed'): Promise<Group> {
  return apiRequest<Group>(`${groupUrl(slug)}/status`, { method: 'PUT', body: { status } });
}

/** Cancels one regular meeting, or moves it to another date or start time ("18:30"). */
export function changeMeetingDate(slug: string, change: ScheduleChange): Promise<Group> {
  return apiRequest<Group>(`${groupUrl(slug)}/schedule-changes`, { method: 'POST', body: change });
}

/** Undoes a cancelled or moved meeting: it is back on its usual date and time. */
export function restoreMeetingDate(slug: string, date: string): Promise<void> {
  return apiRequest<void>(`${groupUrl(slug)}/schedule-changes/${date}`, { method: 'DELETE' });
}

/** A one-time code that makes whoever redeems it a co-host; it works once, until `expiresAt`. */
export interface Invitation {
  code: string;
  /** An ISO 8601 instant with offset. */
  expiresAt: string;
}

export function inviteCoHost(slug: string): Promise<Invitation> {
  return apiRequest<Invitation>(`${groupUrl(slug)}/invitations`, { method: 'POST' });
}

/** The page where a co-host enters their code; with the code in the address when there is one to pass on. */
export function joinPath(code?: string): string {
  return code ? `/groups/join?code=${encodeURIComponent(code)}` : '/groups/join';
}

/** Problem types of a code that existed but no longer works (both 410). */
export const INVITATION_USED = 'urn:hrw:problem:invitation-used';
export const INVITATION_EXPIRED = 'urn:hrw:problem:invitation-expired';

/**
 * Redeems a co-host code: the signed-in person becomes a host of the group it was made for, which comes back. The
 * server ignores spaces, dashes and capitals. 404 for a code it never made, 410 for a used or expired one.
 */
export function joinAsCoHost(code: string): Promise<Group> {
  return apiRequest<Group>('/api/v1/invitations', { method: 'POST', body: { code } });
}

/** A message for a group's hosts. The hub e-mails it to them and keeps nothing. */
export interface HostMessage {
  /** 10-2000 characters. */
  message: string;
  /** Left out to stay anonymous; the hosts then cannot answer. */
  replyTo?: string;
  /** The honeypot: people never see this field, so it stays empty. */
  website: string;
}

/** Where a group's contact form posts, when the group JSON does not say. */
export function messagesUrl(slug: string): string {
  return `${groupUrl(slug)}/messages`;
}

/** Sends a message to the hosts: 202 on success; 400 with violations, 429 (too many) or 503 (no mail) otherwise. */
export function sendHostMessage(path: string, message: HostMessage): Promise<void> {
  return apiRequest<void>(path, { method: 'POST', body: message });
}

// Stewards only.

export function fetchPendingGroups(signal?: AbortSignal): Promise<Group[]> {
  return apiRequest<Group[]>('/api/v1/review/groups', signalOnly(signal));
}

export function approveGroup(slug: string): Promise<void> {
  return apiRequest<void>(`/api/v1/review/groups/${segment(slug)}/approval`, { method: 'POST' });
}

export function declineGroup(slug: string, reason: string): Promise<void> {
  return apiRequest<void>(`/api/v1/review/groups/${segment(slug)}/decline`, { method: 'POST', body: { reason } });
}

/** Someone else saved the listing since it was opened. */
export function isStaleListing(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409;
}

/** The message the server gave for one query parameter (e.g. "near"), if it refused it. */
export function violationFor(error: unknown, field: string): string | null {
  if (!(error instanceof ApiError) || error.status !== 400) {
    return null;
  }
  return error.violations.find((violation) => violation.field === field)?.message ?? null;
}
