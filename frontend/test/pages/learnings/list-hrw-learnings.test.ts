import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, button, cleanUp, fakeSession, json, openPage, problem, settle, stubFetch, words } from '../../exercises/fixtures.js';
import { EASTHAMPTON, NORTHAMPTON, SUMMARY, WHAT_WORKED } from '../../learnings/post-fixtures.js';

vi.mock('../../../src/auth/session.js', async () => ({ session: (await import('../../exercises/fixtures.js')).fakeSession }));

await import('../../../src/pages/learnings/hrw-learnings.js');

beforeEach(stubFetch);
afterEach(cleanUp);

const urls = () => api.calls.map((call) => call.url);
const open = (path: string) => openPage('hrw-learnings', path);

function page(items: unknown[], total = items.length) {
  return json({ items, page: 0, size: 20, total });
}

async function cardRoot(list: HTMLElement, index = 0): Promise<ShadowRoot> {
  const card = list.shadowRoot!.querySelectorAll('hrw-learning-card')[index]!;
  await card.updateComplete;
  return card.shadowRoot!;
}

describe('the list of shared learnings', () => {
  it('searches what the address says, shows those choices in the form, and lists each post as its group', async () => {
    api.handler = () => page([SUMMARY]);
    const list = await open('/learnings?q=kits&kind=question&topic=finding-a-venue&sort=most-helpful');
    expect(urls()).toEqual(['/api/v1/learnings?q=kits&kind=question&topic=finding-a-venue&sort=most-helpful&size=20']);
    const root = list.shadowRoot!;
    expect(root.querySelector<HTMLInputElement>('#q')?.value).toBe('kits');
    expect(root.querySelector<HTMLSelectElement>('#kind')?.value).toBe('question');
    expect(root.querySelector<HTMLInputElement>('#topic')?.value).toBe('finding a venue');
    expect(root.querySelector<HTMLSelectElement>('#sort')?.value).toBe('most-helpful');
    expect(words(root.querySelector('h2'))).toBe('1 post for this search');

    const card = await cardRoot(list);
    const title = card.querySelector<HTMLAnchorElement>('h3 a')!;
    expect(title.getAttribute('href')).toBe('/learnings/7');
    expect(words(title)).toBe('Where do you keep naloxone during the meeting?');
    expect([...card.querySelectorAll('.badges li')].map(words)).toEqual([
      'A question',
      'Not answered yet',
      'Asked HRH413',
      'Network only',
    ]);
    const group = card.querySelector<HTMLAnchorElement>('.from a')!;
    expect(group.getAttribute('href')).toBe('/groups/northampton');
    expect(words(group)).toBe(NORTHAMPTON.name);
    expect(words(card.querySelector('.from'))).toMatch(/^From Harm Reduction Works-HRW Northampton, Nov [34], 2026, edited$/);
    expect(words(card.querySelector('.excerpt'))).toBe(SUMMARY.excerpt);
    expect([...card.querySelectorAll<HTMLAnchorElement>('.topics a')].map((a) => [words(a), a.getAttribute('href')])).toEqual([
      ['naloxone', '/learnings?topic=naloxone'],
      ['finding a venue', '/learnings?topic=finding-a-venue'],
    ]);
    expect(words(card.querySelector('.counts'))).toBe('2 replies · Helped 3 groups');
  });

  it('keeps quiet about what a post does not have: no edit, no topics, no help yet, not a question', async () => {
    api.handler = () => page([WHAT_WORKED, { ...SUMMARY, id: 9, answered: true, askStewards: false, visibility: 'public' }]);
    const list = await open('/learnings');
    const first = await cardRoot(list, 0);
    expect([...first.querySelectorAll('.badges li')].map(words)).toEqual(['What worked']);
    expect(words(first.querySelector('.from'))).not.toContain('edited');
    expect(first.querySelector('.topics')).toBeNull();
    expect(words(first.querySelector('.counts'))).toBe('No replies yet');
    const second = await cardRoot(list, 1);
    expect([...second.querySelectorAll('.badges li')].map(words)).toEqual(['A question', 'Answered']);
  });

  it('puts a new search in the history, turns typed topics into topics, and keeps the default order out', async () => {
    api.handler = () => page([]);
    const list = await open('/learnings?sort=most-helpful');
    const root = list.shadowRoot!;
    const before = window.history.length;
    root.querySelector<HTMLInputElement>('#q')!.value = 'venue';
    root.querySelector<HTMLInputElement>('#topic')!.value = 'Finding a venue';
    root.querySelector<HTMLSelectElement>('#sort')!.value = 'newest';
    root.querySelector('form')!.requestSubmit();
    await settle(list);
    expect(`${window.location.pathname}${window.location.search}`).toBe('/learnings?q=venue&topic=finding-a-venue');
    expect(window.history.length).toBe(before + 1);
    expect(urls().at(-1)).toBe('/api/v1/learnings?q=venue&topic=finding-a-venue&sort=newest&size=20');

    // The page Back shows is built from its address alone.
    const again = await open('/learnings?sort=most-helpful');
    expect(again.shadowRoot!.querySelector<HTMLInputElement>('#q')?.value).toBe('');
    expect(again.shadowRoot!.querySelector<HTMLSelectElement>('#sort')?.value).toBe('most-helpful');
  });

  it('narrows to unanswered questions, and is glad when there are none', async () => {
    api.handler = () => page([]);
    const list = await open('/learnings');
    const root = list.shadowRoot!;
    root.querySelector<HTMLSelectElement>('#kind')!.value = 'what-worked';
    root.querySelector<HTMLInputElement>('input[name="unanswered"]')!.checked = true;
    root.querySelector('form')!.requestSubmit();
    await settle(list);
    expect(window.location.search).toBe('?kind=question&unanswered=true');
    expect(urls().at(-1)).toBe('/api/v1/learnings?kind=question&unanswered=true&sort=newest&size=20');
    expect(root.querySelector<HTMLSelectElement>('#kind')?.value).toBe('question');
    expect(words(root.querySelector('.callout'))).toContain('Every question has found a helpful answer.');
  });

  it('shows more on request without repeating a post, and moves focus to the first new one', async () => {
    const first = Array.from({ length: 20 }, (_, index) => ({ ...WHAT_WORKED, id: 100 + index, title: `Post ${index}` }));
    api.handler = (_method, url) =>
      url.includes('page=1') ? page([first[19], { ...WHAT_WORKED, id: 500, title: 'The last one' }], 21) : page(first, 21);
    const list = await open('/learnings');
    const root = list.shadowRoot!;
    expect(words(root.querySelector('h2'))).toBe('21 posts');
    button(root, 'Show more posts').click();
    await settle(list);
    expect(urls().at(-1)).toBe('/api/v1/learnings?sort=newest&page=1&size=20');
    expect(root.querySelectorAll('hrw-learning-card')).toHaveLength(21);
    const added = await cardRoot(list, 20);
    expect(added.activeElement).toBe(added.querySelector('h3 a'));
    expect(words(added.activeElement)).toBe('The last one');
    expect([...root.querySelectorAll('button')].some((b) => words(b).startsWith('Show more'))).toBe(false);
  });

  it('is kind when nothing matches, and clears the choices in one step', async () => {
    api.handler = () => page([]);
    const list = await open('/learnings?kind=story-or-resource&topic=naloxone&sort=most-helpful');
    const root = list.shadowRoot!;
    expect(words(root)).toContain('Nothing matches all of these choices yet.');
    button(root, 'Clear these choices').click();
    await settle(list);
    expect(window.location.search).toBe('?sort=most-helpful');
    expect(root.querySelector<HTMLSelectElement>('#kind')?.value).toBe('');
    expect(root.querySelector<HTMLInputElement>('#topic')?.value).toBe('');
    expect(urls().at(-1)).toBe('/api/v1/learnings?sort=most-helpful&size=20');
    expect(root.activeElement).toBe(root.querySelector('#q'));
  });

  it('invites the first post when nothing is shared yet', async () => {
    api.handler = () => page([]);
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', hosts: [EASTHAMPTON] });
    const list = await open('/learnings');
    const callout = list.shadowRoot!.querySelector('.callout')!;
    expect(words(callout)).toContain('No group has shared anything here yet.');
    expect(callout.querySelector('a[href="/learnings/new"]')).not.toBeNull();
  });

  it('says clearly when the list did not load, and tries again', async () => {
    api.handler = () => problem(503);
    const list = await open('/learnings');
    const root = list.shadowRoot!;
    expect(words(root.querySelector('[role="alert"]'))).toContain('The learnings did not load.');
    api.handler = () => page([SUMMARY]);
    button(root, 'Try again').click();
    await settle(list);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelectorAll('hrw-learning-card')).toHaveLength(1);
  });

  it('keeps a group chosen elsewhere when the search changes, naming the group', async () => {
    api.handler = () => page([SUMMARY]);
    const list = await open('/learnings?group=northampton');
    const root = list.shadowRoot!;
    expect(words(root.querySelector('form'))).toContain(`Only posts from ${NORTHAMPTON.name}.`);
    root.querySelector<HTMLInputElement>('#q')!.value = 'kits';
    root.querySelector('form')!.requestSubmit();
    await settle(list);
    expect(window.location.search).toBe('?q=kits&group=northampton');
  });

  it('explains network-only posts, links the public feed, and offers sharing and the stewards’ queues to the right people', async () => {
    api.handler = () => page([]);
    const list = await open('/learnings');
    const root = list.shadowRoot!;
    expect(words(root)).toContain('Posts marked “Network only” can be read by signed-in hosts and stewards only.');
    const feed = root.querySelector<HTMLAnchorElement>('a[type="application/atom+xml"]');
    expect(feed?.getAttribute('href')).toBe('/api/v1/feeds/learnings.atom');
    expect(root.querySelector('a[href="/learnings/new"]')).toBeNull();
    expect(urls()).toHaveLength(1);

    // Signing in lists network-only posts too, so the list is asked for again with the token.
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', hosts: [EASTHAMPTON] });
    await settle(list);
    expect(urls()).toHaveLength(2);
    expect(words(root.querySelector('a[href="/learnings/new"]'))).toBe('Share something');
    expect(words(root.querySelector('a[href="/learnings/new?kind=question"]'))).toBe('Ask a question');
    expect(root.querySelector('a[href="/learnings/review"]')).toBeNull();

    fakeSession.set({ steward: true });
    await settle(list);
    expect(root.querySelector('a[href="/learnings/review"]')).not.toBeNull();
    expect(root.querySelector('a[href="/learnings/questions"]')).not.toBeNull();
  });
});
