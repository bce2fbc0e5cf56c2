import { msg, str } from '@lit/localize';
import type { Exercise, ExerciseInput } from '../api/exercises.js';
import { currentLocale } from '../i18n/locale.js';
import { needed, tooLong, type FieldSpec, type FieldSpecs } from '../lib/form-check.js';

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
export type FieldId = (typeof FIELDS)[number] | PromptFieldId;
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
 * "prompts[2].<list element>" or "prompts.<list element>[2]"; both mean the third prompt. Null for anything else.
 */
export function fieldForViolation(path: string): FieldId | null {
  const normal = path.replace(/\.<[^>]*>(\[\d+\])?/g, '$1');
  const parts = normal.split('.');
  const last = parts[parts.length - 1] ?? '';
  const parent = parts[parts.length - 2];
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(last);
  if (!match) {
    return null;
  }
  const name = match[1] ?? '';
  const index = match[2] === undefined ? null : Number(match[2]);
  if (parent === 'source') {
    return SOURCE_FIELDS[name] ?? null;
  }
  if (name === 'source') {
    return 'sourceTitle';
  }
  if (name === 'prompts' && index !== null && index < LIMITS.promptsMax) {
    return promptField(index);
  }
  return TOP_FIELDS.has(name) ? (name as FieldId) : null;
}

/** What the rules look at: the draft, and the group chosen to suggest it (null when there is none to choose). */
export interface ExerciseCheckInput {
  draft: ExerciseDraft;
  groupSlug: string | null;
}

/**
 * Fields are named inside the form library's sentences ("Keep the summary to ..."), in the language shown when the
 * message is written: so each noun is a getter and each rule calls msg() as it runs, never once at load.
 */
function promptSpec(index: number): FieldSpec<ExerciseCheckInput> {
  const number = index + 1;
  return {
    get noun() {
      return msg(str`prompt ${number}`);
    },
    rule: ({ draft }) => {
      const prompt = (draft.prompts[index] ?? '').trim();
      if (prompt === '') {
        return null;
      }
      return prompt.length < LIMITS.promptMin
        ? msg(str`Make prompt ${number} a little longer: at least ${LIMITS.promptMin} characters`)
        : tooLong(prompt, LIMITS.promptMax, msg(str`prompt ${number}`));
    },
  };
}

const SPECS: Record<(typeof FIELDS)[number], FieldSpec<ExerciseCheckInput>> = {
  groupSlug: {
    get noun() {
      return msg('the group');
    },
    rule: ({ groupSlug }) => (groupSlug === '' ? msg('Choose which of your groups suggests it') : null),
  },
  title: {
    get noun() {
      return msg('the title');
    },
    rule: ({ draft }) => needed(draft.title, msg('Enter the exercise’s title'), 3, msg('the title'), LIMITS.titleMax),
  },
  kind: {
    get noun() {
      return msg('the kind');
    },
  },
  summary: {
    get noun() {
      return msg('the summary');
    },
    rule: ({ draft }) =>
      needed(
        draft.summary,
        msg('Write a short summary: what it is and why it opens up a conversation'),
        LIMITS.summaryMin,
        msg('the summary'),
        LIMITS.summaryMax,
      ),
  },
  suggestedMinutes: {
    get noun() {
      return msg('the suggested minutes');
    },
    rule: ({ draft }) => {
      const minutes = whole(draft.suggestedMinutes);
      return minutes !== null && minutes >= LIMITS.minutesMin && minutes <= LIMITS.minutesMax
        ? null
        : msg(str`Enter the minutes as a whole number from ${LIMITS.minutesMin} to ${LIMITS.minutesMax}`);
    },
  },
  suits: {
    get noun() {
      return msg('which meetings it suits');
    },
  },
  themes: {
    get noun() {
      return msg('the themes');
    },
    rule: ({ draft }) =>
      draft.themes.length === 0
        ? msg('Choose at least one theme')
        : draft.themes.length > LIMITS.themesMax
          ? msg(str`Choose at most ${LIMITS.themesMax} themes`)
          : null,
  },
  contentNotes: {
    get noun() {
      return msg('the content notes');
    },
  },
  language: {
    get noun() {
      return msg('the language');
    },
  },
  howToRun: {
    get noun() {
      return msg('how to run it');
    },
    rule: ({ draft }) => tooLong(draft.howToRun, LIMITS.howToRunMax, msg('how to run it')),
  },
  prompts: {
    get noun() {
      return msg('the prompts');
    },
    rule: ({ draft }) => (draft.prompts.some((prompt) => prompt.trim() !== '') ? null : msg('Write at least one discussion prompt')),
  },
  sourceTitle: {
    get noun() {
      return msg('the title of the original');
    },
    rule: ({ draft }) =>
      needed(draft.sourceTitle, msg('Enter the title of the original'), 1, msg('the title of the original'), LIMITS.sourceTitleMax),
  },
  sourceCreator: {
    get noun() {
      return msg('the author, host or creator');
    },
    rule: ({ draft }) => needed(draft.sourceCreator, msg('Enter the author, host or creator'), 1, msg('the author'), LIMITS.creatorMax),
  },
  sourcePublisher: {
    get noun() {
      return msg('the publisher');
    },
    rule: ({ draft }) => tooLong(draft.sourcePublisher, LIMITS.publisherMax, msg('the publisher')),
  },
  sourceYear: {
    get noun() {
      return msg('the year');
    },
    rule: ({ draft }) => {
      if (draft.sourceYear.trim() === '') {
        return null;
      }
      const year = whole(draft.sourceYear);
      return year !== null && year >= 1000 && year <= 2100 ? null : msg('Enter the year as four digits, such as 2019');
    },
  },
  sourceUrl: {
    get noun() {
      return msg('the web address');
    },
    rule: ({ draft }) => {
      const url = draft.sourceUrl.trim();
      if (url === '') {
        return null;
      }
      return /^https?:\/\/\S+$/.test(url)
        ? tooLong(url, LIMITS.urlMax, msg('the web address'))
        : msg('Enter the whole web address, starting with https://');
    },
  },
  sourceFreeToAccess: {
    get noun() {
      return msg('whether it is free to access');
    },
  },
};

/** Each field's rule in plain words, in the order of the page; the server's limits say the same. */
export const EXERCISE_FIELDS: FieldSpecs<ExerciseCheckInput, FieldId> = Object.fromEntries(
  FIELD_ORDER.map((field) => [field, field.startsWith('prompt-') ? promptSpec(Number(field.slice(7))) : SPECS[field as (typeof FIELDS)[number]]]),
) as FieldSpecs<ExerciseCheckInput, FieldId>;

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
    // Most people suggest a piece in the language they read the hub in.
    language: currentLocale(),
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
