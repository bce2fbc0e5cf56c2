import type { Violation } from '../api/client.js';
import type { Exercise, ExerciseInput } from '../api/exercises.js';

/** The contract's bounds, for hints and input limits; the server remains the judge. */
export const LIMITS = {
  titleMax: 200,
  summaryMin: 20,
  summaryMax: 2000,
  howToRunMax: 2000,
  promptsMin: 1,
  promptsMax: 8,
  promptMin: 5,
  promptMax: 500,
  minutesMin: 5,
  minutesMax: 90,
  themesMax: 5,
  sourceTitleMax: 300,
  creatorMax: 200,
  publisherMax: 200,
  urlMax: 500,
  reasonMax: 1000,
} as const;

/** The form's own fields, in the order they appear. One field per prompt: "prompt-0", "prompt-1"... */
const FIELDS = [
  'groupSlug',
  'title',
  'kind',
  'summary',
  'suggestedMinutes',
  'suits',
  'themes',
  'contentNotes',
  'language',
  'howToRun',
  'prompts',
  'sourceTitle',
  'sourceCreator',
  'sourcePublisher',
  'sourceYear',
  'sourceUrl',
  'sourceFreeToAccess',
] as const;

export type PromptFieldId = `prompt-${number}`;
export type FieldId = (typeof FIELDS)[number] | PromptFieldId | 'form';
export type FieldErrors = Partial<Record<FieldId, string>>;

export function promptField(index: number): PromptFieldId {
  return `prompt-${index}`;
}

/** Every field in the form's order, each prompt right after the prompts list itself. */
export const FIELD_ORDER: readonly FieldId[] = FIELDS.flatMap((field): FieldId[] =>
  field === 'prompts' ? [field, ...Array.from({ length: LIMITS.promptsMax }, (_, index) => promptField(index))] : [field],
);

const SOURCE_FIELDS: Record<string, FieldId> = {
  title: 'sourceTitle',
  creator: 'sourceCreator',
  publisher: 'sourcePublisher',
  year: 'sourceYear',
  url: 'sourceUrl',
  freeToAccess: 'sourceFreeToAccess',
};

const TOP_FIELDS = new Set<string>(FIELDS);

/**
 * Which field a server violation belongs to: "exercise.title" -> "title", "exercise.source.url" -> "sourceUrl",
 * "exercise.prompts[2]" -> "prompt-2", "groupSlug" -> "groupSlug". Bean Validation may name a list element
 * "prompts[2].<list element>" or "prompts.<list element>[2]"; both mean the third prompt. Anything else
 * belongs to the form as a whole.
 */
export function fieldForViolation(path: string): FieldId {
  const normal = path.replace(/\.<[^>]*>(\[\d+\])?/g, '$1');
  const parts = normal.split('.');
  const last = parts[parts.length - 1] ?? '';
  const parent = parts[parts.length - 2];
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(last);
  if (!match) {
    return 'form';
  }
  const name = match[1] ?? '';
  const index = match[2] === undefined ? null : Number(match[2]);
  if (parent === 'source') {
    return SOURCE_FIELDS[name] ?? 'form';
  }
  if (name === 'source') {
    return 'sourceTitle';
  }
  if (name === 'prompts' && index !== null && index < LIMITS.promptsMax) {
    return promptField(index);
  }
  return TOP_FIELDS.has(name) ? (name as FieldId) : 'form';
}

/** Violation messages keyed by the field they belong to, several joined with "; ". */
export function fieldErrors(violations: readonly Violation[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const violation of violations) {
    const field = fieldForViolation(violation.field);
    const message = field === 'form' ? `${violation.field} ${violation.message}` : violation.message;
    const known = errors[field];
    if (!known) {
      errors[field] = message;
    } else if (!known.split('; ').includes(message)) {
      errors[field] = `${known}; ${message}`;
    }
  }
  return errors;
}

/** The first field, in the form's order, that needs another look. */
export function firstErrorField(errors: FieldErrors): FieldId | null {
  return FIELD_ORDER.find((field) => errors[field]) ?? (errors.form ? 'form' : null);
}

/**
 * What the form edits: the input as people type it. Numbers stay text until sent, so an emptied box is not
 * silently turned into a zero on screen.
 */
export interface ExerciseDraft {
  title: string;
  kind: ExerciseInput['kind'];
  themes: ExerciseInput['themes'];
  suggestedMinutes: string;
  summary: string;
  howToRun: string;
  prompts: string[];
  sourceTitle: string;
  sourceCreator: string;
  sourcePublisher: string;
  sourceYear: string;
  sourceUrl: string;
  sourceFreeToAccess: boolean;
  contentNotes: ExerciseInput['contentNotes'];
  suits: ExerciseInput['suits'];
  language: string;
}

export function blankDraft(): ExerciseDraft {
  return {
    title: '',
    kind: 'reading',
    themes: [],
    suggestedMinutes: '15',
    summary: '',
    howToRun: '',
    prompts: [''],
    sourceTitle: '',
    sourceCreator: '',
    sourcePublisher: '',
    sourceYear: '',
    sourceUrl: '',
    sourceFreeToAccess: true,
    contentNotes: [],
    suits: 'both',
    language: 'en',
  };
}

export function draftFromExercise(exercise: Exercise): ExerciseDraft {
  return {
    title: exercise.title,
    kind: exercise.kind,
    themes: [...exercise.themes],
    suggestedMinutes: String(exercise.suggestedMinutes),
    summary: exercise.summary,
    howToRun: exercise.howToRun,
    prompts: exercise.prompts.length > 0 ? [...exercise.prompts] : [''],
    sourceTitle: exercise.source.title,
    sourceCreator: exercise.source.creator,
    sourcePublisher: exercise.source.publisher ?? '',
    sourceYear: exercise.source.year === null ? '' : String(exercise.source.year),
    sourceUrl: exercise.source.url ?? '',
    sourceFreeToAccess: exercise.source.freeToAccess,
    contentNotes: [...exercise.contentNotes],
    suits: exercise.suits,
    language: exercise.language,
  };
}

/** Empty prompt rows are left out, so the prompts sent are the rows still on screen, in the same order. */
export function withoutEmptyPrompts(draft: ExerciseDraft): ExerciseDraft {
  const prompts = draft.prompts.filter((prompt) => prompt.trim() !== '');
  return { ...draft, prompts: prompts.length > 0 ? prompts : [''] };
}

function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

function whole(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

/**
 * The input to send. Empty optional parts become null; an empty or unreadable number of minutes is sent as 0 so
 * the server answers with its own bounds ("must be at least 5") next to the box.
 */
export function inputFromDraft(draft: ExerciseDraft): ExerciseInput {
  return {
    title: draft.title.trim(),
    kind: draft.kind,
    themes: [...draft.themes],
    suggestedMinutes: whole(draft.suggestedMinutes) ?? 0,
    summary: draft.summary.trim(),
    howToRun: draft.howToRun.trim(),
    prompts: draft.prompts.map((prompt) => prompt.trim()).filter((prompt) => prompt !== ''),
    source: {
      title: draft.sourceTitle.trim(),
      creator: draft.sourceCreator.trim(),
      publisher: optional(draft.sourcePublisher),
      year: whole(draft.sourceYear),
      url: optional(draft.sourceUrl),
      freeToAccess: draft.sourceFreeToAccess,
    },
    contentNotes: [...draft.contentNotes],
    suits: draft.suits,
    language: draft.language.trim().toLowerCase(),
  };
}
