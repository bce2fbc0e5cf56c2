import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanEntry } from '../../../src/api/meetings.js';
import type { ScriptDocument, ScriptSection } from '../../../src/api/script.js';
import type { SessionState } from '../../../src/auth/session.js';
import { exercise, json, problem, recordingFetch, summary, type Call } from '../../meetings/fixtures.js';

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

await import('../../../src/pages/script/hrw-host-mode.js');
type HrwHostMode = import('../../../src/pages/script/hrw-host-mode.js').HrwHostMode;

function section(key: string, title: string, minutes: number): ScriptSection {
  return { key, title, audience: 'all', kind: 'read-aloud', minutes, body: title, html: `<p>${title}</p>` };
}

const SCRIPT: ScriptDocument = {
  version: 1,
  status: 'published',
  publishedAt: '2026-11-27T00:00:00Z',
  language: 'en',
  meeting: 'focused',
  minutes: { open: 73, focused: 73 },
  sections: [section('opening', 'Opening', 2), section('exercise', 'The exercise', 15), section('closing', 'Closing', 3)],
};

const SHAME = exercise('listening-to-shame', 'Listening to shame', {
  kind: 'video',
  contentNotes: ['trauma', 'grief'],
  howToRun: 'Watch the talk together (20 minutes), then open the floor.',
  prompts: ['Where does shame show up in how we talk about drug use?', 'What helps it loosen?'],
});
const LETTER = exercise('letter-to-someone-we-lost', 'A letter to someone we lost', {
  kind: 'personal-writing',
  contentNotes: ['grief', 'death', 'overdose'],
  howToRun: 'Ten minutes of quiet writing, then anyone who wishes reads.',
  prompts: ['What would you tell them now?'],
});
const TODAY = '2026-11-27';
const HOSTS = [
  { slug: 'worcester-example', name: 'Harm Reduction Works-HRW Worcester (example)', timeZone: 'America/New_York' },
  { slug: 'albany-example', name: 'Harm Reduction Works-HRW Albany (example)', timeZone: 'America/New_York' },
];

const calls: Call[] = [];
let plans: Record<string, PlanEntry[]>;
let logAnswer: (call: Call) => Response;

function answer(call: Call): Response {
  const path = call.url.split('?')[0]!;
  if (path === '/api/v1/script') {
    return json(SCRIPT);
  }
  if (path === '/api/v1/exercises') {
    return json({ items: [summary(SHAME.slug, SHAME.title), summary(LETTER.slug, LETTER.title)], page: 0, size: 8, total: 2 });
  }
  const exerciseMatch = /^\/api\/v1\/exercises\/([^/]+)$/.exec(path);
  if (exerciseMatch) {
    return json([SHAME, LETTER].find((item) => item.slug === exerciseMatch[1]));
  }
  const planMatch = /^\/api\/v1\/groups\/([^/]+)\/plan$/.exec(path);
  if (planMatch) {
    return json(plans[planMatch[1]!] ?? []);
  }
  if (call.method === 'POST' && /\/meetings$/.test(path)) {
    return logAnswer(call);
  }
  return problem(404, 'Not Found');
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: new Date(2026, 10, 27, 19, 5) });
  sessionStorage.clear();
  localStorage.clear();
  calls.length = 0;
  plans = {};
  logAnswer = (call) => json({ id: 9, revision: 0, exercise: null, note: null, ...(call.body as object) }, 201);
  window.history.replaceState(null, '', '/script/host?meeting=focused&lang=en');
  vi.stubGlobal('fetch', vi.fn(recordingFetch(calls, () => answer)));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  fakeSession.set({ status: 'signed-out', displayName: null, hosts: [] });
});

