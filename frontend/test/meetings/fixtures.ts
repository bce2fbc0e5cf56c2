import type { Exercise, ExerciseSummary } from '../../src/api/exercises.js';

/** Library entries and answers shared by the meeting log's tests. */
export function summary(slug: string, title: string, extra: Partial<ExerciseSummary> = {}): ExerciseSummary {
  return {
    slug,
    title,
    kind: 'video',
    themes: ['stigma'],
    suggestedMinutes: 20,
    summary: 'A talk to watch together.',
    contentNotes: [],
    suits: 'both',
    language: 'en',
    source: { title, creator: 'Someone', publisher: null, year: 2012, url: 'https://example.org/talk', freeToAccess: true },
    status: 'published',
    timesUsed: 0,
    publishedAt: '2026-01-01T00:00:00Z',
    suggestedBy: null,
    ...extra,
  };
}

export function exercise(slug: string, title: string, extra: Partial<Exercise> = {}): Exercise {
  return {
    ...summary(slug, title),
    howToRun: 'Watch it together, then ask the prompts.',
    prompts: ['What stayed with you?'],
    suggestedBy: null,
    declineReason: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    revision: 1,
    ...extra,
  };
}

export function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

export function problem(status: number, title: string, extra: Record<string, unknown> = {}): Response {
  return json({ title, status, ...extra }, status, 'application/problem+json');
}

export interface Call {
  method: string;
  url: string;
  body: unknown;
}

/** A fetch stand-in that records every call (method, address, parsed body) and answers with `handler`. */
export function recordingFetch(calls: Call[], handler: () => (call: Call) => Response) {
  return async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call = {
      method: init.method ?? 'GET',
      url: String(input),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    return handler()(call);
  };
}
