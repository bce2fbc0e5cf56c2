import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionState } from '../../../src/auth/session.js';
import { showLocale } from '../../../src/i18n/locale.js';

const fakeSession = vi.hoisted(() => {
  class FakeSession extends EventTarget {
    state: SessionState = { status: 'signed-out', displayName: null, steward: false, hosts: [], notice: null };
    set(state: Partial<SessionState>) {
      this.state = { ...this.state, ...state };
      this.dispatchEvent(new Event('change'));
    }
  }
  return new FakeSession();
});
vi.mock('../../../src/auth/session.js', () => ({ session: fakeSession }));

await import('../../../src/pages/script/hrw-script-reader.js');
await import('../../../src/pages/script/hrw-script-versions.js');
const { describeFields } = await import('../../../src/pages/script/hrw-script-changes.js');

function doc(lang: string, meeting: string) {
  const welcome = meeting === 'open' ? 'Welcome for open meetings' : 'Welcome for focused meetings';
  return {
    version: 1,
    status: 'published',
    publishedAt: '2026-11-27T00:00:00Z',
    language: lang,
    meeting,
    minutes: { open: 73, focused: 74 },
    sections: [
      { key: 'before-you-begin', title: 'Before you begin', audience: 'all', kind: 'host-note', minutes: 0, body: 'b', html: '<p>b</p>' },
      { key: `welcome-${meeting}`, title: welcome, audience: meeting, kind: 'read-aloud', minutes: 3, body: 'w', html: '<p>w</p>' },
    ],
  };
}

const requested: string[] = [];
let respond: (url: URL) => unknown;

beforeEach(() => {
  requested.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), 'http://localhost');
      requested.push(`${url.pathname}${url.search}`);
      return new Response(JSON.stringify(respond(url)), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
});

afterEach(async () => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  fakeSession.set({ status: 'signed-out', steward: false });
  await showLocale('en', { remember: false });
});

