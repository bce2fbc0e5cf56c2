import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, button, cleanUp, fakeSession, json, openPage, problem, settle, stubFetch, words } from '../../exercises/fixtures.js';
import { AMHERST, QUESTION, summaryOf } from '../../learnings/form-fixtures.js';

vi.mock('../../../src/auth/session.js', async () => ({ session: (await import('../../exercises/fixtures.js')).fakeSession }));

await import('../../../src/pages/learnings/hrw-learning-questions.js');

beforeEach(stubFetch);
afterEach(cleanUp);

const FIRST = summaryOf(QUESTION);
const SECOND = { ...FIRST, id: 43, title: 'Is it all right to meet in a church hall?', group: AMHERST, visibility: 'public', topics: [], replyCount: 2 };

const open = () => openPage('hrw-learning-questions', '/learnings/questions');

describe('questions for the stewards', () => {
  it('tells someone signed out what it is for, and asks nothing', async () => {
    const page = await open();
    expect(words(page.shadowRoot)).toContain('If you are a steward, sign in');
    expect(page.shadowRoot!.querySelector('a[href="/learnings?kind=question"]')).not.toBeNull();
    expect(api.calls).toEqual([]);
  });

  it('lists the waiting questions, each linking to its post, a page at a time', async () => {
    api.handler = (_method, url) =>
      url.endsWith('page=0') ? json({ items: [FIRST], page: 0, size: 1, total: 2 }) : json({ items: [SECOND], page: 1, size: 1, total: 2 });
    fakeSession.set({ status: 'signed-in', displayName: 'Ana', steward: true });
    const page = await open();
    const root = page.shadowRoot!;
    expect(api.calls.map((call) => call.url)).toEqual(['/api/v1/review/learnings/questions?page=0']);
    const first = root.querySelector('.questions > li')!;
    expect(first.querySelector('h2 a')?.getAttribute('href')).toBe('/learnings/42');
    expect(words(first.querySelector('h2'))).toBe(QUESTION.title);
    expect(words(first.querySelector('.facts'))).toBe('Asked by Harm Reduction Works-HRW Northampton on Nov 3, 2026 · No replies yet · Network only');
    expect(words(first.querySelector('.badges'))).toBe('finding a venue');

    button(root, 'Show more questions').click();
    await settle(page);
    expect(api.calls.at(-1)?.url).toBe('/api/v1/review/learnings/questions?page=1');
    expect([...root.querySelectorAll('.questions h2 a')].map((a) => a.getAttribute('href'))).toEqual(['/learnings/42', '/learnings/43']);
    expect(words(root.querySelectorAll('.questions .facts')[1])).toBe('Asked by Harm Reduction Works-HRW Amherst on Nov 3, 2026 · 2 replies');
    expect([...root.querySelectorAll('button')].some((b) => words(b).startsWith('Show more'))).toBe(false);
  });

  it('thanks the stewards when nothing is waiting, and offers a retry when the list fails', async () => {
    api.handler = () => problem(503);
    fakeSession.set({ status: 'signed-in', displayName: 'Ana', steward: true });
    const page = await open();
    const root = page.shadowRoot!;
    expect(words(root.querySelector('[role="alert"]'))).toContain('We could not reach the server just now.');
    api.handler = () => json({ items: [], page: 0, size: 20, total: 0 });
    button(root, 'Try again').click();
    await settle(page);
    expect(api.calls.at(-1)?.url).toBe('/api/v1/review/learnings/questions?page=0');
    expect(words(root)).toContain('No question is waiting for a steward.');
  });
});
