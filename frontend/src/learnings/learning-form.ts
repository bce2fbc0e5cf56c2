import type { Violation } from '../api/client.js';
import {
  LEARNING_KINDS,
  type ExerciseLink,
  type Learning,
  type LearningInput,
  type LearningKind,
  type LearningVisibility,
} from '../api/learnings.js';

/** The contract's bounds, for hints and input limits; the server remains the judge. */
export const LIMITS = {
  titleMax: 150,
  bodyMax: 10000,
  topicsMax: 5,
  topicMin: 2,
  topicMax: 30,
  /** A steward's reason to hide or restore. */
  reasonMax: 1000,
} as const;

/** "?kind=question" starts the form as a question; anything unknown is ignored. */
export function kindFromQuery(search: string): LearningKind | null {
  const kind = new URLSearchParams(search).get('kind');
  return kind && (LEARNING_KINDS as readonly string[]).includes(kind) ? (kind as LearningKind) : null;
}

/** The form's own fields, in the order they appear. */
const FIELDS = ['groupSlug', 'kind', 'title', 'body', 'topics', 'exerciseSlug', 'visibility', 'askStewards'] as const;

export type FieldId = (typeof FIELDS)[number] | 'form';
export type FieldErrors = Partial<Record<FieldId, string>>;

const TOP_FIELDS = new Set<string>(FIELDS);

/**
 * Which field a server violation belongs to: "post.title" -> "title", "post.topics[1]" -> "topics",
 * "groupSlug" -> "groupSlug". Bean Validation may name a list element "topics[1].<list element>" or
 * "topics.<list element>[1]"; both mean the second topic. Anything else belongs to the form as a whole.
 */
export function fieldForViolation(path: string): { field: FieldId; index: number | null } {
  const normal = path.replace(/\.<[^>]*>(\[\d+\])?/g, '$1');
  const last = normal.split('.').pop() ?? '';
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(last);
  const name = match?.[1] ?? '';
  const index = match?.[2] === undefined ? null : Number(match[2]);
  return TOP_FIELDS.has(name) ? { field: name as FieldId, index } : { field: 'form', index: null };
}

/**
 * Violation messages keyed by the field they belong to, several joined with "; ". A message about one topic
 * names it, since the topics share one box: "“x”: size must be between 2 and 30".
 */
export function fieldErrors(violations: readonly Violation[], topics: readonly string[] = []): FieldErrors {
  const errors: FieldErrors = {};
  for (const violation of violations) {
    const { field, index } = fieldForViolation(violation.field);
    const topic = field === 'topics' && index !== null ? topics[index] : undefined;
    const message =
      field === 'form' ? `${violation.field} ${violation.message}` : topic ? `“${topic}”: ${violation.message}` : violation.message;
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
  return FIELDS.find((field) => errors[field]) ?? (errors.form ? 'form' : null);
}

/** What the form edits. The linked exercise keeps its title so the form can name it. */
export interface LearningDraft {
  kind: LearningKind;
  title: string;
  body: string;
  topics: string[];
  exercise: ExerciseLink | null;
  visibility: LearningVisibility;
  askStewards: boolean;
}

export function blankDraft(kind: LearningKind = 'what-worked'): LearningDraft {
  return { kind, title: '', body: '', topics: [], exercise: null, visibility: 'public', askStewards: false };
}

export function draftFromLearning(learning: Learning): LearningDraft {
  return {
    kind: learning.kind,
    title: learning.title,
    body: learning.body,
    topics: [...learning.topics],
    exercise: learning.exercise ? { ...learning.exercise } : null,
    visibility: learning.visibility,
    askStewards: learning.askStewards,
  };
}

/** The input to send. Asking the stewards belongs to questions only, so it stays off for the other kinds. */
export function inputFromDraft(draft: LearningDraft): LearningInput {
  return {
    kind: draft.kind,
    title: draft.title.trim(),
    body: draft.body.trim(),
    topics: [...draft.topics],
    exerciseSlug: draft.exercise?.slug ?? null,
    visibility: draft.visibility,
    askStewards: draft.kind === 'question' && draft.askStewards,
  };
}

/**
 * A topic as the server wants it: lower-case letters, digits and single hyphens. "Finding a venue" becomes
 * "finding-a-venue" and "Naloxone!" becomes "naloxone"; null when too little or too much is left.
 */
export function normaliseTopic(text: string): string | null {
  const topic = text
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  return topic.length >= LIMITS.topicMin && topic.length <= LIMITS.topicMax ? topic : null;
}

export interface TopicsAdded {
  topics: string[];
  /** What could not become a topic (too short or too long), as typed. */
  unusable: string[];
  /** Typed topics left out because the post already has the most it can. */
  overLimit: string[];
}

/** Adds the comma-separated topics in `text`, leaving out repeats. */
export function addTopics(current: readonly string[], text: string): TopicsAdded {
  const topics = [...current];
  const unusable: string[] = [];
  const overLimit: string[] = [];
  for (const part of text.split(',')) {
    if (part.trim() === '') {
      continue;
    }
    const topic = normaliseTopic(part);
    if (topic === null) {
      unusable.push(part.trim());
    } else if (topics.includes(topic)) {
      continue;
    } else if (topics.length >= LIMITS.topicsMax) {
      overLimit.push(topic);
    } else {
      topics.push(topic);
    }
  }
  return { topics, unusable, overLimit };
}

/** Past 10 posts an hour the server answers 429. Its Retry-After header does not reach ApiError, so: "later". */
export const RATE_LIMITED =
  'You’ve shared a lot in the last hour. Please try again later; everything you wrote is still here.';