async function settle(element: HTMLElement & { updateComplete: Promise<boolean> }) {
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

async function renderHost(): Promise<HrwHostMode> {
  const host = document.createElement('hrw-host-mode');
  document.body.append(host);
  await vi.waitFor(() => expect(host.shadowRoot?.querySelector('hrw-script-section')).not.toBeNull());
  await settle(host);
  return host;
}

async function goTo(host: HrwHostMode, title: string) {
  for (let i = 0; i < SCRIPT.sections.length; i++) {
    if (host.shadowRoot!.querySelector('hrw-script-section')?.section?.title === title) {
      return;
    }
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await settle(host);
  }
  throw new Error(`No section "${title}"`);
}

function slot(host: HrwHostMode) {
  return host.shadowRoot!.querySelector('hrw-exercise-slot');
}

function text(element: Element | null | undefined): string {
  return (element?.shadowRoot ?? element)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function buttonIn(root: ShadowRoot, name: string): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find((item) => item.textContent?.trim() === name);
  if (!button) {
    throw new Error(`No "${name}" button`);
  }
  return button;
}

const nonScript = () => calls.filter((call) => !call.url.startsWith('/api/v1/script'));

describe('host mode’s exercise slot', () => {
  it('lets anyone choose tonight’s exercise from the library, content notes first, and keeps it across a reload', async () => {
    const host = await renderHost();
    expect(slot(host)).toBeNull();
    await goTo(host, 'The exercise');
    const panel = slot(host)!;
    await settle(panel);
    expect(text(panel)).toContain('Tonight’s exercise No exercise chosen yet.');
    expect(nonScript()).toEqual([]);

    const chooser = panel.shadowRoot!.querySelector('hrw-exercise-chooser')!;
    buttonIn(chooser.shadowRoot!, 'Choose an exercise').click();
    await settle(chooser);
    const picker = chooser.shadowRoot!.querySelector('hrw-exercise-picker')!;
    await settle(picker);
    expect(chooser.shadowRoot!.activeElement).toBe(picker);
    picker.shadowRoot!.querySelector<HTMLButtonElement>('.results button')!.click();
    await settle(host);
    await settle(panel);

    expect(nonScript().map((call) => call.url)).toEqual(['/api/v1/exercises?size=8', '/api/v1/exercises/listening-to-shame']);
    const shown = text(panel);
    expect(shown).toContain('Listening to shame About 20 minutes · Video Content notes: trauma and grief.');
    expect(shown.indexOf('Content notes')).toBeLessThan(shown.indexOf('How to run it'));
    expect([...panel.shadowRoot!.querySelectorAll('ol li')].map((li) => li.textContent)).toEqual(SHAME.prompts);
    expect(panel.shadowRoot!.activeElement?.id).toBe('exercise-title');
    expect(host.shadowRoot!.querySelector('#meeting-log')).toBeNull();
    expect(host.shadowRoot!.textContent).not.toContain('Log this meeting');

    host.remove();
    calls.length = 0;
    const again = await renderHost();
    await goTo(again, 'The exercise');
    await settle(slot(again)!);
    expect(text(slot(again))).toContain('Content notes: trauma and grief.');
    expect(nonScript()).toEqual([]);

    await goTo(again, 'Closing');
    expect(again.shadowRoot!.querySelector('#meeting-log')).toBeNull();
  });

  it('opens with the group’s plan for today when a host signs in, and says who planned it', async () => {
    localStorage.setItem('hrw-host-group', 'albany-example');
    plans = {
      'albany-example': [
        { date: TODAY, exercise: { slug: LETTER.slug, title: LETTER.title, suggestedMinutes: 20 }, chooser: 'River', showPublicly: false, revision: 3 },
        { date: '2026-12-04', exercise: { slug: SHAME.slug, title: SHAME.title, suggestedMinutes: 20 }, chooser: null, showPublicly: true, revision: 1 },
      ],
    };
    const host = await renderHost();
    fakeSession.set({ status: 'signed-in', displayName: 'Alex', hosts: HOSTS });
    await settle(host);
    await goTo(host, 'The exercise');
    const panel = slot(host)!;
    await settle(panel);

    expect(nonScript().map((call) => call.url)).toEqual(['/api/v1/groups/albany-example/plan', '/api/v1/exercises/letter-to-someone-we-lost']);
    expect(text(panel)).toContain('Planned for today by River A letter to someone we lost');
    expect(text(panel)).toContain('Content notes: grief, death, and overdose.');
    const select = host.shadowRoot!.querySelector<HTMLSelectElement>('#group')!;
    expect(select.value).toBe('albany-example');
    expect(host.shadowRoot!.querySelector('label[for="group"]')?.textContent).toBe('This meeting is for');
    // By place: on a 320 px phone a whole name shows only "Harm Reduction Works-HRW", the same for every group.
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'Choose one of your groups',
      'Worcester (example)',
      'Albany (example)',
    ]);

    // Another group with nothing planned today: the planned exercise goes with its group.
    select.value = 'worcester-example';
    select.dispatchEvent(new Event('change'));
    await settle(host);
    await settle(panel);
    expect(calls.at(-1)?.url).toBe('/api/v1/groups/worcester-example/plan');
    expect(text(panel)).toContain('No exercise chosen yet.');
    expect(localStorage.getItem('hrw-host-group')).toBe('worcester-example');
  });

  it('keeps what the host chose by hand, and offers the plan instead', async () => {
    plans = {
      'worcester-example': [
        { date: TODAY, exercise: { slug: LETTER.slug, title: LETTER.title, suggestedMinutes: 20 }, chooser: null, showPublicly: false, revision: 1 },
      ],
    };
    sessionStorage.setItem(
      'hrw-host-exercise:focused',
      JSON.stringify({ exercise: { slug: SHAME.slug, title: SHAME.title, suggestedMinutes: 20 }, details: null, planned: null }),
    );
    fakeSession.set({ status: 'signed-in', displayName: 'Alex', hosts: [HOSTS[0]!] });
    const host = await renderHost();
    await goTo(host, 'The exercise');
    const panel = slot(host)!;
    await settle(panel);
    expect(text(host.shadowRoot!.querySelector('.for-group'))).toContain('This meeting is for Harm Reduction Works-HRW Worcester (example).');
    expect(text(panel)).toContain('Listening to shame');
    expect(text(panel)).toContain('The group planned “A letter to someone we lost” for today.');

    buttonIn(panel.shadowRoot!, 'Use that instead').click();
    await settle(host);
    await settle(panel);
    expect(text(panel)).toContain('Planned for today A letter to someone we lost');
    expect(text(panel)).not.toContain('Use that instead');
  });
});

