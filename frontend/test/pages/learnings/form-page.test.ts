import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXERCISE, api, button, cleanUp, fakeSession, json, openPage, problem, settle, stubFetch, summaryOf as exerciseSummary, words } from '../../exercises/fixtures.js';
import { AMHERST, NORTHAMPTON, QUESTION } from '../../learnings/form-fixtures.js';

vi.mock('../../../src/auth/session.js', async () => ({ session: (await import('../../exercises/fixtures.js')).fakeSession }));

await import('../../../src/pages/learnings/hrw-learning-form.js');

beforeEach(stubFetch);
afterEach(cleanUp);

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

const open = (path: string) => openPage('hrw-learning-form', path);

function me(hosts: unknown[], steward = false): Response {
  return json({ displayName: 'Alex', steward, hosts });
}

function type(root: ShadowRoot, selector: string, value: string) {
  const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!input) throw new Error(`No field ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function inner(root: ShadowRoot, tag: string): ShadowRoot {
  const element = root.querySelector(tag);
  if (!element?.shadowRoot) throw new Error(`No ${tag}`);
  return element.shadowRoot;
}

function tick(root: ShadowRoot, name: string, value: string) {
  root.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.click();
}

async function addTopic(form: Lit, text: string) {
  const topics = inner(form.shadowRoot!, 'hrw-topic-input');
  type(topics, '#topic-entry', text);
  topics.querySelector('#topic-entry')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
  await settle(form);
}

async function submit(form: Lit) {
  form.shadowRoot!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  await settle(form);
}

const posts = () => api.calls.filter((call) => call.method === 'POST' && call.url === '/api/v1/learnings');

describe('sharing with other groups', () => {
  it('explains itself to someone signed out and signs them in back to the same question form', async () => {
    const form = await open('/learnings/new?kind=question');
    const root = form.shadowRoot!;
    expect(words(root.querySelector('h1'))).toBe('Ask other groups a question');
    expect(root.querySelector('form')).toBeNull();
    button(root, 'Sign in').click();
    expect(fakeSession.signIn).toHaveBeenCalledWith('/learnings/new?kind=question');
    expect(api.calls).toEqual([]);
  });

  it('explains kindly that posts come from groups when the person hosts none', async () => {
    api.handler = () => me([]);
    fakeSession.set({ status: 'signed-in', displayName: 'Alex' });
    const form = await open('/learnings/new');
    const root = form.shadowRoot!;
    expect(root.querySelector('form')).toBeNull();
    expect(words(root)).toContain('Posts come from groups');
    expect(root.querySelector('a[href="/groups/new"]')).not.toBeNull();
  });

  it('posts a question for the one group the person hosts, with topics, an exercise and the stewards asked', async () => {
    api.handler = (method, url) => {
      if (url.startsWith('/api/v1/exercises')) return json({ items: [exerciseSummary(EXERCISE)], page: 0, size: 8, total: 1 });
      if (method === 'POST') return json({ ...QUESTION, id: 77 }, 201);
      return me([NORTHAMPTON]);
    };
    fakeSession.set({ status: 'signed-in', displayName: 'Alex', hosts: [NORTHAMPTON] });
    const form = await open('/learnings/new?kind=question');
    const root = form.shadowRoot!;
    expect(words(root)).toContain('Posted by Harm Reduction Works-HRW Northampton. The post shows the group’s name, never yours.');
    expect(root.querySelector<HTMLInputElement>('input[name="kind"][value="question"]')?.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('input[name="visibility"][value="public"]')?.checked).toBe(true);
    expect(words(root.querySelector('#visibility'))).toContain(
      'Network only: signed-in hosts and stewards (for sensitive local knowledge, e.g. which agencies to go to and which to avoid)',
    );

    type(root, '#title', 'How do you find a venue?');
    type(inner(root, 'hrw-markdown-field'), '#markdown', 'Our library room said **no** after two meetings.');
    await addTopic(form, 'Finding a venue');
    await addTopic(form, 'libraries, x');
    const chips = inner(root, 'hrw-topic-input');
    expect([...chips.querySelectorAll('.chips .topic')].map((chip) => words(chip))).toEqual(['finding-a-venue', 'libraries']);
    expect(chips.querySelector<HTMLInputElement>('#topic-entry')?.value).toBe('x');
    expect(words(chips.querySelector('#topic-entry-note'))).toContain('A topic needs 2 to 30 letters or numbers');
    type(chips, '#topic-entry', '');

    button(root, 'Link an exercise').click();
    await settle(form);
    const picker = inner(root, 'hrw-exercise-picker');
    button(picker, 'Fighting for Space').click();
    await settle(form);
    expect(root.querySelector('hrw-exercise-picker')).toBeNull();
    expect(root.querySelector('.linked a')?.getAttribute('href')).toBe('/exercises/fighting-for-space');
    expect(root.activeElement?.id).toBe('choose-exercise');

    tick(root, 'visibility', 'network');
    const ask = root.querySelector<HTMLInputElement>('#askStewards')!;
    expect(words(ask.closest('label'))).toBe('Ask HRH413’s stewards');
    ask.click();
    await submit(form);

    expect(posts()).toHaveLength(1);
    expect(posts()[0]!.body).toEqual({
      groupSlug: 'northampton',
      post: {
        kind: 'question',
        title: 'How do you find a venue?',
        body: 'Our library room said **no** after two meetings.',
        topics: ['finding-a-venue', 'libraries'],
        exerciseSlug: 'fighting-for-space',
        visibility: 'network',
        askStewards: true,
      },
    });
    expect(window.location.pathname).toBe('/learnings/77');
  });

  it('offers the stewards only for questions, and never sends the tick with another kind', async () => {
    api.handler = (method) => (method === 'POST' ? json({ ...QUESTION, id: 78, kind: 'what-worked' }, 201) : me([NORTHAMPTON]));
    fakeSession.set({ status: 'signed-in', displayName: 'Alex' });
    const form = await open('/learnings/new?kind=question');
    const root = form.shadowRoot!;
    root.querySelector<HTMLInputElement>('#askStewards')!.click();
    tick(root, 'kind', 'what-worked');
    await settle(form);
    expect(root.querySelector('#askStewards')).toBeNull();
    expect(words(root.querySelector('h1'))).toBe('Ask other groups a question');
    expect(words(root.querySelector('button[type="submit"]'))).toBe('Share it');
    type(root, '#title', 'Food after the meeting');
    type(inner(root, 'hrw-markdown-field'), '#markdown', 'Soup and bread kept people talking.');
    await submit(form);
    expect(posts()[0]!.body).toMatchObject({ post: { kind: 'what-worked', askStewards: false } });
  });

  it('previews the body as the server renders it, and goes back to writing', async () => {
    api.handler = (_method, url) =>
      url.endsWith('/preview') ? json({ html: '<p>Our <strong>library</strong> room</p>' }) : me([NORTHAMPTON]);
    fakeSession.set({ status: 'signed-in', displayName: 'Alex' });
    const form = await open('/learnings/new');
    const field = form.shadowRoot!.querySelector('hrw-markdown-field')!;
    const root = field.shadowRoot!;
    expect(words(root.querySelector('#markdown-help'))).toContain('put **two stars** around them for bold');

    const toggle = button(root, 'Preview');
    toggle.click();
    await settle(form);
    expect(api.calls.some((call) => call.url.endsWith('/preview'))).toBe(false);
    expect(words(root.querySelector('.preview'))).toBe('Nothing to preview yet.');
    toggle.click();
    await settle(form);

    type(root, '#markdown', 'Our **library** room');
    toggle.click();
    await settle(form);
    expect(api.calls.at(-1)).toMatchObject({ method: 'POST', url: '/api/v1/learnings/preview', body: { body: 'Our **library** room' } });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('#markdown')?.hasAttribute('hidden')).toBe(true);
    expect(root.querySelector('.preview strong')?.textContent).toBe('library');

    toggle.click();
    await settle(form);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(root.querySelector('.preview')).toBeNull();
    expect(root.activeElement?.id).toBe('markdown');
  });

  it('asks which group posts it and what it says before sending, then puts the server’s problems beside their fields', async () => {
    api.handler = (method) =>
      method === 'POST'
        ? problem(400, {
            violations: [
              { field: 'post.topics[1]', message: 'must be lower-case words joined by hyphens' },
              { field: 'post.exerciseSlug', message: 'is not a published exercise in the library' },
              { field: 'revision', message: 'must not be null' },
            ],
          })
        : me([NORTHAMPTON, AMHERST]);
    fakeSession.set({ status: 'signed-in', displayName: 'Alex' });
    const form = await open('/learnings/new?kind=question');
    const root = form.shadowRoot!;
    const select = root.querySelector<HTMLSelectElement>('#groupSlug')!;
    expect(words(root.querySelector('label[for="groupSlug"]'))).toBe('Which of your groups posts it');
    expect([...select.options].map((option) => option.value)).toEqual(['', 'northampton', 'amherst']);
    await addTopic(form, 'naloxone, peer-support');
    type(root, '#title', 'Why');
    await submit(form);

    expect(posts()).toEqual([]);
    const summary = inner(root, 'hrw-error-summary');
    expect(summary.activeElement).toBe(summary.querySelector('.summary'));
    expect([...summary.querySelectorAll('a')].map((link) => [link.getAttribute('href'), words(link)])).toEqual([
      ['#groupSlug', 'Choose which of your groups posts it'],
      ['#title', 'Write a little more in the title: at least 5 characters (it has 3 now)'],
      ['#body', 'Write your question, with what would help to know'],
    ]);
    expect(select.getAttribute('aria-invalid')).toBe('true');
    const body = inner(root, 'hrw-markdown-field');
    expect(words(body.querySelector('#markdown-error'))).toBe('Write your question, with what would help to know');
    expect(body.querySelector('#markdown')?.getAttribute('aria-describedby')).toContain('markdown-error');
    summary.querySelector<HTMLAnchorElement>('a[href="#body"]')!.click();
    await settle(form);
    expect(root.activeElement?.id).toBe('body');

    select.value = 'amherst';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    type(root, '#title', 'Why do people stop coming?');
    type(body, '#markdown', 'Three regulars have not come back since spring.');
    await settle(form);
    expect(summary.querySelector('.summary')).toBeNull();
    await submit(form);
    expect(posts().at(-1)?.body).toMatchObject({ groupSlug: 'amherst', post: { topics: ['naloxone', 'peer-support'] } });
    const topics = inner(root, 'hrw-topic-input');
    expect(words(topics.querySelector('#topic-entry-error'))).toBe(
      'Each topic needs 2 to 30 lower-case letters or digits, joined by hyphens, and a post has at most 5',
    );
    expect(words(root.querySelector('#exerciseSlug-error'))).toBe('That exercise is not in the library any more: link another, or remove the link');
    expect(words(summary.querySelector('li:last-child'))).toBe('revision must not be null');
  });

  it('answers too many posts in an hour calmly, keeping what was written', async () => {
    api.handler = (method) => (method === 'POST' ? problem(429, { title: 'Too Many Requests' }) : me([NORTHAMPTON]));
    fakeSession.set({ status: 'signed-in', displayName: 'Alex' });
    const form = await open('/learnings/new');
    const root = form.shadowRoot!;
    type(root, '#title', 'Food after the meeting');
    type(inner(root, 'hrw-markdown-field'), '#markdown', 'Soup and bread kept people talking.');
    await submit(form);
    expect(posts()).toHaveLength(1);
    const summary = inner(root, 'hrw-error-summary');
    expect(words(summary.querySelector('li'))).toBe('You’ve shared a lot in the last hour. Please try again later; everything you wrote is still here.');
    expect(summary.activeElement).toBe(summary.querySelector('.summary'));
    expect(root.querySelector<HTMLInputElement>('#title')?.value).toBe('Food after the meeting');
    expect(window.location.pathname).toBe('/learnings/new');
  });
});

describe('editing a post', () => {
  it('tells a host of another group that only the posting group can change it', async () => {
    api.handler = () => json({ ...QUESTION, canEdit: false });
    fakeSession.set({ status: 'signed-in', displayName: 'Alex' });
    const form = await open('/learnings/42/edit');
    expect(form.shadowRoot!.querySelector('form')).toBeNull();
    expect(words(form.shadowRoot)).toContain('Only the hosts of Harm Reduction Works-HRW Northampton can change this post');
  });

  it('sends the revision, explains when someone else saved first, and lets the host load theirs or keep their own', async () => {
    api.handler = (method) => (method === 'PUT' ? problem(409, { title: 'Conflict' }) : json(QUESTION));
    fakeSession.set({ status: 'signed-in', displayName: 'Alex' });
    const form = await open('/learnings/42/edit');
    const root = form.shadowRoot!;
    expect(api.calls.map((call) => call.url)).toEqual(['/api/v1/learnings/42']);
    expect(words(root.querySelector('h1'))).toBe('Edit a post');
    expect(root.querySelector('#groupSlug')).toBeNull();
    expect(words(root)).toContain('Posted by Harm Reduction Works-HRW Northampton.');
    expect(root.querySelector<HTMLInputElement>('#title')?.value).toBe(QUESTION.title);
    expect(root.querySelector<HTMLInputElement>('input[name="visibility"][value="network"]')?.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('#askStewards')?.checked).toBe(true);
    expect(root.querySelector('hrw-markdown-field')?.value).toBe(QUESTION.body);
    expect(root.querySelector('hrw-topic-input')?.topics).toEqual(['finding-a-venue']);
    type(root, '#title', 'Where can a new group meet?');
    await submit(form);

    const put = () => api.calls.filter((call) => call.method === 'PUT');
    expect(put()[0]).toMatchObject({ url: '/api/v1/learnings/42', body: { revision: 2, post: { title: 'Where can a new group meet?' } } });
    const alert = root.querySelector('[role="alert"]')!;
    expect(words(alert)).toContain('Someone else saved this post while you were editing it');
    expect(root.activeElement).toBe(alert);

    // Keep mine: the new revision is taken and the draft saved over it.
    api.handler = (method) => (method === 'PUT' ? json({ ...QUESTION, revision: 4 }) : json({ ...QUESTION, title: 'Their title', revision: 3 }));
    button(root, 'Keep my version').click();
    await settle(form);
    expect(put().at(-1)?.body).toMatchObject({ revision: 3, post: { title: 'Where can a new group meet?' } });
    expect(window.location.pathname).toBe('/learnings/42');
  });

  it('loads their version when the host chooses it', async () => {
    api.handler = (method) => (method === 'PUT' ? problem(409, { title: 'Conflict' }) : json(QUESTION));
    fakeSession.set({ status: 'signed-in', displayName: 'Alex' });
    const form = await open('/learnings/42/edit');
    const root = form.shadowRoot!;
    type(root, '#title', 'Mine, all mine');
    await submit(form);
    api.handler = () => json({ ...QUESTION, title: 'Their title', body: 'Their words about the venue.', revision: 3 });
    button(root, 'Load their version').click();
    await settle(form);
    expect(root.querySelector<HTMLInputElement>('#title')?.value).toBe('Their title');
    expect(root.querySelector('hrw-markdown-field')?.value).toBe('Their words about the venue.');
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('says so kindly when the post is gone', async () => {
    api.handler = () => problem(404, { title: 'Not Found' });
    fakeSession.set({ status: 'signed-in', displayName: 'Alex' });
    const form = await open('/learnings/42/edit');
    expect(words(form.shadowRoot!.querySelector('[role="alert"]'))).toContain('We could not find that post.');
  });
});
