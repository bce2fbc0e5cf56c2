import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SUGGESTION, api, cleanUp, fakeSession, json, openPage, settle, stubFetch, summaryOf, words } from '../../exercises/fixtures.js';

vi.mock('../../../src/auth/session.js', async () => ({ session: (await import('../../exercises/fixtures.js')).fakeSession }));

await import('../../../src/pages/exercises/hrw-exercise-review.js');

const FIRST = summaryOf(SUGGESTION);
const SECOND = { ...FIRST, slug: 'a-poem', title: 'A poem about the river', contentNotes: [], source: { ...FIRST.source, url: 'https://poems.example.org/river', freeToAccess: true } };

beforeEach(stubFetch);
afterEach(cleanUp);

const open = () => openPage('hrw-exercise-review', '/exercises/review');

describe('the suggestions queue', () => {
  it('tells someone who is not a steward what it is for, and asks nothing', async () => {
    api.handler = () => json({ items: [], page: 0, size: 20, total: 0 });
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', steward: false });
    const review = await open();
    expect(words(review.shadowRoot)).toContain('this account is not a steward’s');
    expect(review.shadowRoot!.querySelector('hrw-exercise-decision')).toBeNull();
    expect(api.calls).toEqual([]);
  });

  it('shows each suggestion with its summary, source and content notes, and links to edit it', async () => {
    api.handler = () => json({ items: [FIRST, SECOND], page: 0, size: 20, total: 2 });
    fakeSession.set({ status: 'signed-in', displayName: 'Ana', steward: true });
    const review = await open();
    const root = review.shadowRoot!;
    expect(api.calls.map((call) => call.url)).toEqual(['/api/v1/review/exercises?page=0']);
    const card = root.querySelector('hrw-exercise-card')!;
    await card.updateComplete;
    const text = words(card.shadowRoot);
    expect(card.shadowRoot!.querySelector('h2')).not.toBeNull();
    expect(text).toContain('Content notes: death and grief');
    expect(text).toContain(SUGGESTION.summary);
    expect(text).toContain('From First three steps by Harm Reduction Works-HRW Northampton. Free to access.');
    expect(root.querySelector('a[href="/exercises/my-fathers-steps/edit"]')).not.toBeNull();
    const second = root.querySelectorAll('hrw-exercise-card')[1]!;
    await second.updateComplete;
    expect(second.shadowRoot!.querySelector('.source a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('publishes, and declines only with a reason for the group’s hosts', async () => {
    api.handler = (method, url) =>
      method === 'GET'
        ? json({ items: [FIRST, SECOND], page: 0, size: 20, total: 2 })
        : json({ ...SUGGESTION, status: url.endsWith('/decline') ? 'declined' : 'published' });
    fakeSession.set({ status: 'signed-in', displayName: 'Ana', steward: true });
    const review = await open();
    const root = review.shadowRoot!;
    const decisions = () => [...root.querySelectorAll('hrw-exercise-decision')];
    const buttons = (element: Element) => [...element.shadowRoot!.querySelectorAll('button')];

    buttons(decisions()[0]!)[0]!.click();
    await settle(review);
    expect(api.calls.at(-1)).toMatchObject({ method: 'POST', url: '/api/v1/review/exercises/my-fathers-steps/publication' });
    expect(words(root.querySelector('.status'))).toBe('“My father’s first three steps” is published and in the library now.');
    expect(root.activeElement).toBe(root.querySelector('.status'));
    expect(decisions()).toHaveLength(1);

    const decision = decisions()[0]!;
    expect(words(buttons(decision)[1])).toBe('Decline “A poem about the river”…');
    buttons(decision)[1]!.click();
    await settle(review);
    await decision.updateComplete;
    const form = decision.shadowRoot!.querySelector('form')!;
    expect(decision.shadowRoot!.activeElement?.id).toBe('reason');
    form.requestSubmit();
    await decision.updateComplete;
    expect(decision.shadowRoot!.querySelector('#reason-error')).not.toBeNull();
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(1);

    const reason = decision.shadowRoot!.querySelector<HTMLTextAreaElement>('#reason')!;
    reason.value = 'We could not find the poem at that address.';
    reason.dispatchEvent(new Event('input'));
    await decision.updateComplete;
    form.requestSubmit();
    await settle(review);
    expect(api.calls.at(-1)).toMatchObject({
      method: 'POST',
      url: '/api/v1/review/exercises/a-poem/decline',
      body: { reason: 'We could not find the poem at that address.' },
    });
    expect(words(root)).toContain('Nothing is waiting.');
  });

  it('pages through a long queue without skipping what moved up', async () => {
    // The server's queue: a published suggestion leaves it, and the ones behind move up.
    let queue = Array.from({ length: 22 }, (_, index) => ({ ...FIRST, slug: `s-${index}`, title: `S ${index}` }));
    api.handler = (method, url) => {
      if (method === 'POST') {
        queue = queue.filter((item) => !url.includes(`/${item.slug}/`));
        return json(SUGGESTION);
      }
      const page = Number(new URL(url, 'http://x').searchParams.get('page'));
      return json({ items: queue.slice(page * 20, page * 20 + 20), page, size: 20, total: queue.length });
    };
    fakeSession.set({ status: 'signed-in', displayName: 'Ana', steward: true });
    const review = await open();
    const root = review.shadowRoot!;
    const decision = root.querySelector('hrw-exercise-decision')!;
    decision.shadowRoot!.querySelector('button')!.click();
    await settle(review);
    // One of the first twenty left the queue: the rest are the queue's first nineteen, so page 0 comes again.
    [...root.querySelectorAll('button')].find((b) => words(b) === 'Show more suggestions')!.click();
    await settle(review);
    expect(api.calls.at(-1)?.url).toBe('/api/v1/review/exercises?page=0');
    expect(root.querySelectorAll('hrw-exercise-card')).toHaveLength(20);
    [...root.querySelectorAll('button')].find((b) => words(b) === 'Show more suggestions')!.click();
    await settle(review);
    expect(api.calls.at(-1)?.url).toBe('/api/v1/review/exercises?page=1');
    expect(root.querySelectorAll('hrw-exercise-card')).toHaveLength(21);
    expect([...root.querySelectorAll('button')].some((b) => words(b) === 'Show more suggestions')).toBe(false);
  });
});
