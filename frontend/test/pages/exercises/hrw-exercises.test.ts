import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { filtersFromQuery, libraryPath, type ExerciseFilters } from '../../../src/api/exercises.js';
import { showLocale } from '../../../src/i18n/locale.js';
import { EXERCISE, SUGGESTION, api, button, cleanUp, fakeSession, json, openPage, problem, settle, stubFetch, summaryOf, words } from '../../exercises/fixtures.js';

vi.mock('../../../src/auth/session.js', async () => ({ session: (await import('../../exercises/fixtures.js')).fakeSession }));

await import('../../../src/pages/exercises/hrw-exercises.js');

beforeEach(stubFetch);
afterEach(cleanUp);

const urls = () => api.calls.map((call) => call.url);
const open = (path: string) => openPage('hrw-exercises', path);

function page(items: unknown[], total = items.length) {
  return json({ items, page: 0, size: 20, total });
}

describe('the filters in the address', () => {
  it('come back from a library link exactly as they went in', () => {
    const filters: ExerciseFilters = { q: 'naloxone', kind: 'guest-speaker', theme: 'grief-and-loss', maxMinutes: 15, meeting: 'focused', sort: 'newest', page: 0 };
    const path = libraryPath(filters);
    expect(path).toBe('/exercises?q=naloxone&kind=guest-speaker&theme=grief-and-loss&maxMinutes=15&meeting=focused&sort=newest');
    expect(filtersFromQuery(new URL(path, 'http://x').search)).toEqual(filters);
  });
});

