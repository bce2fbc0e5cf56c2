import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXERCISE, api, button, cleanUp, fakeSession, json, openPage, problem, settle, stubFetch, words } from '../../exercises/fixtures.js';

vi.mock('../../../src/auth/session.js', async () => ({ session: (await import('../../exercises/fixtures.js')).fakeSession }));

await import('../../../src/pages/exercises/hrw-exercise-form.js');
const { showLocale } = await import('../../../src/i18n/locale.js');

const NORTHAMPTON = { slug: 'northampton', name: 'Harm Reduction Works-HRW Northampton', timeZone: 'America/New_York' };
const AMHERST = { slug: 'amherst', name: 'Harm Reduction Works-HRW Amherst', timeZone: 'America/New_York' };

beforeEach(stubFetch);
afterEach(cleanUp);

const open = (path: string) => openPage('hrw-exercise-form', path);

function me(hosts: unknown[], steward = false): Response {
  return json({ displayName: 'Sam', steward, hosts });
}

function type(root: ShadowRoot, id: string, value: string) {
  const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
  if (!input) throw new Error(`No field #${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function tick(root: ShadowRoot, name: string, value: string) {
  root.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.click();
}

async function submit(element: HTMLElement & { updateComplete: Promise<boolean> }) {
  element.shadowRoot!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  await settle(element);
}

describe('suggesting an exercise', () => {
  it('explains itself and offers sign-in to someone signed out', async () => {
    api.handler = () => json({});
    const form = await open('/exercises/new');
    const root = form.shadowRoot!;
    expect(root.querySelector('form')).toBeNull();
    button(root, 'Sign in').click();
    expect(fakeSession.signIn).toHaveBeenCalledWith('/exercises/new');
    expect(api.calls).toEqual([]);
  });

  it('explains kindly that suggestions come from groups when the person hosts none', async () => {
    api.handler = () => me([]);
    fakeSession.set({ status: 'signed-in', displayName: 'Sam' });
    const form = await open('/exercises/new');
    const root = form.shadowRoot!;
    expect(api.calls.map((call) => call.url)).toEqual(['/api/v1/me']);
    expect(root.querySelector('form')).toBeNull();
    expect(words(root)).toContain('Suggestions for the library come from groups');
    expect(root.querySelector('a[href="/groups/new"]')).not.toBeNull();
  });

  it('sends the whole exercise for the one group the person hosts, then shows its page', async () => {
    api.handler = (method) => (method === 'POST' ? json({ ...EXERCISE, slug: 'naloxone-stories', status: 'suggested' }, 201) : me([NORTHAMPTON]));
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', hosts: [NORTHAMPTON] });
    const form = await open('/exercises/new');
    const root = form.shadowRoot!;
    expect(words(root)).toContain('Suggested on behalf of Harm Reduction Works-HRW Northampton.');
    expect(words(root)).toContain('never yours');

    type(root, 'title', 'Naloxone stories');
    tick(root, 'kind', 'guest-speaker');
    type(root, 'summary', 'A local outreach worker tells how naloxone reached the people who needed it.');
    type(root, 'suggestedMinutes', '20');
    tick(root, 'suits', 'focused');
    tick(root, 'themes', 'overdose');
    tick(root, 'themes', 'advocacy');
    tick(root, 'contentNotes', 'overdose');
    type(root, 'howToRun', 'Invite the speaker for 15 minutes, then open the floor.');
    type(root, 'prompt-0', 'Who taught you to use naloxone?');
    button(root, 'Add a prompt').click();
    await settle(form);
    expect(root.activeElement?.id).toBe('prompt-1');
    type(root, 'prompt-1', 'Who still cannot get it here?');
    type(root, 'sourceTitle', 'A talk with our group');
    type(root, 'sourceCreator', 'Harm Reduction Works-HRW Northampton');
    type(root, 'sourceYear', '2026');
    await submit(form);

    const post = api.calls.find((call) => call.method === 'POST')!;
    expect(post.url).toBe('/api/v1/exercises');
    expect(post.body).toEqual({
      groupSlug: 'northampton',
      exercise: {
        title: 'Naloxone stories',
        kind: 'guest-speaker',
        themes: ['advocacy', 'overdose'],
        suggestedMinutes: 20,
        summary: 'A local outreach worker tells how naloxone reached the people who needed it.',
        howToRun: 'Invite the speaker for 15 minutes, then open the floor.',
        prompts: ['Who taught you to use naloxone?', 'Who still cannot get it here?'],
        source: { title: 'A talk with our group', creator: 'Harm Reduction Works-HRW Northampton', publisher: null, year: 2026, url: null, freeToAccess: true },
        contentNotes: ['overdose'],
        suits: 'focused',
        language: 'en',
      },
    });
    expect(window.location.pathname).toBe('/exercises/naloxone-stories');
  });

  it('keeps prompts between one and eight', async () => {
    api.handler = () => me([NORTHAMPTON]);
    fakeSession.set({ status: 'signed-in', displayName: 'Sam' });
    const form = await open('/exercises/new');
    const root = form.shadowRoot!;
    expect([...root.querySelectorAll('button')].some((b) => words(b).startsWith('Remove'))).toBe(false);
    for (let i = 0; i < 7; i++) {
      button(root, 'Add a prompt').click();
      await settle(form);
    }
    expect(root.querySelectorAll('.prompts input')).toHaveLength(8);
    expect([...root.querySelectorAll('button')].some((b) => words(b) === 'Add a prompt')).toBe(false);
    type(root, 'prompt-2', 'The third one?');
    button(root, 'Remove prompt 2').click();
    await settle(form);
    expect(root.querySelectorAll('.prompts input')).toHaveLength(7);
    expect(root.querySelector<HTMLInputElement>('#prompt-1')?.value).toBe('The third one?');
    expect(root.activeElement?.id).toBe('prompt-1');
  });

  it('asks which group suggests it, checks the rest before sending, and puts the server’s problems beside their fields', async () => {
    api.handler = (method) =>
      method === 'POST'
        ? problem(400, {
            violations: [
              { field: 'exercise.prompts[1]', message: 'must be one line' },
              { field: 'exercise.source.year', message: 'must be less than or equal to 2100' },
              { field: 'request', message: 'must not be null' },
            ],
          })
        : me([NORTHAMPTON, AMHERST]);
    fakeSession.set({ status: 'signed-in', displayName: 'Sam' });
    const form = await open('/exercises/new');
    const root = form.shadowRoot!;
    // One list box, not a radio button per group; nothing chosen until the host chooses.
    expect(words(root.querySelector('label[for="groupSlug"]'))).toBe('Which of your groups suggests it');
    expect(root.querySelectorAll('input[name="groupSlug"]')).toHaveLength(0);
    const groups = root.querySelector<HTMLSelectElement>('select#groupSlug')!;
    expect(groups.value).toBe('');
    // By place: every group's name starts "Harm Reduction Works-HRW", all a narrow list box would show.
    expect([...groups.options].map((option) => words(option))).toEqual(['Choose one of your groups', 'Northampton', 'Amherst']);
    type(root, 'title', 'Hi');
    type(root, 'prompt-0', 'A good first question?');
    button(root, 'Add a prompt').click();
    await settle(form);
    type(root, 'prompt-1', 'Why');
    type(root, 'sourceUrl', 'example.org');
    await submit(form);

    expect(api.calls.filter((call) => call.method === 'POST')).toEqual([]);
    const summary = root.querySelector('hrw-error-summary')!.shadowRoot!;
    expect(summary.activeElement).toBe(summary.querySelector('.summary'));
    expect([...summary.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      '#groupSlug',
      '#title',
      '#summary',
      '#themes',
      '#prompt-1',
      '#sourceTitle',
      '#sourceCreator',
      '#sourceUrl',
    ]);
    const expectError = (id: string, message: string) => {
      expect(words(root.querySelector(`#${id}-error`))).toBe(message);
    };
    expectError('groupSlug', 'Choose which of your groups suggests it');
    expectError('title', 'Write a little more in the title: at least 3 characters (it has 2 now)');
    expectError('themes', 'Choose at least one theme');
    expectError('prompt-1', 'Make prompt 2 a little longer: at least 5 characters');
    expectError('sourceUrl', 'Enter the whole web address, starting with https://');
    expect(root.querySelector('#title')?.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#title')?.getAttribute('aria-describedby')).toBe('title-hint title-error');
    expect(root.querySelector('#prompt-1')?.getAttribute('aria-describedby')).toBe('prompt-1-error');
    expect(root.querySelector('#prompt-0')?.getAttribute('aria-invalid')).toBe('false');
    summary.querySelector<HTMLAnchorElement>('a[href="#themes"]')!.click();
    expect(root.activeElement).toBe(root.querySelector('input[name="themes"]'));

    const select = root.querySelector<HTMLSelectElement>('select#groupSlug')!;
    select.value = 'amherst';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    type(root, 'title', 'Naloxone stories');
    type(root, 'summary', 'A local outreach worker tells how naloxone reached people.');
    tick(root, 'themes', 'overdose');
    type(root, 'prompt-1', 'Why does it matter here?');
    type(root, 'sourceTitle', 'A talk');
    type(root, 'sourceCreator', 'Our group');
    type(root, 'sourceUrl', 'https://example.org/talk');
    await settle(form);
    expect(root.querySelectorAll('.field-error')).toHaveLength(0);
    await submit(form);
    expect(api.calls.filter((call) => call.method === 'POST').at(-1)?.body).toMatchObject({ groupSlug: 'amherst' });
    // The server's word, in plain words beside the field; what fits no field, in the summary alone.
    expectError('prompt-1', 'Prompt 2 must be one line');
    expectError('sourceYear', 'The year can be at most 2100');
    expect(words(summary.querySelector('li:last-child'))).toBe('request must not be null');
    expect(summary.querySelector('li:last-child a')).toBeNull();
  });
});

