import { vi } from 'vitest';
import type { Exercise, ExerciseSummary, ExerciseUsage } from '../../src/api/exercises.js';
import type { SessionState } from '../../src/auth/session.js';

const SIGNED_OUT: SessionState = { status: 'signed-out', displayName: null, steward: false, hosts: [], notice: null };

/**
 * Stands in for the session in page tests: `vi.mock('.../auth/session.js', async () => ({ session: (await
 * import('.../fixtures.js')).fakeSession }))`.
 */
export class FakeSession extends EventTarget {
  state: SessionState = SIGNED_OUT;
  signIn = vi.fn(async () => undefined);

  set(state: Partial<SessionState>): void {
    this.state = { ...this.state, ...state };
    this.dispatchEvent(new Event('change'));
  }

  reset(): void {
    this.set(SIGNED_OUT);
  }
}

export const fakeSession = new FakeSession();

export type Handler = (method: string, url: string, body: unknown) => Response;

/** The API as the tests play it: set `handler`, read `calls`. `stubFetch()` in beforeEach starts afresh. */
export const api: { handler: Handler; calls: { method: string; url: string; body: unknown }[] } = {
  handler: () => json({}),
  calls: [],
};

export function stubFetch(): void {
  api.calls.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      api.calls.push({ method, url: String(input), body });
      return api.handler(method, String(input), body);
    }),
  );
}

/** Puts an element for `path` on the page and waits until it has settled. */
export async function openPage<K extends keyof HTMLElementTagNameMap>(tag: K, path: string): Promise<HTMLElementTagNameMap[K]> {
  window.history.replaceState(null, '', path);
  const element = document.createElement(tag);
  document.body.append(element);
  await settle(element as HTMLElement & { updateComplete: Promise<boolean> });
  return element;
}

export function cleanUp(): void {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
  fakeSession.reset();
}

/** A published exercise as the API sends it, close to one in the starter library. */
export const EXERCISE: Exercise = {
  slug: 'fighting-for-space',
  title: 'Fighting for Space',
  kind: 'reading',
  themes: ['community-and-movement-building', 'advocacy', 'overdose'],
  suggestedMinutes: 20,
  summary: 'Journalist Travis Lupick tells how people who used drugs in Vancouver organized to win housing and dignity.',
  contentNotes: ['overdose', 'grief', 'drug-use-detail'],
  suits: 'both',
  language: 'en',
  source: {
    title: 'Fighting for Space',
    creator: 'Travis Lupick',
    publisher: 'Arsenal Pulp Press',
    year: 2017,
    url: 'https://www.fightingforspace.com/',
    freeToAccess: false,
  },
  status: 'published',
  timesUsed: 12,
  publishedAt: '2026-11-01T12:00:00Z',
  howToRun: 'Choose a passage of about 10 minutes and ask one or two volunteers to read aloud.',
  prompts: ['What did the people in this story have that made organizing possible?', 'What would fighting for space look like here?'],
  suggestedBy: null,
  declineReason: null,
  createdAt: '2026-10-01T12:00:00Z',
  updatedAt: '2026-11-01T12:00:00Z',
  revision: 3,
};

export function summaryOf(exercise: Exercise): ExerciseSummary {
  const { howToRun: _h, prompts: _p, declineReason: _d, createdAt: _c, updatedAt: _u, revision: _r, ...summary } = exercise;
  return summary;
}

export const SUGGESTION: Exercise = {
  ...EXERCISE,
  slug: 'my-fathers-steps',
  title: 'My father’s first three steps',
  kind: 'personal-writing',
  themes: ['grief-and-loss'],
  suggestedMinutes: 10,
  summary: 'A member reads what her father wrote about his first three steps, ten years after he died.',
  contentNotes: ['death', 'grief'],
  source: { title: 'First three steps', creator: 'Harm Reduction Works-HRW Northampton', publisher: null, year: null, url: null, freeToAccess: true },
  status: 'suggested',
  timesUsed: 0,
  publishedAt: null,
  suggestedBy: { slug: 'northampton', name: 'Harm Reduction Works-HRW Northampton' },
  revision: 0,
};

export const USAGE: ExerciseUsage = {
  timesUsed: 12,
  groups: 4,
  averageRating: 4.25,
  sharedNotes: [
    {
      group: { slug: 'easthampton', name: 'Harm Reduction Works-HRW Easthampton' },
      date: '2026-11-03',
      rating: 5,
      note: 'We ran over time and nobody minded.',
    },
  ],
};

export function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

export function problem(status: number, extra: Record<string, unknown> = {}): Response {
  return json({ title: status === 400 ? 'Invalid request' : 'Problem', status, ...extra }, status, 'application/problem+json');
}

export async function settle(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  for (let i = 0; i < 12; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

/** Text as a person reads it: whitespace folded. */
export function words(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The button whose words start with `text`; throws so a test says which one it missed. */
export function button(root: ShadowRoot, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((candidate) => words(candidate).startsWith(text));
  if (!found) throw new Error(`No button “${text}”`);
  return found;
}