describe('the library', () => {
  it('searches what the address says, shows the choices in the form, and lists cards with content notes up front', async () => {
    api.handler = () => page([summaryOf(EXERCISE)]);
    const library = await open('/exercises?q=space&kind=reading&maxMinutes=20&meeting=open');
    expect(urls()).toEqual(['/api/v1/exercises?q=space&kind=reading&maxMinutes=20&meeting=open&sort=most-used&size=20']);
    const root = library.shadowRoot!;
    expect(root.querySelector<HTMLInputElement>('#q')?.value).toBe('space');
    expect(root.querySelector<HTMLSelectElement>('#kind')?.value).toBe('reading');
    expect(root.querySelector<HTMLSelectElement>('#maxMinutes')?.value).toBe('20');
    expect(root.querySelector<HTMLSelectElement>('#meeting')?.value).toBe('open');
    expect(root.querySelector<HTMLSelectElement>('#sort')?.value).toBe('most-used');
    expect(words(root.querySelector('h2'))).toBe('1 exercise for this search');

    const card = root.querySelector('hrw-exercise-card')!;
    await card.updateComplete;
    const cardRoot = card.shadowRoot!;
    expect(cardRoot.querySelector('h3 a')?.getAttribute('href')).toBe('/exercises/fighting-for-space');
    const notes = cardRoot.querySelector('.notes')!;
    expect(words(notes)).toBe('Content notes: overdose, grief, and detailed drug use');
    // Right under the title, before anything else about it.
    expect(cardRoot.querySelector('h3')!.nextElementSibling).toBe(notes);
    const text = words(cardRoot);
    expect(text).toContain('Reading');
    expect(text).toContain('20 minutes');
    expect(text).toContain('Themes: Community and movement building, Advocacy, and Overdose');
    expect(text).toContain('By Travis Lupick');
    expect(text).toContain('Used in 12 meetings');
  });

  it('says where its pieces come from, and who the focused filter is for', async () => {
    api.handler = () => page([]);
    const library = await open('/exercises');
    const root = library.shadowRoot!;
    const lead = words(root.querySelector('.lead'));
    expect(lead).toContain('began with pieces chosen for the hub');
    expect(lead).toContain('groups suggest');
    expect(lead).not.toContain('groups have used');
    const focused = root.querySelector<HTMLOptionElement>('#meeting option[value="focused"]');
    expect(words(focused)).toBe('Focused meetings, for people who use drugs or alcohol, have used, or are thinking about it');
  });

  it('puts a new search in the history, so Back returns to the one before', async () => {
    api.handler = () => page([]);
    const library = await open('/exercises');
    const root = library.shadowRoot!;
    const before = window.history.length;
    root.querySelector<HTMLInputElement>('#q')!.value = 'grief';
    root.querySelector<HTMLSelectElement>('#theme')!.value = 'grief-and-loss';
    root.querySelector<HTMLSelectElement>('#sort')!.value = 'title';
    root.querySelector('form')!.requestSubmit();
    await settle(library);
    expect(`${window.location.pathname}${window.location.search}`).toBe('/exercises?q=grief&theme=grief-and-loss&sort=title');
    expect(window.history.length).toBe(before + 1);
    expect(urls().at(-1)).toBe('/api/v1/exercises?q=grief&theme=grief-and-loss&sort=title&size=20');

    // The page Back shows is built from its address alone.
    const again = await open('/exercises?q=grief&theme=grief-and-loss&sort=title');
    expect(again.shadowRoot!.querySelector<HTMLSelectElement>('#theme')?.value).toBe('grief-and-loss');
    expect(again.shadowRoot!.querySelector<HTMLSelectElement>('#sort')?.value).toBe('title');
  });

  it('keeps the default order out of the address', async () => {
    api.handler = () => page([]);
    const library = await open('/exercises?sort=title');
    const root = library.shadowRoot!;
    root.querySelector<HTMLSelectElement>('#sort')!.value = 'most-used';
    root.querySelector('form')!.requestSubmit();
    await settle(library);
    expect(window.location.search).toBe('');
  });

  it('shows more on request, without repeating what is already there', async () => {
    const first = Array.from({ length: 20 }, (_, index) => ({ ...summaryOf(EXERCISE), slug: `piece-${index}`, title: `Piece ${index}` }));
    api.handler = (_method, url) => (url.includes('page=1') ? page([first[19], { ...summaryOf(EXERCISE), slug: 'last', title: 'Last' }], 21) : page(first, 21));
    const library = await open('/exercises');
    const root = library.shadowRoot!;
    expect(words(root.querySelector('h2'))).toBe('21 exercises');
    button(root, 'Show more exercises').click();
    await settle(library);
    expect(urls().at(-1)).toBe('/api/v1/exercises?sort=most-used&page=1&size=20');
    expect(root.querySelectorAll('hrw-exercise-card')).toHaveLength(21);
    expect([...root.querySelectorAll('button')].some((b) => words(b).startsWith('Show more'))).toBe(false);
  });

  it('is kind when nothing matches, and clears the choices in one step', async () => {
    api.handler = () => page([]);
    const library = await open('/exercises?kind=video&theme=stigma&sort=newest');
    const root = library.shadowRoot!;
    expect(words(root)).toContain('No exercise matches all of these choices yet.');
    button(root, 'Clear these choices').click();
    await settle(library);
    expect(window.location.search).toBe('?sort=newest');
    expect(root.querySelector<HTMLSelectElement>('#kind')?.value).toBe('');
    expect(urls().at(-1)).toBe('/api/v1/exercises?sort=newest&size=20');
  });

  it('says clearly when the library did not load, and tries again', async () => {
    api.handler = () => problem(503);
    const library = await open('/exercises');
    const root = library.shadowRoot!;
    expect(words(root.querySelector('[role="alert"]'))).toContain('The exercises did not load.');
    api.handler = () => page([summaryOf(EXERCISE)]);
    button(root, 'Try again').click();
    await settle(library);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelectorAll('hrw-exercise-card')).toHaveLength(1);
  });

  it('links the feed for feed readers, and offers suggesting only to people signed in', async () => {
    api.handler = () => page([]);
    const signedOut = await open('/exercises');
    const feed = signedOut.shadowRoot!.querySelector<HTMLAnchorElement>('a[type="application/atom+xml"]');
    expect(feed?.getAttribute('href')).toBe('/api/v1/feeds/exercises.atom');
    expect(words(feed?.parentElement)).toContain('in any feed reader');
    expect(signedOut.shadowRoot!.querySelector('a[href="/exercises/new"]')).toBeNull();
    expect(signedOut.shadowRoot!.querySelector('a[href="/exercises/review"]')).toBeNull();

    fakeSession.set({ status: 'signed-in', displayName: 'Sam' });
    await settle(signedOut);
    expect(words(signedOut.shadowRoot!.querySelector('a[href="/exercises/new"]'))).toBe('Suggest an exercise');
    expect(signedOut.shadowRoot!.querySelector('a[href="/exercises/review"]')).toBeNull();

    fakeSession.set({ steward: true });
    await settle(signedOut);
    expect(signedOut.shadowRoot!.querySelector('a[href="/exercises/review"]')).not.toBeNull();
  });

  it('marks an exercise that is not in the library yet', async () => {
    api.handler = () => page([summaryOf(SUGGESTION)]);
    const library = await open('/exercises');
    const card = library.shadowRoot!.querySelector('hrw-exercise-card')!;
    await card.updateComplete;
    expect(words(card.shadowRoot)).toContain('Waiting for a steward');
    expect(words(card.shadowRoot)).not.toContain('Used in');
  });

  it('narrows to one language from the address, and marks the pieces in Spanish', async () => {
    const spanish = { ...summaryOf(EXERCISE), slug: 'luchar-por-espacio', title: 'Luchar por un espacio', language: 'es' };
    api.handler = () => page([spanish]);
    const library = await open('/exercises?language=es');
    expect(urls()).toEqual(['/api/v1/exercises?language=es&sort=most-used&size=20']);
    const root = library.shadowRoot!;
    const select = root.querySelector<HTMLSelectElement>('#language')!;
    expect(select.value).toBe('es');
    expect(words(select.querySelector('option[value="es"]'))).toBe('Spanish');
    expect(words(root.querySelector('h2'))).toBe('1 exercise for this search');
    const card = root.querySelector('hrw-exercise-card')!;
    await card.updateComplete;
    expect(words(card.shadowRoot!.querySelector('.badges .language'))).toBe('In Spanish');
    // The piece's own words are read in its language; the app's words around it are not.
    expect(card.shadowRoot!.querySelector('h3 a')?.getAttribute('lang')).toBe('es');
    expect(card.shadowRoot!.querySelector('.badges')?.hasAttribute('lang')).toBe(false);

    select.value = 'en';
    root.querySelector('form')!.requestSubmit();
    await settle(library);
    expect(`${window.location.pathname}${window.location.search}`).toBe('/exercises?language=en');
    expect(urls().at(-1)).toBe('/api/v1/exercises?language=en&sort=most-used&size=20');
  });

  it('says nothing of the language of a piece in the language shown', async () => {
    api.handler = () => page([summaryOf(EXERCISE)]);
    const library = await open('/exercises');
    const card = library.shadowRoot!.querySelector('hrw-exercise-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('.language')).toBeNull();
  });
});

describe('the library in Spanish', () => {
  afterEach(() => showLocale('en', { remember: false }));

  it('shows its own words in Spanish and names the language of English pieces', async () => {
    await showLocale('es', { remember: false });
    api.handler = () => page([summaryOf(EXERCISE)], 12);
    const library = await open('/exercises');
    const root = library.shadowRoot!;
    expect(words(root.querySelector('h1'))).toBe('Ejercicios');
    expect(words(root.querySelector('label[for="language"]'))).toBe('Idioma');
    expect(words(root.querySelector('#language option[value="es"]'))).toBe('Español');
    expect(words(root.querySelector('h2'))).toBe('12 ejercicios');
    const card = root.querySelector('hrw-exercise-card')!;
    await card.updateComplete;
    const text = words(card.shadowRoot);
    expect(text).toContain('En inglés');
    expect(text).toContain('Avisos de contenido: sobredosis, duelo y consumo de drogas descrito en detalle');
    expect(text).toContain('Usado en 12 reuniones');
    expect(card.shadowRoot!.querySelector('h3 a')?.getAttribute('lang')).toBe('en');
  });
});
