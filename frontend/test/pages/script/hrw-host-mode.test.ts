import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScriptDocument, ScriptSection } from '../../../src/api/script.js';
import '../../../src/pages/script/hrw-host-mode.js';
import type { HrwHostMode } from '../../../src/pages/script/hrw-host-mode.js';
import { showLocale } from '../../../src/i18n/locale.js';

function section(key: string, title: string, minutes: number, kind: ScriptSection['kind'] = 'read-aloud'): ScriptSection {
  return { key, title, audience: 'all', kind, minutes, body: title, html: `<p>${title}</p>` };
}

const SCRIPT: ScriptDocument = {
  version: 1,
  status: 'published',
  publishedAt: '2026-11-27T00:00:00Z',
  language: 'en',
  meeting: 'open',
  minutes: { open: 73, focused: 73 },
  sections: [
    section('before-you-begin', 'Before you begin', 0, 'host-note'),
    section('opening', 'Opening', 2),
    section('exercise', 'The exercise', 15),
  ],
};

const requested: string[] = [];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: Date.UTC(2026, 10, 27, 19) });
  sessionStorage.clear();
  requested.length = 0;
  window.history.replaceState(null, '', '/script/host?meeting=open&lang=en');
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      requested.push(String(input));
      return new Response(JSON.stringify(SCRIPT), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
});

