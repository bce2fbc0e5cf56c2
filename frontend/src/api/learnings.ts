import { ApiError, apiRequest, type Page } from './client.js';

export type LearningKind = 'what-worked' | 'question' | 'story-or-resource';
/** public: anyone; network: signed-in hosts and stewards only (for sensitive local knowledge). */
export type LearningVisibility = 'public' | 'network';
/** visible; hidden (by three groups' flags until a steward reviews it, or by a steward); deleted (by its group). */
export type LearningStatus = 'visible' | 'hidden' | 'deleted';
export type LearningSort = 'newest' | 'most-helpful';

export const LEARNING_KINDS: readonly LearningKind[] = ['what-worked', 'question', 'story-or-resource'];
export const LEARNING_SORTS: readonly LearningSort[] = ['newest', 'most-helpful'];

export interface GroupRef {
  slug: string;
  name: string;
}

export interface ExerciseLink {
  slug: string;
  title: string;
}

/** One post in a list. Posts are always shown as a group, never as a person. */
export interface LearningSummary {
  id: number;
  kind: LearningKind;
  title: string;
  /** The start of the body as plain text (at most 240 characters). */
  excerpt: string;
  /** Lower-case words joined by hyphens, e.g. "naloxone", "finding-a-venue"; at most 5. */
  topics: string[];
  exercise: ExerciseLink | null;
  visibility: LearningVisibility;
  group: GroupRef;
  /** A question addressed to HRH413's stewards. */
  askStewards: boolean;
  /** A question with a reply marked helpful by the asking group, or answered by a steward. */
  answered: boolean;
  replyCount: number;
  /** How many groups said "this helped us". */
  helpedCount: number;
  status: LearningStatus;
  createdAt: string;
  /** Set once the group edits it; the page says "edited". */
  editedAt: string | null;
}

export interface Reply {
  id: number;
  /** The replying group; null when HRH413's stewards answer. */
  group: GroupRef | null;
  fromStewards: boolean;
  /** Rendered on the server from Markdown: no raw HTML, safe links (rel="nofollow noopener noreferrer"). */
  bodyHtml: string;
  /** The Markdown source; for editing. */
  body: string;
  /** The asking group marked this reply as the one that helped. */
  helpful: boolean;
  status: LearningStatus;
  /** Why a steward hid it; only stewards and the replying group's hosts see it. */
  hiddenReason: string | null;
  createdAt: string;
  editedAt: string | null;
  /** Whether the signed-in person may edit or delete it (a host of the replying group, or a steward for HRH413's). */
  canEdit: boolean;
  revision: number;
}

export interface Learning extends LearningSummary {
  bodyHtml: string;
  body: string;
  /** Hidden or deleted replies are left out, except for stewards. Oldest first. */
  replies: Reply[];
  /** Whether the signed-in person may edit or delete it (hosts of the posting group). */
  canEdit: boolean;
  /** Whether the signed-in person may mark a reply as the helpful one (hosts of the asking group, questions only). */
  canMarkHelpful: boolean;
  /** The slugs of the viewer's hosted groups that said "this helped us". */
  helpedBy: string[];
  hiddenReason: string | null;
  /** Stewards only (empty for everyone else): each hide or restore of the post or its replies, with its reason. */
  moderation?: ModerationRecord[];
  revision: number;
}

export interface ModerationRecord {
  action: 'hide' | 'restore';
  /** The reply it concerned; null for the post itself. */
  replyId: number | null;
  reason: string;
  at: string;
}

/** title 5-150; body 10-10000 Markdown (no raw HTML); topics 0-5 of 2-30 chars [a-z0-9-]. */
export interface LearningInput {
  kind: LearningKind;
  title: string;
  body: string;
  topics: string[];
  exerciseSlug: string | null;
  visibility: LearningVisibility;
  /** Questions only. */
  askStewards: boolean;
}

