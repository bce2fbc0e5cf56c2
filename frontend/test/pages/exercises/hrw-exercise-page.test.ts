import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXERCISE, SUGGESTION, USAGE, api, cleanUp, fakeSession, json, openPage, problem, settle, stubFetch, words, type Handler } from '../../exercises/fixtures.js';

vi.mock('../../../src/auth/session.js', async () => ({ session: (await import('../../exercises/fixtures.js')).fakeSession }));

await import('../../../src/pages/exercises/hrw-exercise-page.js');
const { showLocale } = await import('../../../src/i18n/locale.js');

beforeEach(stubFetch);
afterEach(cleanUp);

const open = (path: string) => openPage('hrw-exercise-page', path);

function serve(exercise: unknown, usage: unknown = USAGE): Handler {
  return (_method, url) => (url.endsWith('/usage') ? json(usage) : json(exercise));
}

function follows(later: Node, earlier: Node): boolean {
  return Boolean(earlier.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING);
}

describe('the exercise page', () => {
  it('shows the content notes before the summary', async () => {
    api.handler = serve(EXERCISE);
    const page = await open('/exercises/fighting-for-space');
    const root = page.shadowRoot!;
    expect(api.calls.map((call) => call.url).sort()).toEqual([
      '/api/v1/exercises/fighting-for-space',
      '/api/v1/exercises/fighting-for-space/usage',
    ]);
    const notes = root.querySelector('.notes')!;
    const summary = root.querySelector('.summary')!;
    expect(words(notes)).toContain('Content notes: overdose, grief, and detailed drug use.');
    expect(follows(summary, notes)).toBe(true);
    expect(words(root.querySelector('h1'))).toBe('Fighting for Space');
    expect(document.title).toBe('Fighting for Space | Harm Reduction Works-HRW');
  });

  it('leaves the notes out when there are none', async () => {
    api.handler = serve({ ...EXERCISE, contentNotes: [] });
    const page = await open('/exercises/fighting-for-space');
    expect(page.shadowRoot!.querySelector('.notes')).toBeNull();
    expect(words(page.shadowRoot)).not.toContain('Content notes');
  });

  it('says how to run it, lists the prompts, and cites the source with a plain link', async () => {
    api.handler = serve(EXERCISE);
    const page = await open('/exercises/fighting-for-space');
    const root = page.shadowRoot!;
    const text = words(root);
    expect(text).toContain('Suggested time About 20 minutes');
    expect(text).toContain('Suits Open and focused meetings');
    expect(text).toContain('How to run it Choose a passage');
    expect([...root.querySelectorAll('.prompts li')].map(words)).toEqual(EXERCISE.prompts);
    const link = root.querySelector<HTMLAnchorElement>('.source a')!;
    expect(link.getAttribute('href')).toBe('https://www.fightingforspace.com/');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.hasAttribute('target')).toBe(false);
    expect(words(root.querySelector('.source'))).toContain('by Travis Lupick, Arsenal Pulp Press, 2017.');
    expect(text).toContain('Not free to access');
  });

  it('shows how groups used it, attributing shared notes to groups and never to people', async () => {
    api.handler = serve(EXERCISE);
    const page = await open('/exercises/fighting-for-space');
    const root = page.shadowRoot!;
    const text = words(root);
    expect(text).toContain('Used in 12 meetings by 4 groups.');
    expect(text).toContain('Hosts rated those meetings 4.3 out of 5 on average.');
    const note = root.querySelector('.shared figure')!;
    expect(words(note.querySelector('blockquote'))).toBe('We ran over time and nobody minded.');
    const group = note.querySelector<HTMLAnchorElement>('figcaption a')!;
    expect(group.getAttribute('href')).toBe('/groups/easthampton');
    expect(words(group)).toBe('Harm Reduction Works-HRW Easthampton');
    expect(words(note.querySelector('figcaption'))).toBe('Harm Reduction Works-HRW Easthampton, Tue, Nov 3, 2026, rated 5 out of 5');
  });

  it('says plainly when no group has used it yet', async () => {
    api.handler = serve(EXERCISE, { timesUsed: 0, groups: 0, averageRating: null, sharedNotes: [] });
    const page = await open('/exercises/fighting-for-space');
    expect(words(page.shadowRoot)).toContain('No group has logged a meeting with it yet.');
    expect(words(page.shadowRoot)).not.toContain('rated');
  });

  it('hides the stewards’ controls from everyone else', async () => {
    api.handler = serve(SUGGESTION);
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', steward: false });
    const page = await open('/exercises/my-fathers-steps');
    const root = page.shadowRoot!;
    expect(root.querySelector('.stewards')).toBeNull();
    expect(root.querySelector('hrw-exercise-decision')).toBeNull();
    expect(root.querySelector('a[href$="/edit"]')).toBeNull();
    expect(words(root)).toContain('This suggestion is waiting for a steward.');
    expect(words(root)).toContain('only the stewards and the hosts of Harm Reduction Works-HRW Northampton can see it');
    // A suggestion has no usage to show yet, whatever the server said about it.
    expect(root.textContent).not.toContain('How groups found it');
  });

  it('lets a steward edit it and publish a suggestion', async () => {
    api.handler = (method, url) =>
      method === 'POST'
        ? json({ ...SUGGESTION, status: 'published' })
        : url.endsWith('/usage')
          ? json({ timesUsed: 0, groups: 0, averageRating: null, sharedNotes: [] })
          : json(SUGGESTION);
    fakeSession.set({ status: 'signed-in', displayName: 'Ana', steward: true });
    const page = await open('/exercises/my-fathers-steps');
    const root = page.shadowRoot!;
    expect(root.querySelector('a[href="/exercises/my-fathers-steps/edit"]')).not.toBeNull();
    const decision = root.querySelector('hrw-exercise-decision')!;
    await decision.updateComplete;
    decision.shadowRoot!.querySelector('button')!.click();
    await settle(page);
    expect(api.calls.find((call) => call.method === 'POST')?.url).toBe('/api/v1/review/exercises/my-fathers-steps/publication');
    expect(words(root.querySelector('.stewards [role="status"]'))).toContain('Published.');
    expect(root.querySelector('hrw-exercise-decision')).toBeNull();
    expect(words(root)).not.toContain('Waiting for a steward');
    expect(words(root)).toContain('No group has logged a meeting with it yet.');
  });

  it('shows the suggesting group why a steward declined it', async () => {
    api.handler = serve({ ...SUGGESTION, status: 'declined', declineReason: 'We could not find the source.' });
    fakeSession.set({ status: 'signed-in', displayName: 'Sam' });
    const page = await open('/exercises/my-fathers-steps');
    expect(words(page.shadowRoot)).toContain('A steward did not add this to the library.');
    expect(words(page.shadowRoot)).toContain('Why: We could not find the source.');
  });

  it('is kind about an exercise it cannot find, and asks again once the sign-in is back', async () => {
    api.handler = () => problem(404);
    fakeSession.set({ status: 'busy' });
    const page = await open('/exercises/my-fathers-steps');
    const root = page.shadowRoot!;
    expect(words(root.querySelector('h1'))).toBe('We could not find that exercise');
    expect(root.querySelector('a[href="/exercises"]')).not.toBeNull();

    api.handler = serve(SUGGESTION);
    fakeSession.set({ status: 'signed-in', displayName: 'Sam' });
    await settle(page);
    expect(words(root.querySelector('h1'))).toBe('My father’s first three steps');
  });

  it('offers to try again when the exercise did not load', async () => {
    api.handler = () => problem(503);
    const page = await open('/exercises/fighting-for-space');
    const root = page.shadowRoot!;
    expect(words(root.querySelector('[role="alert"]'))).toContain('The exercise did not load.');
    api.handler = serve(EXERCISE);
    root.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await settle(page);
    expect(words(root.querySelector('h1'))).toBe('Fighting for Space');
  });
});

