import { exercisePath } from '../api/exercises.js';

export const SUGGEST_PATH = '/exercises/new';
export const REVIEW_PATH = '/exercises/review';

export function editExercisePath(slug: string): string {
  return `${exercisePath(slug)}/edit`;
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The exercise's slug from "/exercises/{slug}" or "/exercises/{slug}/edit"; null for any other address. */
export function slugFromPath(pathname: string): string | null {
  const parts = pathname.split('/').filter(Boolean);
  const [section, slug, rest] = parts;
  if (section !== 'exercises' || !slug || parts.length > 3 || (rest !== undefined && rest !== 'edit')) {
    return null;
  }
  return decoded(slug);
}

/** The slug being edited at "/exercises/{slug}/edit", or null at "/exercises/new". */
export function editedSlug(pathname: string): string | null {
  const parts = pathname.split('/').filter(Boolean);
  return parts.length === 3 && parts[2] === 'edit' ? slugFromPath(pathname) : null;
}

/** A language code the page can put in a lang attribute; a sign language has no written form of its own. */
export function textLanguage(code: string): string | undefined {
  return code === 'asl' ? undefined : code;
}