describe('which group host mode is for', () => {
  const NOW = new Date(2026, 10, 27, 19, 5).getTime();
  const at = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();
  // Worcester met yesterday and meets again in six days; Albany's meeting started half an hour ago.
  const TIMED = [
    { ...HOSTS[0]!, previousMeeting: at(-24 * 60), nextMeeting: at(6 * 24 * 60) },
    { ...HOSTS[1]!, previousMeeting: at(-30), nextMeeting: at(7 * 24 * 60 - 30) },
  ];

  // The group the page acts for, read from where it goes on leaving (happy-dom's <select> does not always follow
  // the option lit marks selected when it is not the first; the browser journey reads the select itself).
  const chosen = (host: HrwHostMode) =>
    [...host.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent === 'Leave host mode')?.getAttribute('href')?.replace('/groups/', '');

  it('opens on the group whose meeting is under way, over the one remembered from last week', async () => {
    localStorage.setItem('hrw-host-group', 'worcester-example');
    fakeSession.set({ status: 'signed-in', displayName: 'Alex', hosts: TIMED });
    const host = await renderHost();
    expect(chosen(host)).toBe('albany-example');
    expect(nonScript().map((call) => call.url)).toEqual(['/api/v1/groups/albany-example/plan']);
  });

  it('opens on the group named in the address, as the group page links to it', async () => {
    window.history.replaceState(null, '', '/script/host?meeting=focused&lang=en&group=worcester-example');
    fakeSession.set({ status: 'signed-in', displayName: 'Alex', hosts: TIMED });
    const host = await renderHost();
    expect(chosen(host)).toBe('worcester-example');
    const leave = [...host.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent === 'Leave host mode');
    expect(leave?.getAttribute('href')).toBe('/groups/worcester-example');
  });

  it('keeps a changed choice in the address and on this device, and can be left unchosen', async () => {
    fakeSession.set({ status: 'signed-in', displayName: 'Alex', hosts: TIMED });
    const host = await renderHost();
    const select = host.shadowRoot!.querySelector<HTMLSelectElement>('#group')!;
    select.value = 'worcester-example';
    select.dispatchEvent(new Event('change'));
    await settle(host);
    expect(new URLSearchParams(window.location.search).get('group')).toBe('worcester-example');
    expect(new URLSearchParams(window.location.search).get('meeting')).toBe('focused');
    expect(localStorage.getItem('hrw-host-group')).toBe('worcester-example');
    expect(calls.at(-1)?.url).toBe('/api/v1/groups/worcester-example/plan');

    select.value = '';
    select.dispatchEvent(new Event('change'));
    await settle(host);
    expect(window.location.search).not.toContain('group=');
    expect(host.shadowRoot!.querySelector('#open-log')).toBeNull();
  });

  it('lets the bar scroll away while the log form is open, so it never covers the form', async () => {
    fakeSession.set({ status: 'signed-in', displayName: 'Alex', hosts: TIMED });
    const host = await renderHost();
    const wrapper = host.shadowRoot!.querySelector('hrw-host-bar')!.parentElement!;
    expect(wrapper.classList.contains('log-open')).toBe(false);
    buttonIn(host.shadowRoot!, 'Log this meeting').click();
    await settle(host);
    expect(wrapper.classList.contains('log-open')).toBe(true);
    buttonIn(host.shadowRoot!, 'Close the log form').click();
    await settle(host);
    expect(wrapper.classList.contains('log-open')).toBe(false);
  });
});