export interface LearningFilters {
  q?: string;
  kind?: LearningKind;
  topic?: string;
  exercise?: string;
  group?: string;
  /** Questions with no helpful reply and no stewards' answer. */
  unanswered?: boolean;
  sort?: LearningSort;
  page: number;
  size?: number;
}

/** In the stewards' moderation queue: a post or reply that was flagged or hidden. */
export interface ModerationItem {
  type: 'post' | 'reply';
  /** The post's id (for a reply, the post it answers). */
  postId: number;
  replyId: number | null;
  title: string;
  excerpt: string;
  /** The whole text as the post page shows it, rendered and sanitised by the server. */
  bodyHtml: string;
  group: GroupRef | null;
  status: LearningStatus;
  /** Flags not yet reviewed: the reasons people gave, never who. */
  flags: { reason: string; createdAt: string }[];
  /** How many different groups flagged it (three hide it). */
  flaggingGroups: number;
  hiddenReason: string | null;
}

const BASE = '/api/v1/learnings';

function signalOnly(signal?: AbortSignal) {
  return signal ? { signal } : {};
}

export function filtersToQuery(filters: LearningFilters): string {
  const query = new URLSearchParams();
  const q = filters.q?.trim();
  if (q) query.set('q', q);
  if (filters.kind) query.set('kind', filters.kind);
  if (filters.topic) query.set('topic', filters.topic);
  if (filters.exercise) query.set('exercise', filters.exercise);
  if (filters.group) query.set('group', filters.group);
  if (filters.unanswered) query.set('unanswered', 'true');
  if (filters.sort) query.set('sort', filters.sort);
  if (filters.page > 0) query.set('page', String(filters.page));
  if (filters.size !== undefined) query.set('size', String(filters.size));
  return query.toString();
}

export function filtersFromQuery(search: string | URLSearchParams): LearningFilters {
  const query = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: LearningFilters = { page: 0 };
  const q = query.get('q')?.trim();
  if (q) filters.q = q;
  const kind = query.get('kind');
  if (kind && (LEARNING_KINDS as readonly string[]).includes(kind)) filters.kind = kind as LearningKind;
  const topic = query.get('topic')?.trim().toLowerCase();
  if (topic && /^[a-z0-9-]{2,30}$/.test(topic)) filters.topic = topic;
  const exercise = query.get('exercise')?.trim();
  if (exercise && /^[a-z0-9-]{1,80}$/.test(exercise)) filters.exercise = exercise;
  const group = query.get('group')?.trim();
  if (group && /^[a-z0-9-]{1,80}$/.test(group)) filters.group = group;
  if (query.get('unanswered') === 'true') filters.unanswered = true;
  const sort = query.get('sort');
  if (sort && (LEARNING_SORTS as readonly string[]).includes(sort)) filters.sort = sort as LearningSort;
  const page = Number(query.get('page'));
  if (Number.isInteger(page) && page > 0) filters.page = page;
  return filters;
}

export function learningsUrl(filters: LearningFilters): string {
  const query = filtersToQuery(filters);
  return query ? `${BASE}?${query}` : BASE;
}

export function learningUrl(id: number): string {
  return `${BASE}/${id}`;
}

/** The app's own pages. */
export function learningsPath(filters?: LearningFilters): string {
  const query = filters ? filtersToQuery(filters) : '';
  return query ? `/learnings?${query}` : '/learnings';
}

export function learningPath(id: number): string {
  return `/learnings/${id}`;
}

export const LEARNINGS_FEED_URL = '/api/v1/feeds/learnings.atom';

/** Carries the token when there is one: network-only posts are listed for signed-in hosts and stewards. */
export function searchLearnings(filters: LearningFilters, signal?: AbortSignal): Promise<Page<LearningSummary>> {
  return apiRequest<Page<LearningSummary>>(learningsUrl(filters), signalOnly(signal));
}

export function fetchLearning(id: number, signal?: AbortSignal): Promise<Learning> {
  return apiRequest<Learning>(learningUrl(id), signalOnly(signal));
}

