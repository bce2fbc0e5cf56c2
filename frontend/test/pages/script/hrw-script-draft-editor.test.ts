import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftView } from '../../../src/api/script.js';
import type { SessionState } from '../../../src/auth/session.js';

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

const { meetingMinutes } = await import('../../../src/pages/script/hrw-script-draft-editor.js');
const { showLocale } = await import('../../../src/i18n/locale.js');

const DRAFT: DraftView = {
  id: 7,
  basedOn: 1,
  revision: 5,
  createdAt: '2026-11-27T10:00:00Z',
  updatedAt: '2026-11-27T11:00:00Z',
  sections: {
    en: [
      { key: 'opening', title: 'Opening', audience: 'all', kind: 'read-aloud', minutes: 2, body: 'Welcome.', revision: 1 },
      { key: 'welcome-open', title: 'Welcome for open meetings', audience: 'open', kind: 'read-aloud', minutes: 3, body: 'Hi.', revision: 1 },
      { key: 'welcome-focused', title: 'Welcome for focused meetings', audience: 'focused', kind: 'read-aloud', minutes: 4, body: 'Hi.', revision: 1 },
    ],
    es: [{ key: 'opening', title: 'Apertura', audience: 'all', kind: 'read-aloud', minutes: 2, body: 'Hola.', revision: 1 }],
  },
  oneLanguageChanges: [],
};

