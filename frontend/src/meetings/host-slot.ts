import type { ContentNote, Exercise, ExerciseKind, ExerciseSummary } from '../api/exercises.js';
import type { ExerciseRef } from '../api/meetings.js';

/**
 * Host mode's exercise slot as plain data, so it can be kept in sessionStorage beside the clocks: which exercise is
 * chosen for tonight, what the host needs to run it (kept, so a reload without a connection still shows it), and
 * whether it came from the group's plan.
 */
export interface SlotDetails {
  kind: ExerciseKind;
  contentNotes: ContentNote[];
  howToRun: string;
  prompts: string[];
  language: string;
  source: { title: string; creator: string; url: string | null };
}

export interface HostSlot {
  exercise: ExerciseRef;
  /** Null until the exercise itself has loaded. */
  details: SlotDetails | null;
  /** Set when the exercise comes from the group's plan for today. */
  planned: { group: string; chooser: string | null } | null;
}

export function slotStorageKey(meeting: string): string {
  return `hrw-host-exercise:${meeting}`;
}

export function slotFromSummary(summary: ExerciseSummary): HostSlot {
  return {
    exercise: { slug: summary.slug, title: summary.title, suggestedMinutes: summary.suggestedMinutes },
    details: null,
    planned: null,
  };
}

export function detailsOf(exercise: Exercise): SlotDetails {
  return {
    kind: exercise.kind,
    contentNotes: [...exercise.contentNotes],
    howToRun: exercise.howToRun,
    prompts: [...exercise.prompts],
    language: exercise.language,
    source: { title: exercise.source.title, creator: exercise.source.creator, url: exercise.source.url },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function readRef(value: unknown): ExerciseRef | null {
  if (!isRecord(value) || typeof value.slug !== 'string' || !value.slug || typeof value.title !== 'string') {
    return null;
  }
  const minutes = typeof value.suggestedMinutes === 'number' ? value.suggestedMinutes : 0;
  return { slug: value.slug, title: value.title, suggestedMinutes: minutes };
}

function readDetails(value: unknown): SlotDetails | null {
  if (!isRecord(value) || !isRecord(value.source)) {
    return null;
  }
  const { kind, contentNotes, howToRun, prompts, language, source } = value;
  if (
    typeof kind !== 'string' ||
    !isStringArray(contentNotes) ||
    typeof howToRun !== 'string' ||
    !isStringArray(prompts) ||
    typeof language !== 'string' ||
    typeof source.title !== 'string' ||
    typeof source.creator !== 'string'
  ) {
    return null;
  }
  return {
    kind: kind as ExerciseKind,
    contentNotes: contentNotes as ContentNote[],
    howToRun,
    prompts,
    language,
    source: { title: source.title, creator: source.creator, url: typeof source.url === 'string' ? source.url : null },
  };
}

/** What sessionStorage held, or null when it held nothing usable (another version of the app, a hand edit). */
export function parseSlot(raw: string | null): HostSlot | null {
  let value: unknown;
  try {
    value = raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
  if (!isRecord(value)) {
    return null;
  }
  const exercise = readRef(value.exercise);
  if (!exercise) {
    return null;
  }
  const planned =
    isRecord(value.planned) && typeof value.planned.group === 'string'
      ? { group: value.planned.group, chooser: typeof value.planned.chooser === 'string' ? value.planned.chooser : null }
      : null;
  return { exercise, details: readDetails(value.details), planned };
}