/** A host posts on behalf of a group they host. 201; 429 with Retry-After past 10 posts an hour. */
export function postLearning(groupSlug: string, post: LearningInput): Promise<Learning> {
  return apiRequest<Learning>(BASE, { method: 'POST', body: { groupSlug, post } });
}

export function updateLearning(id: number, post: LearningInput, revision: number): Promise<Learning> {
  return apiRequest<Learning>(learningUrl(id), { method: 'PUT', body: { post, revision } });
}

export function deleteLearning(id: number): Promise<void> {
  return apiRequest<void>(learningUrl(id), { method: 'DELETE' });
}

/** The HTML the server would show for this Markdown: the compose form's preview. */
export function previewMarkdown(body: string): Promise<{ html: string }> {
  return apiRequest<{ html: string }>(`${BASE}/preview`, { method: 'POST', body: { body } });
}

/** A reply from a group the person hosts, or (stewards, asStewards: true) from HRH413's stewards. 201. */
export function reply(id: number, body: string, from: { groupSlug: string } | { asStewards: true }): Promise<Reply> {
  return apiRequest<Reply>(`${learningUrl(id)}/replies`, { method: 'POST', body: { body, ...from } });
}

export function updateReply(id: number, replyId: number, body: string, revision: number): Promise<Reply> {
  return apiRequest<Reply>(`${learningUrl(id)}/replies/${replyId}`, { method: 'PUT', body: { body, revision } });
}

export function deleteReply(id: number, replyId: number): Promise<void> {
  return apiRequest<void>(`${learningUrl(id)}/replies/${replyId}`, { method: 'DELETE' });
}

/** "This helped us", once per group; answers the new count. Saying it again is harmless. */
export function markHelped(id: number, groupSlug: string): Promise<{ helpedCount: number }> {
  return apiRequest<{ helpedCount: number }>(`${learningUrl(id)}/helped`, { method: 'POST', body: { groupSlug } });
}

export function unmarkHelped(id: number, groupSlug: string): Promise<{ helpedCount: number }> {
  return apiRequest<{ helpedCount: number }>(`${learningUrl(id)}/helped/${encodeURIComponent(groupSlug)}`, {
    method: 'DELETE',
  });
}

/** The asking group's hosts mark the reply that helped (null to unmark). */
export function markHelpfulReply(id: number, replyId: number | null): Promise<Learning> {
  return apiRequest<Learning>(`${learningUrl(id)}/helpful-reply`, { method: 'PUT', body: { replyId } });
}

/** Any signed-in person; reason 5-500 characters. 202. */
export function flagLearning(id: number, reason: string): Promise<void> {
  return apiRequest<void>(`${learningUrl(id)}/flags`, { method: 'POST', body: { reason } });
}

export function flagReply(id: number, replyId: number, reason: string): Promise<void> {
  return apiRequest<void>(`${learningUrl(id)}/replies/${replyId}/flags`, { method: 'POST', body: { reason } });
}

// Stewards only.

/** Flagged or hidden posts and replies, most flagged first. */
export function fetchModerationQueue(page = 0, signal?: AbortSignal): Promise<Page<ModerationItem>> {
  return apiRequest<Page<ModerationItem>>(`/api/v1/review/learnings?page=${page}`, signalOnly(signal));
}

/** Questions addressed to HRH413 that no steward has answered yet, oldest first. */
export function fetchStewardQuestions(page = 0, signal?: AbortSignal): Promise<Page<LearningSummary>> {
  return apiRequest<Page<LearningSummary>>(`/api/v1/review/learnings/questions?page=${page}`, signalOnly(signal));
}

/** Hide or restore a post (replyId null) or a reply, with a reason; clears its open flags. */
export function moderate(
  action: 'hide' | 'restore',
  postId: number,
  replyId: number | null,
  reason: string,
): Promise<void> {
  const target = replyId === null ? `posts/${postId}` : `replies/${replyId}`;
  return apiRequest<void>(`/api/v1/review/learnings/${target}/${action}`, { method: 'POST', body: { reason } });
}

export function isStaleLearning(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409;
}