describe('a steward editing an exercise', () => {
  it('tells someone who is not a steward that only stewards can change it', async () => {
    api.handler = () => json(EXERCISE);
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', steward: false });
    const form = await open('/exercises/fighting-for-space/edit');
    expect(form.shadowRoot!.querySelector('form')).toBeNull();
    expect(words(form.shadowRoot)).toContain('Only stewards can change exercises in the library.');
    expect(api.calls).toEqual([]);
  });

  it('sends the revision, and explains when someone else saved first', async () => {
    api.handler = (method) =>
      method === 'PUT' ? problem(409, { type: 'urn:hrw:problem:stale-edit', title: 'Conflict' }) : json(EXERCISE);
    fakeSession.set({ status: 'signed-in', displayName: 'Ana', steward: true });
    const form = await open('/exercises/fighting-for-space/edit');
    const root = form.shadowRoot!;
    expect(words(root.querySelector('h1'))).toBe('Edit an exercise');
    expect(root.querySelector('#groupSlug')).toBeNull();
    expect(root.querySelector<HTMLInputElement>('#title')?.value).toBe('Fighting for Space');
    expect(root.querySelector<HTMLInputElement>('input[name="contentNotes"][value="grief"]')?.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('#sourceFreeToAccess')?.checked).toBe(false);
    type(root, 'title', 'Fighting for Space (chapter 1)');
    await submit(form);

    const put = api.calls.find((call) => call.method === 'PUT')!;
    expect(put.url).toBe('/api/v1/exercises/fighting-for-space');
    expect(put.body).toMatchObject({ revision: 3, exercise: { title: 'Fighting for Space (chapter 1)', prompts: EXERCISE.prompts } });
    const alert = root.querySelector('[role="alert"]')!;
    expect(words(alert)).toContain('Someone else saved this exercise while you were editing it.');
    expect(root.activeElement).toBe(alert);

    api.handler = () => json({ ...EXERCISE, title: 'Their title', revision: 4 });
    button(root, 'Load their version').click();
    await settle(form);
    expect(root.querySelector<HTMLInputElement>('#title')?.value).toBe('Their title');
    expect(root.querySelector('[role="alert"]')).toBeNull();

    api.handler = (method) => (method === 'PUT' ? json({ ...EXERCISE, revision: 5 }) : json(EXERCISE));
    await submit(form);
    expect(api.calls.filter((call) => call.method === 'PUT').at(-1)?.body).toMatchObject({ revision: 4, exercise: { title: 'Their title' } });
    expect(window.location.pathname).toBe('/exercises/fighting-for-space');
  });
});

describe('the form in Spanish', () => {
  afterEach(() => showLocale('en', { remember: false }));

  it('offers Spanish as the piece’s language first of all, and checks in Spanish', async () => {
    await showLocale('es', { remember: false });
    api.handler = () => me([NORTHAMPTON]);
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', hosts: [NORTHAMPTON] });
    const form = await open('/exercises/new');
    const root = form.shadowRoot!;
    const language = root.querySelector<HTMLSelectElement>('#language')!;
    expect(language.value).toBe('es');
    expect(words(language.selectedOptions[0])).toBe('Español');
    expect(words(root.querySelector('label[for="language"]'))).toBe('Idioma');
    await submit(form);
    expect(words(root.querySelector('#title-error'))).toBe('Escribe el título del ejercicio');
    expect(words(root.querySelector('#themes-error'))).toBe('Elige al menos un tema');
  });
});
