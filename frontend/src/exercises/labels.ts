import type { ContentNote, ExerciseKind, ExerciseSort, ExerciseStatus, Suits, Theme } from '../api/exercises.js';

/** The words shown for the exercise library's fixed values. */
export const KIND_LABELS: Record<ExerciseKind, string> = {
  reading: 'Reading',
  podcast: 'Podcast',
  video: 'Video',
  'guest-speaker': 'Guest speaker',
  'personal-writing': 'Personal writing',
  'creative-piece': 'Creative piece',
  'discussion-prompt': 'Discussion prompt',
  other: 'Something else',
};

/** What each kind covers, for someone choosing one in the form. */
export const KIND_HINTS: Record<ExerciseKind, string> = {
  reading: 'an article, a chapter, a page read aloud',
  podcast: 'an episode or part of one, listened to together',
  video: 'a short film or talk watched together',
  'guest-speaker': 'someone who comes to speak with the group',
  'personal-writing': 'something a member wrote or reads from their own life',
  'creative-piece': 'a poem, a song, art or something made together',
  'discussion-prompt': 'a question or theme to talk about, with nothing to read first',
  other: 'anything else that sparks a discussion',
};

export const THEME_LABELS: Record<Theme, string> = {
  'change-process': 'Change process',
  advocacy: 'Advocacy',
  'grief-and-loss': 'Grief and loss',
  stigma: 'Stigma',
  overdose: 'Overdose',
  'safer-use': 'Safer use',
  'abstinence-and-moderation': 'Abstinence and moderation',
  'family-and-loved-ones': 'Family and loved ones',
  'community-and-movement-building': 'Community and movement building',
  creativity: 'Creativity',
};

export const CONTENT_NOTE_LABELS: Record<ContentNote, string> = {
  overdose: 'Overdose',
  death: 'Death',
  grief: 'Grief',
  trauma: 'Trauma',
  suicide: 'Suicide',
  violence: 'Violence',
  'sexual-violence': 'Sexual violence',
  incarceration: 'Incarceration',
  'drug-use-detail': 'Detailed drug use',
  discrimination: 'Discrimination',
};

export const SUITS_LABELS: Record<Suits, string> = {
  open: 'Open meetings',
  focused: 'Focused meetings',
  both: 'Open and focused meetings',
};

export const SORT_LABELS: Record<ExerciseSort, string> = {
  'most-used': 'Most used',
  newest: 'Newest',
  title: 'Title (A to Z)',
};

/** What the library shows first when nobody has chosen an order. */
export const DEFAULT_SORT: ExerciseSort = 'most-used';

/** Shown on an exercise that is not (yet) in the library. */
export const STATUS_LABELS: Record<ExerciseStatus, string> = {
  suggested: 'Waiting for a steward',
  published: 'In the library',
  declined: 'Not added to the library',
};

/** The lengths the library can narrow to; exercises usually run 10 to 20 minutes. */
export const MAX_MINUTES_CHOICES: readonly number[] = [10, 15, 20, 30];

export function minutesInWords(minutes: number): string {
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** ['overdose', 'drug-use-detail'] -> "overdose, detailed drug use" */
export function contentNotesInWords(notes: readonly ContentNote[]): string {
  return notes.map((note) => CONTENT_NOTE_LABELS[note].toLowerCase()).join(', ');
}

/** 4.25 -> "4.3 out of 5" */
export function ratingInWords(rating: number): string {
  return `${rating.toFixed(1)} out of 5`;
}

/** "Used in 1 meeting", "Used in 12 meetings by 4 groups": counts only, never who. */
export function usageInWords(timesUsed: number, groups?: number): string {
  if (timesUsed === 0) {
    return 'Not used in a logged meeting yet';
  }
  const meetings = `Used in ${timesUsed} ${timesUsed === 1 ? 'meeting' : 'meetings'}`;
  return groups === undefined ? meetings : `${meetings} by ${groups} ${groups === 1 ? 'group' : 'groups'}`;
}