function problem(status: number, type: string, detail: string): Response {
  return new Response(JSON.stringify({ type, title: 'Conflict', status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

type Handler = (url: string, init: RequestInit) => Response | undefined;
let handler: Handler;
const calls: string[] = [];

beforeEach(() => {
  calls.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = String(input);
      calls.push(`${init.method ?? 'GET'} ${url}`);
      return handler(url, init) ?? json(DRAFT);
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  fakeSession.set({ status: 'signed-out', displayName: null, steward: false });
});

async function settle(element: HTMLElement & { updateComplete: Promise<boolean> }) {
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

async function renderEditor() {
  const editor = document.createElement('hrw-script-draft-editor');
  document.body.append(editor);
  await settle(editor);
  return editor;
}

function text(element: HTMLElement): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

/** A steward's editor on `draft`, with a summary written and Publish pressed; the server publishes it as version 2. */
async function submitForPublishing(draft: DraftView) {
  handler = (url, init) => {
    if (url.endsWith('/drafts') && init.method === 'GET') {
      return json([draft]);
    }
    if (url.endsWith('/publish')) {
      return json({ number: 2, publishedAt: '2026-11-27T12:00:00Z', summary: 'A gentler welcome.', languages: ['en', 'es'] }, 201);
    }
    return undefined;
  };
  fakeSession.set({ status: 'signed-in', displayName: 'Sam', steward: true });
  const editor = await renderEditor();
  const root = editor.shadowRoot!;
  const summary = root.querySelector<HTMLTextAreaElement>('#summary')!;
  summary.value = 'A gentler welcome.';
  summary.dispatchEvent(new Event('input'));
  root.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  await settle(editor);
  return { editor, root };
}

describe('hrw-script-draft-editor', () => {
  it('explains itself to visitors who are not signed in, and to people who are not stewards', async () => {
    handler = () => undefined;
    const editor = await renderEditor();
    expect(text(editor)).toContain('If you are a steward, sign in');
    expect(calls).toEqual([]);

    fakeSession.set({ status: 'signed-in', displayName: 'Alex', steward: false });
    await settle(editor);
    expect(text(editor)).toContain('You are signed in as Alex, and this account is not a steward');
    expect(calls).toEqual([]);
  });

  it('offers to start a draft when none is open, and opens it', async () => {
    handler = (url, init) => (url.endsWith('/drafts') && init.method === 'GET' ? json([]) : undefined);
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', steward: true });
    const editor = await renderEditor();
    expect(text(editor)).toContain('There is no draft open');

    handler = (url, init) => (url.endsWith('/drafts') && init.method === 'POST' ? json(DRAFT, 201) : undefined);
    [...editor.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Start a draft'))!.click();
    await settle(editor);
    expect(calls).toContain('POST /api/v1/script/drafts');
    expect(text(editor)).toContain('started from version 1');
    expect(text(editor)).toContain('an open meeting takes 5 minutes and a focused meeting 6');
  });

  it('opens on the sections in the language the app is shown in', async () => {
    await showLocale('es', { remember: false });
    try {
      handler = (url, init) => (url.endsWith('/drafts') && init.method === 'GET' ? json([DRAFT]) : undefined);
      fakeSession.set({ status: 'signed-in', displayName: 'Sam', steward: true });
      const editor = await renderEditor();
      const titles = [...editor.shadowRoot!.querySelectorAll('h3')].map((heading) => heading.textContent?.trim());
      expect(titles).toEqual(['Apertura']);
    } finally {
      await showLocale('en', { remember: false });
    }
  });

  it('shows why a draft cannot be published, in the server’s words', async () => {
    handler = (url, init) => {
      if (url.endsWith('/drafts') && init.method === 'GET') {
        return json([DRAFT]);
      }
      if (url.endsWith('/publish')) {
        expect(JSON.parse(String(init.body))).toEqual({ summary: 'A gentler welcome.', revision: 5 });
        return problem(409, 'urn:hrw:problem:conflict', 'This draft cannot be published yet: a open meeting in English adds up to 5 minutes, not 60-90.');
      }
      return undefined;
    };
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', steward: true });
    const editor = await renderEditor();
    const root = editor.shadowRoot!;
    const publish = () => root.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { cancelable: true }));

    publish();
    await settle(editor);
    expect(root.querySelector('#summary-error')?.textContent).toContain('Say in a sentence or two');
    expect(calls.some((call) => call.endsWith('/publish'))).toBe(false);

    const summary = root.querySelector<HTMLTextAreaElement>('#summary')!;
    summary.value = 'A gentler welcome.';
    summary.dispatchEvent(new Event('input'));
    publish();
    await settle(editor);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('adds up to 5 minutes, not 60-90');
  });

  it('warns before publishing a section changed in one language only, and publishes once the steward confirms', async () => {
    const { editor, root } = await submitForPublishing({
      ...DRAFT,
      oneLanguageChanges: [{ key: 'opening', title: 'Opening', changedIn: ['en'], unchangedIn: ['es'] }],
    });

    const warning = root.querySelector<HTMLElement>('.one-language')!;
    expect(calls.some((call) => call.endsWith('/publish'))).toBe(false);
    expect(warning.getAttribute('role')).toBe('group');
    expect(root.activeElement).toBe(warning);
    expect(warning.textContent!.replace(/\s+/g, ' ')).toContain('“Opening”: changed in English, not in Español');
    expect(warning.textContent!.replace(/\s+/g, ' ')).toContain('read the script in Español would not get the change');

    const back = [...warning.querySelectorAll('button')].find((b) => b.textContent?.includes('Go back and edit'))!;
    back.click();
    await settle(editor);
    expect(root.querySelector('.one-language')).toBeNull();
    expect(root.activeElement?.id).toBe('sections-heading');
    expect(root.querySelector('h3[lang]')?.getAttribute('lang')).toBe('es');
    expect(calls.some((call) => call.endsWith('/publish'))).toBe(false);

    root.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle(editor);
    const anyway = [...root.querySelectorAll<HTMLButtonElement>('.one-language button')].find((b) =>
      b.textContent?.includes('Publish version 2 anyway'),
    )!;
    anyway.click();
    await settle(editor);
    expect(calls).toContain('POST /api/v1/script/drafts/7/publish');
    expect(root.textContent).toContain('Version 2 is published.');
  });

  it('publishes straight away when every language changed alike', async () => {
    const { root } = await submitForPublishing(DRAFT);

    expect(root.querySelector('.one-language')).toBeNull();
    expect(calls).toContain('POST /api/v1/script/drafts/7/publish');
  });

  it('tells the form when someone else saved the section first', async () => {
    handler = (url, init) => {
      if (url.endsWith('/drafts') && init.method === 'GET') {
        return json([DRAFT]);
      }
      if (init.method === 'PUT') {
        return problem(409, 'urn:hrw:problem:stale-edit', 'Someone else changed the section "opening" since you loaded it.');
      }
      return undefined;
    };
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', steward: true });
    const editor = await renderEditor();
    const form = editor.shadowRoot!.querySelector('hrw-draft-section-form')!;
    form.shadowRoot!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle(editor);
    await form.updateComplete;

    expect(calls).toContain('PUT /api/v1/script/drafts/7/sections/en/opening');
    expect(form.outcome?.kind).toBe('stale');
    expect(form.shadowRoot!.textContent).toContain('Someone else changed this section since you opened it');
  });
});

describe('meetingMinutes', () => {
  it('adds up the sections each kind of meeting reads', () => {
    const sections = DRAFT.sections.en!;
    expect(meetingMinutes(sections, 'open')).toBe(5);
    expect(meetingMinutes(sections, 'focused')).toBe(6);
  });
});