afterEach(async () => {
  await showLocale('en', { remember: false });
  localStorage.removeItem('hrw-locale');
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

async function settle(host: HrwHostMode) {
  for (let i = 0; i < 5; i++) {
    await Promise.resolve();
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    await host.updateComplete;
  }
}

async function renderHost(): Promise<HrwHostMode> {
  const host = document.createElement('hrw-host-mode');
  document.body.append(host);
  await vi.waitFor(() => expect(host.shadowRoot?.querySelector('hrw-script-section')).not.toBeNull());
  await settle(host);
  return host;
}

function bar(host: HrwHostMode): ShadowRoot {
  return host.shadowRoot!.querySelector('hrw-host-bar')!.shadowRoot!;
}

function shown(host: HrwHostMode) {
  const root = host.shadowRoot!;
  const timers = [...bar(host).querySelectorAll('[role="timer"]')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
  return {
    progress: bar(host).querySelector('.position')?.textContent,
    section: root.querySelector('hrw-script-section')?.section?.title,
    meeting: timers[0],
    section_timer: timers[1],
    text: root.textContent!.replace(/\s+/g, ' '),
  };
}

function press(key: string) {
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
}

function button(host: HrwHostMode, name: string): HTMLButtonElement {
  const buttons = [...bar(host).querySelectorAll('button'), ...host.shadowRoot!.querySelectorAll('button')];
  return buttons.find((b) => b.textContent!.includes(name))!;
}

describe('hrw-host-mode', () => {
  it('asks for the public script for the meeting and language in the address', async () => {
    await renderHost();
    expect(requested).toEqual(['/api/v1/script?meeting=open&lang=en']);
  });

  it('steps through the sections with the arrow keys, within bounds, and says where it is', async () => {
    const host = await renderHost();
    expect(shown(host)).toMatchObject({ progress: '1 of 3', section: 'Before you begin' });
    expect(button(host, 'Previous').getAttribute('aria-disabled')).toBe('true');

    press('ArrowLeft');
    await settle(host);
    expect(shown(host).progress).toBe('1 of 3');

    press('ArrowRight');
    await settle(host);
    expect(shown(host)).toMatchObject({ progress: '2 of 3', section: 'Opening' });

    press('ArrowRight');
    press('ArrowRight');
    await settle(host);
    expect(shown(host)).toMatchObject({ progress: '3 of 3', section: 'The exercise' });
    expect(shown(host).section_timer).toContain('of 10–20 min');
    expect(button(host, 'Next').getAttribute('aria-disabled')).toBe('true');
  });

  it('brings each new section to the top, below the bar, and takes a screen reader there with where it is', async () => {
    const host = await renderHost();
    const scrolled: Element[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    button(host, 'Next').click();
    await settle(host);
    const reading = host.shadowRoot!.querySelector<HTMLElement>('.reading')!;
    expect(shown(host).section).toBe('Opening');
    expect(host.shadowRoot!.activeElement).toBe(reading);
    expect(reading.getAttribute('aria-label')).toBe('Section 2 of 3: Opening');
    expect(scrolled).toEqual([reading]);

    button(host, 'Previous').click();
    await settle(host);
    expect(reading.getAttribute('aria-label')).toBe('Section 1 of 3: Before you begin');
    expect(scrolled).toHaveLength(2);
  });

  it('asks the app shell to put the site header aside, and offers its own way out', async () => {
    const asked = vi.fn();
    document.body.addEventListener('hrw-header-aside', asked);
    const host = await renderHost();
    document.body.removeEventListener('hrw-header-aside', asked);
    expect(asked).toHaveBeenCalledTimes(1);
    const leave = [...host.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent === 'Leave host mode');
    expect(leave?.getAttribute('href')).toBe('/script?meeting=open&lang=en');
  });

  it('offers a signed-out host the sign-in the hidden header would have', async () => {
    const host = await renderHost();
    expect(shown(host).text).toContain('Hosting for a group? Sign in to log the meeting from here.');
    expect(button(host, 'Sign in')).toBeDefined();
  });

  it('runs the meeting clock against the suggested total and says so gently past 90 minutes', async () => {
    const host = await renderHost();
    expect(shown(host).meeting).toBe('Meeting 0:00 of 73 min');

    button(host, 'Start the clock').click();
    vi.advanceTimersByTime(65_000);
    await settle(host);
    expect(shown(host).meeting).toBe('Meeting 1:05 of 73 min');
    expect(shown(host).section_timer).toBe('This section 1:05 No set time');

    button(host, 'Pause').click();
    vi.advanceTimersByTime(10 * 60_000);
    await settle(host);
    expect(shown(host).meeting).toBe('Meeting 1:05 of 73 min');

    button(host, 'Resume').click();
    vi.advanceTimersByTime(90 * 60_000);
    await settle(host);
    expect(shown(host).text).toContain('Past 90 minutes');
  });

  it('picks the meeting back up after a reload in the same tab', async () => {
    const first = await renderHost();
    button(first, 'Start the clock').click();
    press('ArrowRight');
    vi.advanceTimersByTime(30_000);
    first.remove();

    const second = await renderHost();
    vi.advanceTimersByTime(1_000);
    await settle(second);
    expect(shown(second)).toMatchObject({ progress: '2 of 3', section: 'Opening', meeting: 'Meeting 0:31 of 73 min' });
  });

  it("speaks the app's language around a script in its own, and reads the app's language when the address names none", async () => {
    await showLocale('es', { remember: false });
    window.history.replaceState(null, '', '/script/host?meeting=open');
    const host = await renderHost();
    expect(requested).toEqual(['/api/v1/script?meeting=open&lang=es']);
    // The address now names the script's language: a reload mid-meeting or a switch of the app's keeps this script.
    expect(window.location.search).toBe('?meeting=open&lang=es');
    expect(host.shadowRoot!.querySelector('h1')?.textContent).toBe('Modo anfitrión');
    expect(shown(host)).toMatchObject({ progress: '1 de 3', meeting: 'Reunión 0:00 de 73 min' });
    expect(host.shadowRoot!.querySelector('.reading')?.getAttribute('aria-label')).toBe('Parte 1 de 3: Before you begin');
    expect(host.shadowRoot!.querySelector('.meeting span[lang="es"]')?.textContent).toBe('Español');
    // The script's own words stay in the language of the document served (this fixture's is English), marked so.
    const section = host.shadowRoot!.querySelector('hrw-script-section')!;
    expect(section.shadowRoot!.querySelector('section')?.getAttribute('lang')).toBe('en');
    expect(section.shadowRoot!.querySelector('.note-label')?.textContent).toBe('Note for the host');
  });

  it("switches the app's language from inside host mode without stopping the clock or losing the place", async () => {
    const host = await renderHost();
    button(host, 'Start the clock').click();
    press('ArrowRight');
    vi.advanceTimersByTime(65_000);
    await settle(host);
    expect(shown(host)).toMatchObject({ progress: '2 of 3', section: 'Opening', meeting: 'Meeting 1:05 of 73 min' });

    const languageSwitch = host.shadowRoot!.querySelector('.top hrw-language-switch')!;
    languageSwitch.shadowRoot!.querySelector('button')!.click();
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('es'));
    vi.advanceTimersByTime(5_000);
    await settle(host);
    expect(shown(host)).toMatchObject({ progress: '2 de 3', section: 'Opening', meeting: 'Reunión 1:10 de 73 min' });
    expect(button(host, 'Pausar')).toBeDefined();
    expect(requested).toEqual(['/api/v1/script?meeting=open&lang=en']);
  });
});
