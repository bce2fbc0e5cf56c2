import { apiRequest } from './client.js';
import type { Page } from './client.js';

export type MeetingKind = 'open' | 'focused';
/** How many came, as a range: the log never holds names. */
export type Headcount = '1-5' | '6-10' | '11-20' | 'more-than-20';
export const HEADCOUNTS: readonly Headcount[] = ['1-5', '6-10', '11-20', 'more-than-20'];

export interface ExerciseRef {
  slug: string;
  title: string;
  suggestedMinutes: number;
}

/** One meeting a group held, as its hosts logged it. Only the group's hosts read these. */
export interface MeetingLogEntry {
  id: number;
  /** YYYY-MM-DD, the group's local date. */
  date: string;
  meeting: MeetingKind;
  exercise: ExerciseRef | null;
  headcount: Headcount | null;
  /** How it went, 1-5. */
  rating: number;
  note: string | null;
  /** Whether the note appears, attributed to the group, on the exercise's page. */
  shareNote: boolean;
  revision: number;
}

/** date must not be in the future; note at most 1000 characters; rating 1-5. */
export interface MeetingLogInput {
  date: string;
  meeting: MeetingKind;
  exerciseSlug: string | null;
  headcount: Headcount | null;
  rating: number;
  note: string | null;
  shareNote: boolean;
}

/** One upcoming meeting's plan. The chooser is a nickname only the group's hosts see. */
export interface PlanEntry {
  date: string;
  exercise: ExerciseRef | null;
  chooser: string | null;
  /** Whether the group's public page may show this exercise ("next meeting: ..."). */
  showPublicly: boolean;
  revision: number;
}

export interface PlanInput {
  exerciseSlug: string | null;
  /** At most 40 characters. */
  chooser: string | null;
  showPublicly: boolean;
  /** The revision the host last saw, or null when planning a new date; a stale one gets 409. */
  revision: number | null;
}

/** What a group's public page shows about its next meeting's exercise, when the group chose to. */
export interface NextExercise {
  date: string;
  exercise: ExerciseRef & { kind: string };
}

function groupBase(groupSlug: string): string {
  return `/api/v1/groups/${encodeURIComponent(groupSlug)}`;
}

export function fetchMeetingLog(groupSlug: string, page = 0, signal?: AbortSignal): Promise<Page<MeetingLogEntry>> {
  return apiRequest<Page<MeetingLogEntry>>(
    `${groupBase(groupSlug)}/meetings?page=${page}`,
    signal ? { signal } : {},
  );
}

/** 201 with the entry. A meeting of the same kind on the same date is already logged: 409. */
export function logMeeting(groupSlug: string, input: MeetingLogInput): Promise<MeetingLogEntry> {
  return apiRequest<MeetingLogEntry>(`${groupBase(groupSlug)}/meetings`, { method: 'POST', body: input });
}

export function updateMeeting(groupSlug: string, id: number, input: MeetingLogInput, revision: number): Promise<MeetingLogEntry> {
  return apiRequest<MeetingLogEntry>(`${groupBase(groupSlug)}/meetings/${id}`, {
    method: 'PUT',
    body: { entry: input, revision },
  });
}

export function deleteMeeting(groupSlug: string, id: number): Promise<void> {
  return apiRequest<void>(`${groupBase(groupSlug)}/meetings/${id}`, { method: 'DELETE' });
}

/** Planned meetings from today on, soonest first. */
export function fetchPlan(groupSlug: string, signal?: AbortSignal): Promise<PlanEntry[]> {
  return apiRequest<PlanEntry[]>(`${groupBase(groupSlug)}/plan`, signal ? { signal } : {});
}

/** Creates or replaces the plan for one date (today or later). */
export function savePlan(groupSlug: string, date: string, input: PlanInput): Promise<PlanEntry> {
  return apiRequest<PlanEntry>(`${groupBase(groupSlug)}/plan/${date}`, { method: 'PUT', body: input });
}

export function deletePlan(groupSlug: string, date: string): Promise<void> {
  return apiRequest<void>(`${groupBase(groupSlug)}/plan/${date}`, { method: 'DELETE' });
}

/** Public; undefined (204) when the group shares no planned exercise for an upcoming meeting. */
export function fetchNextExercise(groupSlug: string, signal?: AbortSignal): Promise<NextExercise | undefined> {
  return apiRequest<NextExercise | undefined>(`${groupBase(groupSlug)}/next-exercise`, {
    authenticate: false,
    ...(signal ? { signal } : {}),
  });
}

export function meetingsPath(groupSlug: string): string {
  return `/groups/${encodeURIComponent(groupSlug)}/meetings`;
}