describe('the exercise page in Spanish', () => {
  afterEach(() => showLocale('en', { remember: false }));

  it('keeps the piece in its own language and says which, with everything around it in Spanish', async () => {
    await showLocale('es', { remember: false });
    api.handler = serve(EXERCISE);
    const page = await open('/exercises/fighting-for-space');
    const root = page.shadowRoot!;
    expect(root.querySelector('h1')?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('.summary')?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('.prompts')?.getAttribute('lang')).toBe('en');
    expect(words(root.querySelector('.badges .language'))).toBe('En inglés');
    expect(words(root.querySelector('.notes'))).toContain('Avisos de contenido: sobredosis, duelo y consumo de drogas descrito en detalle.');
    const text = words(root);
    expect(text).toContain('Idioma Inglés');
    expect(text).toContain('Unos 20 minutos');
    expect(text).toContain('Usado en 12 reuniones por 4 grupos.');
    expect(text).toMatch(/calificaron esas reuniones con 4[.,]3 de 5 en promedio/);
  });

  it('marks a piece in Spanish as such', async () => {
    await showLocale('es', { remember: false });
    api.handler = serve({ ...EXERCISE, title: 'Luchar por un espacio', language: 'es' });
    const page = await open('/exercises/fighting-for-space');
    const root = page.shadowRoot!;
    expect(root.querySelector('h1')?.getAttribute('lang')).toBe('es');
    expect(words(root.querySelector('.badges .language'))).toBe('En español');
  });
});
