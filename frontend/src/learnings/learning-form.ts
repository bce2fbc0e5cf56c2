import { msg, str } from '@lit/localize';
import {
  LEARNING_KINDS,
  type ExerciseLink,
  type Learning,
  type LearningInput,
  type LearningKind,
  type LearningVisibility,
} from '../api/learnings.js';
import { needed, type FieldSpecs } from '../lib/form-check.js';

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

export type FieldId = (typeof FIELDS)[number];
export type FieldErrors = Partial<Record<FieldId, string>>;

const TOP_FIELDS = new Set<string>(FIELDS);

/**
 * Which field a server violation belongs to: "post.title" -> "title", "post.topics[1]" -> "topics",
 * "groupSlug" -> "groupSlug". Bean Validation may name a list element "topics[1].<list element>" or
 * "topics.<list element>[1]"; both mean the topics box. Null for anything else.
 */
export function fieldForViolation(path: string): FieldId | null {
  const normal = path.replace(/\.<[^>]*>(\[\d+\])?/g, '$1');
  const last = normal.split('.').pop() ?? '';
  const name = /^([A-Za-z]+)(?:\[\d+\])?$/.exec(last)?.[1] ?? '';
  return TOP_FIELDS.has(name) ? (name as FieldId) : null;
}

/** What the rules look at: the draft, and the group chosen to post it (null when there is none to choose). */
export interface LearningCheckInput {
  draft: LearningDraft;
  groupSlug: string | null;
}

/**
 * Each field's rule in plain words, in the order of the page; the server's limits say the same. The nouns are read
 * when a message is worded, so they follow the language shown.
 */
export const LEARNING_FIELDS: FieldSpecs<LearningCheckInput, FieldId> = {
  groupSlug: {
    get noun() {
      return msg('the group');
    },
    rule: ({ groupSlug }) => (groupSlug === '' ? msg('Choose which of your groups posts it') : null),
  },
  kind: {
    get noun() {
      return msg('the kind of post', { desc: 'A field named inside a sentence, as in “Write a little more in the title”' });
    },
  },
  title: {
    get noun() {
      return msg('the title');
    },
    rule: ({ draft }) =>
      needed(
        draft.title,
        draft.kind === 'question' ? msg('Write your question in one line') : msg('Enter a title: one line that says what it is about'),
        5,
        msg('the title'),
        LIMITS.titleMax,
      ),
  },
  body: {
    get noun() {
      return msg('the post', { desc: 'A field named inside a sentence, as in “Write a little more in the title”' });
    },
    rule: ({ draft }) =>
      needed(
        draft.body,
        draft.kind === 'question'
          ? msg('Write your question, with what would help to know')
          : msg('Write what you want to share; a few sentences are enough'),
        10,
        msg('the post', { desc: 'A field named inside a sentence, as in “Write a little more in the title”' }),
        LIMITS.bodyMax,
      ),
  },
  topics: {
    get noun() {
      return msg('the topics', { desc: 'A field named inside a sentence, as in “Write a little more in the title”' });
    },
    rule: ({ draft }) => (draft.topics.length > LIMITS.topicsMax ? msg(str`Keep to ${LIMITS.topicsMax} topics or fewer`) : null),
  },
  exerciseSlug: {
    get noun() {
      return msg('the linked exercise', { desc: 'A field named inside a sentence, as in “Write a little more in the title”' });
    },
  },
  visibility: {
    get noun() {
      return msg('who can read it', { desc: 'A field named inside a sentence, as in “Write a little more in the title”' });
    },
  },
  askStewards: {
    get noun() {
      return msg('asking HRH413’s stewards', { desc: 'A field named inside a sentence, as in “Write a little more in the title”' });
    },
  },
};

/** The topics share one box, so the server's word on any one of them is said for the box. */
export function learningServerWords(field: FieldId, _message: string): string | null {
  if (field === 'topics') {
    return msg(
      str`Each topic needs ${LIMITS.topicMin} to ${LIMITS.topicMax} lower-case letters or digits, joined by hyphens, and a post has at most ${LIMITS.topicsMax}`,
    );
  }
  // The link is only ever made from the library's own list, so the server refuses it for one reason alone: the
  // piece is no longer published. Its message is in the reader's language, so it is not matched by its words.
  if (field === 'exerciseSlug') {
    return msg('That exercise is not in the library any more: link another, or remove the link');
  }
  return null;
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
export function rateLimited(): string {
  return msg('You’ve shared a lot in the last hour. Please try again later; everything you wrote is still here.');
}
