import { msg, str } from '@lit/localize';
import { ApiError } from '../api/client.js';
import {
  isStaleLearning,
  learningPath,
  type LearningKind,
  type LearningSort,
  type LearningStatus,
  type LearningVisibility,
} from '../api/learnings.js';
import { plainMessage } from '../api/messages.js';
import { formatDate, formatNumber } from '../i18n/format.js';

/** The words shown for shared learnings' fixed values. Posts always speak as a group, never as a person. */
export function kindLabel(kind: LearningKind): string {
  switch (kind) {
    case 'what-worked':
      return msg('What worked');
    case 'question':
      return msg('A question');
    case 'story-or-resource':
      return msg('A story or resource');
  }
}

/** What each kind is for, for someone choosing one in the compose form: "What worked: something your group…". */
export function kindChoice(kind: LearningKind): string {
  switch (kind) {
    case 'what-worked':
      return msg('What worked: something your group tried that went well, so other groups can try it too');
    case 'question':
      return msg('A question: something your group would like other groups’ help or suggestions with');
    case 'story-or-resource':
      return msg('A story or resource: a story from your group, or a reading, a guide or a place worth knowing about');
  }
}

export function sortLabel(sort: LearningSort): string {
  return sort === 'newest' ? msg('Newest first') : msg('Most helpful first');
}

/** What the list shows first when nobody has chosen an order. */
export const DEFAULT_SORT: LearningSort = 'newest';

export function visibilityLabel(visibility: LearningVisibility): string {
  return visibility === 'public' ? msg('Public') : msg('Network only');
}

export function visibilityHint(visibility: LearningVisibility): string {
  return visibility === 'public'
    ? msg('Anyone can read it, and it appears in the public feed.')
    : msg('Only signed-in hosts and stewards can read it. For local knowledge that should not be public.');
}

/** The one line that explains network-only posts wherever they are listed. */
export function networkOnlyNote(): string {
  return msg('Posts marked “Network only” can be read by signed-in hosts and stewards only.');
}

export function statusLabel(status: LearningStatus): string {
  switch (status) {
    case 'visible':
      return msg('Visible');
    case 'hidden':
      return msg('Hidden');
    case 'deleted':
      return msg('Deleted by its group');
  }
}

/** How a reply or answer from HRH413's stewards is signed. */
export function stewardsName(): string {
  return msg('HRH413 stewards', { desc: 'How a reply from the stewards of HRH413, the first group, is signed' });
}

export function askedStewardsLabel(): string {
  return msg('Asked HRH413', { desc: 'A badge: this question is addressed to the stewards of HRH413' });
}

export function answeredLabel(answered: boolean): string {
  return answered ? msg('Answered') : msg('Not answered yet');
}

/** Reasons for a flag, as the API takes them. */
export const FLAG_REASON_LIMITS = { min: 5, max: 500 } as const;
/** Replies are Markdown like posts; the API does not state a length, so the post body's upper limit is used. */
export const REPLY_LIMITS = { max: 10000 } as const;

/** Flags from this many different groups hide a post or reply until a steward looks at it. */
export const FLAGS_TO_HIDE = 3;

// The app's own pages for shared learnings.
export const LEARNINGS_PATH = '/learnings';
export const NEW_LEARNING_PATH = '/learnings/new';
export const NEW_QUESTION_PATH = '/learnings/new?kind=question';
export const REVIEW_LEARNINGS_PATH = '/learnings/review';
export const STEWARD_QUESTIONS_PATH = '/learnings/questions';

export function editLearningPath(id: number): string {
  return `${learningPath(id)}/edit`;
}

/** The post's id from "/learnings/{id}" or "/learnings/{id}/edit"; null for any other address. */
export function learningIdFromPath(pathname: string): number | null {
  const parts = pathname.split('/').filter(Boolean);
  const [section, id, rest] = parts;
  if (section !== 'learnings' || !id || !/^[1-9][0-9]{0,15}$/.test(id) || parts.length > 3) {
    return null;
  }
  if (rest !== undefined && rest !== 'edit') {
    return null;
  }
  return Number(id);
}

/** "finding-a-venue" -> "finding a venue" */
export function topicLabel(topic: string): string {
  return topic.replace(/-/g, ' ');
}

/** "No replies yet", "1 reply", "4 replies" */
export function repliesInWords(count: number): string {
  if (count === 0) {
    return msg('No replies yet');
  }
  return count === 1 ? msg('1 reply') : msg(str`${formatNumber(count)} replies`);
}

/** "Helped 1 group", "Helped 5 groups"; counts only, never who. */
export function helpedInWords(count: number): string {
  if (count === 0) {
    return msg('No group has said this helped them yet');
  }
  return count === 1 ? msg('Helped 1 group') : msg(str`Helped ${formatNumber(count)} groups`);
}

/** "2026-11-03T12:00:00Z" -> "Nov 3, 2026" ("3 nov 2026") in the reader's own time zone and language. */
export function dateInWords(instant: string, timeZone?: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) {
    return instant;
  }
  return formatDate(date, { month: 'short', day: 'numeric', year: 'numeric', ...(timeZone ? { timeZone } : {}) });
}

/**
 * A failed call about a post or reply in plain words: an edit that crossed another host's edit, too many posts in
 * an hour, a post that has gone, and otherwise the client's usual messages.
 */
export function learningMessage(error: unknown): string {
  if (isStaleLearning(error)) {
    return msg(
      'Someone else changed this while you were editing, perhaps another host of your group. Your words are still here: copy them, reload the page to see the latest version, then make your change again.',
    );
  }
  if (error instanceof ApiError && error.status === 429) {
    return msg('Your group has posted a lot in the last hour. Please wait a little while, then try again.');
  }
  if (error instanceof ApiError && error.status === 404) {
    return msg('This post is no longer there. It may have been deleted or hidden.');
  }
  if (error instanceof ApiError && error.status === 403 && !error.detail) {
    return msg('Only the hosts of the group that wrote this, or a steward, can do that.');
  }
  return plainMessage(error);
}