async function settle(element: HTMLElement & { updateComplete: Promise<boolean> }) {
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

async function render<K extends 'hrw-script-reader' | 'hrw-script-versions'>(tag: K, address: string) {
  window.history.replaceState(null, '', address);
  const element = document.createElement(tag);
  document.body.append(element);
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
  return element;
}

function headings(root: ShadowRoot): string[] {
  return [...root.querySelector('hrw-script-document')!.shadowRoot!.querySelectorAll('hrw-script-section')].map(
    (section) => section.shadowRoot!.querySelector('h2')!.textContent!,
  );
}

describe('hrw-script-reader', () => {
  beforeEach(() => {
    respond = (url) => doc(url.searchParams.get('lang') ?? 'en', url.searchParams.get('meeting') ?? 'open');
  });

  it('reads the meeting and language from the address, and writes a change back to it', async () => {
    const reader = await render('hrw-script-reader', '/script?meeting=focused&lang=es');
    const root = reader.shadowRoot!;
    expect(requested).toEqual(['/api/v1/script?meeting=focused&lang=es']);
    expect(headings(root)).toEqual(['Before you begin', 'Welcome for focused meetings']);
    expect(root.querySelector('hrw-script-document')!.shadowRoot!.querySelector('ol')?.getAttribute('lang')).toBe('es');
    expect(root.querySelector('a[href^="/script/host"]')?.getAttribute('href')).toBe('/script/host?meeting=focused&lang=es');
    expect(root.textContent).toContain('add up to 74 minutes');

    const meeting = root.querySelector('hrw-choice-group')!;
    const open = meeting.shadowRoot!.querySelector<HTMLInputElement>('input[value="open"]')!;
    open.checked = true;
    open.dispatchEvent(new Event('change'));
    for (let i = 0; i < 10; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await reader.updateComplete;
    }

    expect(window.location.search).toBe('?meeting=open&lang=es');
    expect(requested.at(-1)).toBe('/api/v1/script?meeting=open&lang=es');
    expect(headings(root)).toEqual(['Before you begin', 'Welcome for open meetings']);
    const links = [...root.querySelectorAll('.downloads a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['PDF, US Letter', '/api/v1/script?meeting=open&lang=es&format=pdf&paper=letter'],
      ['PDF, A4', '/api/v1/script?meeting=open&lang=es&format=pdf&paper=a4'],
      ['Markdown', '/api/v1/script?meeting=open&lang=es&format=markdown'],
      ['Printable page', '/api/v1/script?meeting=open&lang=es&format=html'],
      ['Version history', '/script/versions?lang=es'],
    ]);
  });

  it('labels notes for the host in the script’s language', async () => {
    const reader = await render('hrw-script-reader', '/script?lang=es');
    const note = reader.shadowRoot!.querySelector('hrw-script-document')!.shadowRoot!.querySelector('hrw-script-section')!;
    expect(note.shadowRoot!.querySelector('.note-label')?.textContent).toBe('Nota para la persona anfitriona');
  });

  it('reads the Spanish script to a reader of the app in Spanish who has not picked one, with its words in Spanish', async () => {
    await showLocale('es', { remember: false });
    const reader = await render('hrw-script-reader', '/script?meeting=open');
    const root = reader.shadowRoot!;
    expect(requested).toEqual(['/api/v1/script?meeting=open&lang=es']);
    expect(root.querySelector('h1')?.textContent).toBe('El guion de la reunión');
    expect(root.querySelector('a[href^="/script/host"]')?.textContent).toBe('Abrir el modo anfitrión');
    expect(root.querySelector('.edition:not(.print-only)')?.textContent?.trim()).toBe('Versión 1, publicada el 27 de noviembre de 2026');
    expect(root.textContent).toContain('Los tiempos sugeridos suman 73 minutos.');
  });

  it("keeps the script's own labels in the script's language, whatever the app's", async () => {
    await showLocale('es', { remember: false });
    const reader = await render('hrw-script-reader', '/script?lang=en');
    const section = reader.shadowRoot!.querySelector('hrw-script-document')!.shadowRoot!.querySelector('hrw-script-section')!;
    expect(section.shadowRoot!.querySelector('.note-label')?.textContent).toBe('Note for the host');
    expect(section.shadowRoot!.querySelector('section')?.getAttribute('lang')).toBe('en');
    expect(reader.shadowRoot!.querySelector('.print-only')?.textContent).toBe('Open meeting · English');
    expect(reader.shadowRoot!.querySelector('a[href^="/script/host"]')?.textContent).toBe('Abrir el modo anfitrión');
  });

  it("follows a switch of the app's language until the reader picks the script's language", async () => {
    const reader = await render('hrw-script-reader', '/script');
    expect(requested).toEqual(['/api/v1/script?meeting=open&lang=en']);
    await showLocale('es', { remember: false });
    await settle(reader);
    expect(requested.at(-1)).toBe('/api/v1/script?meeting=open&lang=es');
    expect(reader.shadowRoot!.querySelector('a[href^="/script/host"]')?.getAttribute('href')).toBe('/script/host?meeting=open&lang=es');
    reader.remove();

    requested.length = 0;
    const picked = await render('hrw-script-reader', '/script?lang=es');
    await showLocale('en', { remember: false });
    await settle(picked);
    expect(requested).toEqual(['/api/v1/script?meeting=open&lang=es']);
  });

  it('links to the draft editor only for stewards', async () => {
    const reader = await render('hrw-script-reader', '/script');
    expect(reader.shadowRoot!.querySelector('a[href="/script/drafts"]')).toBeNull();
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', steward: true });
    await reader.updateComplete;
    expect(reader.shadowRoot!.querySelector('a[href="/script/drafts"]')?.textContent).toBe('Edit the script (stewards)');
  });
});

describe('hrw-script-versions', () => {
  it('lists versions newest first, with "what changed" for each one after the first', async () => {
    respond = () => ({
      items: [
        { number: 2, publishedAt: '2027-01-05T00:00:00Z', summary: 'A gentler welcome.', languages: ['en', 'es'] },
        { number: 1, publishedAt: '2026-11-27T00:00:00Z', summary: 'The first version.', languages: ['en', 'es'] },
      ],
      page: 0,
      size: 20,
      total: 2,
    });
    const versions = await render('hrw-script-versions', '/script/versions?lang=es');
    const root = versions.shadowRoot!;
    const items = [...root.querySelectorAll('ol > li')];
    expect(items.map((li) => li.querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Version 2Current',
      'Version 1',
    ]);
    expect(items[0]!.querySelector('a[href*="changes"]')?.getAttribute('href')).toBe('/script/versions/2/changes?from=1&lang=es');
    expect(items[1]!.querySelector('a[href*="changes"]')).toBeNull();
    expect(items[1]!.querySelector('a')?.getAttribute('href')).toBe('/script?lang=es&version=1');
    expect(root.textContent).not.toContain('Show older versions');
  });
});

describe('describeFields', () => {
  it('says which fields changed in words', () => {
    expect(describeFields(['body'])).toBe('the text');
    expect(describeFields(['title', 'minutes', 'position'])).toBe('the title, the minutes, and its place in the script');
    expect(describeFields(undefined)).toBe('');
  });

  it('says it in Spanish when the app is', async () => {
    await showLocale('es', { remember: false });
    expect(describeFields(['title', 'minutes', 'position'])).toBe('el título, los minutos y su lugar en el guion');
  });
});