describe('logging the meeting from host mode', () => {
  async function atTheEnd(): Promise<HrwHostMode> {
    sessionStorage.setItem(
      'hrw-host-exercise:focused',
      JSON.stringify({ exercise: { slug: SHAME.slug, title: SHAME.title, suggestedMinutes: 20 }, details: null, planned: null }),
    );
    fakeSession.set({ status: 'signed-in', displayName: 'Alex', hosts: [HOSTS[0]!] });
    const host = await renderHost();
    await goTo(host, 'Closing');
    const form = host.shadowRoot!.querySelector('hrw-meeting-log-form')!;
    await settle(form);
    return host;
  }

  function tapRating(host: HrwHostMode, label: string) {
    const form = host.shadowRoot!.querySelector('hrw-meeting-log-form')!;
    const match = [...form.shadowRoot!.querySelectorAll('#rating label')].find((item) => text(item) === label)!;
    match.querySelector('input')!.click();
    return form;
  }

  it('offers the log form at the end of the script, ready with tonight’s meeting and exercise', async () => {
    const host = await atTheEnd();
    const form = tapRating(host, '4 Good');
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    await settle(form);
    await settle(host);
    expect(calls.filter((call) => call.method === 'POST')).toEqual([
      {
        method: 'POST',
        url: '/api/v1/groups/worcester-example/meetings',
        body: { date: TODAY, meeting: 'focused', exerciseSlug: 'listening-to-shame', headcount: null, rating: 4, note: null, shareNote: false },
      },
    ]);
    const done = host.shadowRoot!.querySelector('#logged')!;
    expect(text(done)).toContain('Thank you. The meeting is in the log of Harm Reduction Works-HRW Worcester (example).');
    expect(done.querySelector('a')?.getAttribute('href')).toBe('/groups/worcester-example/meetings');
    expect(host.shadowRoot!.activeElement).toBe(done);
  });

  it('says so when this meeting is already logged', async () => {
    logAnswer = () => problem(409, 'Conflict');
    const host = await atTheEnd();
    const form = tapRating(host, '3 Okay');
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    await settle(form);
    expect(text(form.shadowRoot!.querySelector('[role="alert"]'))).toContain('This meeting is already in the log.');
    expect(host.shadowRoot!.querySelector('#logged')).toBeNull();
  });

  it('keeps a meeting logged with no network on the device, shows it waiting, and thanks the host once it is sent', async () => {
    logAnswer = () => {
      throw new TypeError('Failed to fetch');
    };
    fakeSession.set({ account: 'host-1', offline: true });
    const host = await atTheEnd();
    const form = tapRating(host, '4 Good');
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    await settle(form);
    await settle(host);

    const kept = host.shadowRoot!.querySelector('#logged')!;
    expect(text(kept)).toContain('Kept on this device: waiting to send.');
    expect(host.shadowRoot!.activeElement).toBe(kept);
    const waiting = host.shadowRoot!.querySelector('hrw-meeting-outbox')!;
    expect(text(waiting.shadowRoot!.querySelector('section'))).toContain('Waiting to send');
    expect(text(waiting.shadowRoot!.querySelector('section'))).toContain('Focused meeting · ');

    // The network returns: the outbox sends it (as the online event would) and host mode says it is in the log.
    logAnswer = (call) => json({ id: 9, revision: 0, exercise: null, note: null, ...(call.body as object) }, 201);
    const { outbox } = await import('../../../src/meetings/outbox.js');
    const { transport } = await import('../../../src/meetings/outbox-sync.js');
    await outbox.flush('host-1', transport);
    await settle(host);
    expect(text(host.shadowRoot!.querySelector('#logged'))).toContain('Thank you. The meeting is in the log of Harm Reduction Works-HRW Worcester (example).');
    expect(waiting.shadowRoot!.querySelector('section')).toBeNull();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(2);
    fakeSession.set({ account: null, offline: false });
  });

  it('opens the log form from any section with the button', async () => {
    fakeSession.set({ status: 'signed-in', displayName: 'Alex', hosts: [HOSTS[0]!] });
    const host = await renderHost();
    expect(host.shadowRoot!.querySelector('#meeting-log')).toBeNull();
    buttonIn(host.shadowRoot!, 'Log this meeting').click();
    await settle(host);
    expect(host.shadowRoot!.querySelector('#meeting-log hrw-meeting-log-form')).not.toBeNull();
    expect(host.shadowRoot!.activeElement?.id).toBe('log-heading');
    buttonIn(host.shadowRoot!, 'Close the log form').click();
    await settle(host);
    expect(host.shadowRoot!.querySelector('#meeting-log')).toBeNull();
  });
});
