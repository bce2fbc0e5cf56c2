import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingLogEntry } from '../../src/api/meetings.js';
import '../../src/components/hrw-meeting-log-form.js';
import type { HrwMeetingLogForm, MeetingSavedEvent } from '../../src/components/hrw-meeting-log-form.js';
import { json, problem, recordingFetch, summary, type Call } from '../meetings/fixtures.js';

const SHAME = { slug: 'listening-to-shame', title: 'Listening to shame', suggestedMinutes: 20 };

const ENTRY: MeetingLogEntry = {
  id: 41,
  date: '2026-11-30',
  meeting: 'focused',
  exercise: SHAME,
  headcount: '6-10',
  rating: 3,
  note: 'Quiet start, warm finish.',
  shareNote: false,
  revision: 7,
};

const calls: Call[] = [];
let respond: (call: Call) => Response;

beforeEach(() => {
  // An evening in the browser's own time zone, on the day the tests log.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 11, 1, 20, 30) });
  calls.length = 0;
  respond = (call) => json({ ...ENTRY, id: 42, ...(call.body as object) }, 201);
  vi.stubGlobal('fetch', vi.fn(recordingFetch(calls, () => respond)));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

async function settle(element: HTMLElement & { updateComplete: Promise<boolean> }) {
  for (let i = 0; i < 8; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

async function render(props: Partial<HrwMeetingLogForm> = {}): Promise<HrwMeetingLogForm> {
  const form = document.createElement('hrw-meeting-log-form');
  Object.assign(form, { group: 'worcester-example', meeting: 'open', exercise: SHAME, date: '2026-12-01', ...props });
  document.body.append(form);
  await settle(form);
  return form;
}

function radio(form: HrwMeetingLogForm, fieldset: string, label: string): HTMLInputElement {
  const labels = [...form.shadowRoot!.querySelectorAll<HTMLLabelElement>(`#${fieldset} label`)];
  const match = labels.find((item) => item.textContent!.replace(/\s+/g, ' ').trim() === label);
  if (!match) {
    throw new Error(`No "${label}" in ${fieldset}: ${labels.map((item) => item.textContent!.trim()).join(' | ')}`);
  }
  return match.querySelector('input')!;
}

function tap(input: HTMLInputElement) {
  input.click();
}

async function submit(form: HrwMeetingLogForm) {
  form.shadowRoot!.querySelector('form')!.requestSubmit();
  await settle(form);
}

const posts = () => calls.filter((call) => call.method !== 'GET');

function type(form: HrwMeetingLogForm, id: string, value: string) {
  const box = form.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
  box.value = value;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function leave(form: HrwMeetingLogForm, id: string) {
  form.shadowRoot!.querySelector(`#${id}`)!.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
}

/** The error summary's box, or null while it shows nothing. */
function summaryBox(form: HrwMeetingLogForm): HTMLElement | null {
  return form.shadowRoot!.querySelector('hrw-error-summary')!.shadowRoot!.querySelector<HTMLElement>('.summary');
}

describe('hrw-meeting-log-form', () => {
  it('starts from the meeting and exercise it was given, and asks nothing about who came', async () => {
    const form = await render();
    const root = form.shadowRoot!;
    expect(radio(form, 'meeting', 'Open meeting').checked).toBe(true);
    expect(radio(form, 'exerciseSlug', 'Listening to shame').checked).toBe(true);
    expect(radio(form, 'headcount', 'Not counted').checked).toBe(true);
    expect([...root.querySelectorAll<HTMLInputElement>('#rating input')].some((input) => input.checked)).toBe(false);
    expect(root.querySelector('#date')).toBeNull();
    const labels = [...root.querySelectorAll('label, legend')].map((label) => label.textContent!.toLowerCase());
    expect(labels.some((label) => /name|who came|email|phone/.test(label))).toBe(false);
    expect(root.textContent).toContain('Share this note with other groups (shown as the group, never you)');
  });

  it('sends what was tapped and nothing else', async () => {
    const form = await render();
    const saved: MeetingLogEntry[] = [];
    form.addEventListener('hrw-meeting-saved', (event: MeetingSavedEvent) => saved.push(event.entry));
    tap(radio(form, 'rating', '4 Good'));
    await submit(form);
    expect(posts()).toEqual([
      {
        method: 'POST',
        url: '/api/v1/groups/worcester-example/meetings',
        body: { date: '2026-12-01', meeting: 'open', exerciseSlug: 'listening-to-shame', headcount: null, rating: 4, note: null, shareNote: false },
      },
    ]);
    expect(saved).toHaveLength(1);
  });

  it('dates tonight’s meeting where the group meets, not where the host is', async () => {
    // 20:30 on 1 December here is already 2 December on Kiritimati (UTC+14), where this group meets.
    const form = await render({ date: null, timeZone: 'Pacific/Kiritimati', askDate: true });
    const box = form.shadowRoot!.querySelector<HTMLInputElement>('#date')!;
    expect(box.value).toBe('2026-12-02');
    expect(box.max).toBe('2026-12-02');
    tap(radio(form, 'rating', '4 Good'));
    await submit(form);
    expect(posts()[0]?.body).toMatchObject({ date: '2026-12-02' });
  });

  it('sends the other choices exactly as tapped, and never shares an empty note', async () => {
    const form = await render();
    const root = form.shadowRoot!;
    tap(radio(form, 'meeting', 'Focused meeting'));
    tap(radio(form, 'exerciseSlug', 'No exercise'));
    tap(radio(form, 'headcount', '11–20'));
    tap(radio(form, 'rating', '5 Great'));
    root.querySelector<HTMLInputElement>('#shareNote')!.click();
    const note = root.querySelector<HTMLTextAreaElement>('#note')!;
    note.value = '   ';
    note.dispatchEvent(new Event('input'));
    await submit(form);
    expect(posts()[0]?.body).toEqual({ date: '2026-12-01', meeting: 'focused', exerciseSlug: null, headcount: '11-20', rating: 5, note: null, shareNote: false });

    calls.length = 0;
    note.value = ' Lots of laughter. ';
    note.dispatchEvent(new Event('input'));
    await submit(form);
    expect(posts()[0]?.body).toMatchObject({ note: 'Lots of laughter.', shareNote: true });
  });

  it('catches a future date, no rating and a long note on submit: sends nothing, and the summary takes focus and links to each', async () => {
    const form = await render({ askDate: true });
    const root = form.shadowRoot!;
    expect(summaryBox(form)).toBeNull();
    type(form, 'date', '2026-12-05');
    type(form, 'note', 'x'.repeat(1001));
    await submit(form);
    expect(posts()).toEqual([]);

    const box = summaryBox(form)!;
    expect(box.querySelector('h2')?.textContent).toBe('There are 3 problems');
    expect(form.shadowRoot!.querySelector('hrw-error-summary')!.shadowRoot!.activeElement).toBe(box);
    const links = [...box.querySelectorAll('a')];
    expect(links.map((link) => [link.getAttribute('href'), link.textContent])).toEqual([
      ['#date', 'Log a meeting once it has happened: this date is still to come'],
      ['#rating', 'Tap a number from 1 to 5 for how it went'],
      ['#note', 'Keep the note to 1000 characters or fewer (it has 1001 now)'],
    ]);
    expect(root.querySelector('#rating-error')?.textContent).toBe('Tap a number from 1 to 5 for how it went');
    expect(root.querySelector('#rating')?.getAttribute('aria-describedby')).toBe('rating-hint rating-error');
    const note = root.querySelector<HTMLTextAreaElement>('#note')!;
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(note.getAttribute('aria-describedby')).toBe('note-hint note-error');
    expect(root.querySelector('#date')?.getAttribute('aria-describedby')).toBe('date-error');

    links[1]!.click();
    expect(root.activeElement).toBe(root.querySelector('#rating input'));
    links[2]!.click();
    expect(root.activeElement).toBe(note);

    // After a submit each field is checked as it changes: a message goes as soon as what it asked for is there.
    tap(radio(form, 'rating', '4 Good'));
    type(form, 'date', '2026-12-01');
    await settle(form);
    expect(root.querySelector('#rating-error')).toBeNull();
    expect(root.querySelector('#date')?.getAttribute('aria-invalid')).toBe('false');
    expect([...box.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual(['#note']);

    type(form, 'note', 'Lots of laughter.');
    await submit(form);
    expect(posts()[0]?.body).toMatchObject({ date: '2026-12-01', rating: 4, note: 'Lots of laughter.' });

    // Ready for the next meeting, as the meetings page leaves it after a log: a fresh form that says nothing yet.
    form.reset();
    await settle(form);
    expect(radio(form, 'rating', '4 Good').checked).toBe(false);
    expect(root.querySelector('#rating-error')).toBeNull();
    expect(summaryBox(form)).toBeNull();
  });

  it('says what is wrong with a field only once it was left', async () => {
    const form = await render({ askDate: true });
    const root = form.shadowRoot!;
    type(form, 'note', 'x'.repeat(1200));
    type(form, 'date', '');
    await settle(form);
    expect(root.querySelector('#note-error')).toBeNull();
    expect(root.querySelector('#note')?.getAttribute('aria-invalid')).toBe('false');

    leave(form, 'note');
    await settle(form);
    expect(root.querySelector('#note-error')?.textContent).toBe('Keep the note to 1000 characters or fewer (it has 1200 now)');
    expect(root.querySelector('#date-error')).toBeNull();
    leave(form, 'date');
    await settle(form);
    expect(root.querySelector('#date-error')?.textContent).toBe('Choose the date of the meeting');

    type(form, 'note', 'Short now.');
    await settle(form);
    expect(root.querySelector('#note-error')).toBeNull();
    // The rating was never visited, and there is no summary before a submit.
    expect(root.querySelector('#rating-error')).toBeNull();
    expect(summaryBox(form)).toBeNull();
  });

  it('can choose another exercise from the library for this entry', async () => {
    const form = await render();
    respond = (call) =>
      call.method === 'GET'
        ? json({ items: [summary('words-matter', 'Words matter', { kind: 'discussion-prompt', suggestedMinutes: 15 })], page: 0, size: 8, total: 1 })
        : json({ ...ENTRY, id: 43 }, 201);
    const chooser = form.shadowRoot!.querySelector('hrw-exercise-chooser')!;
    const open = chooser.shadowRoot!.querySelector('button')!;
    expect(open.textContent).toBe('Choose from the library');
    open.click();
    await settle(chooser);
    const picker = chooser.shadowRoot!.querySelector('hrw-exercise-picker')!;
    await settle(picker);
    picker.shadowRoot!.querySelector<HTMLButtonElement>('.results button')!.click();
    await settle(form);
    expect(chooser.shadowRoot!.querySelector('hrw-exercise-picker')).toBeNull();
    expect(radio(form, 'exerciseSlug', 'Words matter').checked).toBe(true);
    expect(form.shadowRoot!.activeElement).toBe(radio(form, 'exerciseSlug', 'Words matter'));
    expect(radio(form, 'exerciseSlug', 'Listening to shame').checked).toBe(false);
    tap(radio(form, 'rating', '2 Mixed'));
    await submit(form);
    expect(posts()[0]?.body).toMatchObject({ exerciseSlug: 'words-matter', rating: 2 });
  });

  it('explains a 409: this meeting is already logged, with the way to the log', async () => {
    respond = () => problem(409, 'Conflict', { detail: "This group's open meeting on 2026-12-01 is already in the log." });
    const form = await render();
    tap(radio(form, 'rating', '3 Okay'));
    await submit(form);
    const alert = form.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('This meeting is already in the log.');
    expect(alert.textContent!.replace(/\s+/g, ' ')).toContain('The open meeting on Tue, Dec 1, 2026 was logged before');
    expect(alert.querySelector('a')?.getAttribute('href')).toBe('/groups/worcester-example/meetings');
    expect(form.shadowRoot!.activeElement).toBe(alert);
  });

  it('puts the server’s problems with a new entry on their fields, in plain words, with the summary in focus', async () => {
    respond = () =>
      problem(400, 'Invalid request', {
        violations: [
          { field: 'date', message: 'is in the future; log a meeting once it has happened' },
          { field: 'exerciseSlug', message: 'is not a published exercise in the library' },
        ],
      });
    const form = await render({ askDate: true });
    tap(radio(form, 'rating', '3 Okay'));
    await submit(form);
    const root = form.shadowRoot!;
    expect(root.querySelector('#date-error')?.textContent).toBe('The date is in the future; log a meeting once it has happened');
    expect(root.querySelector('#date')?.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#exerciseSlug-error')?.textContent).toBe('The chosen exercise is not a published exercise in the library');
    expect(root.querySelector('#exerciseSlug')?.getAttribute('aria-describedby')).toBe('exerciseSlug-error');
    const box = summaryBox(form)!;
    expect(form.shadowRoot!.querySelector('hrw-error-summary')!.shadowRoot!.activeElement).toBe(box);
    expect([...box.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual(['#date', '#exerciseSlug']);

    // Changing the date takes the server's word on it away; it is asked again on the next submit.
    type(form, 'date', '2026-11-30');
    await settle(form);
    expect(root.querySelector('#date-error')).toBeNull();
    expect(root.querySelector('#exerciseSlug-error')).not.toBeNull();
  });

  it('puts the server’s problems with an edit ("entry." paths) on the same fields', async () => {
    respond = () =>
      problem(400, 'Invalid request', {
        violations: [
          { field: 'updateMeeting.update.entry.note', message: 'size must be between 0 and 1000' },
          { field: 'entry.rating', message: 'must be less than or equal to 5' },
          { field: 'revision', message: 'must not be null' },
        ],
      });
    const form = await render({ entry: ENTRY, askDate: true });
    await submit(form);
    expect(posts().map((call) => call.method)).toEqual(['PUT']);
    const root = form.shadowRoot!;
    expect(root.querySelector('#note-error')?.textContent).toBe('Keep the note to 1000 characters or fewer');
    expect(root.querySelector('#rating-error')?.textContent).toBe('The rating can be at most 5');
    // A problem with no field of ours is said in the summary alone, with nothing to link to.
    expect([...summaryBox(form)!.querySelectorAll('li')].map((item) => item.querySelector('a')?.getAttribute('href') ?? item.textContent)).toEqual([
      '#rating',
      '#note',
      'revision must not be null',
    ]);
  });

  it('says a problem with the date in the summary when there is no date box to point at', async () => {
    respond = () => problem(400, 'Invalid request', { violations: [{ field: 'date', message: 'is in the future; log a meeting once it has happened' }] });
    const form = await render();
    tap(radio(form, 'rating', '3 Okay'));
    await submit(form);
    expect(form.shadowRoot!.querySelector('#date-error')).toBeNull();
    const box = summaryBox(form)!;
    expect(box.querySelector('a')).toBeNull();
    expect(box.querySelector('li')?.textContent).toBe('date is in the future; log a meeting once it has happened');
  });

  it('says in the summary what the log answered when it is not about a field', async () => {
    respond = () => problem(404, 'Not found');
    const form = await render({ entry: ENTRY, askDate: true });
    await submit(form);
    const box = summaryBox(form)!;
    expect(box.querySelector('li')?.textContent).toBe('This entry is no longer in the log: another host may have deleted it.');
    expect(form.shadowRoot!.querySelector('hrw-error-summary')!.shadowRoot!.activeElement).toBe(box);
    expect(form.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  });

  it('edits an entry with the revision it was given, and explains a stale edit', async () => {
    respond = () => json({ ...ENTRY, rating: 5, revision: 8 });
    const form = await render({ entry: ENTRY, askDate: true });
    const root = form.shadowRoot!;
    expect(root.querySelector<HTMLInputElement>('#date')!.value).toBe('2026-11-30');
    expect(radio(form, 'meeting', 'Focused meeting').checked).toBe(true);
    expect(radio(form, 'headcount', '6–10').checked).toBe(true);
    expect(radio(form, 'rating', '3 Okay').checked).toBe(true);
    expect(root.querySelector<HTMLTextAreaElement>('#note')!.value).toBe('Quiet start, warm finish.');
    tap(radio(form, 'rating', '5 Great'));
    await submit(form);
    expect(posts()).toEqual([
      {
        method: 'PUT',
        url: '/api/v1/groups/worcester-example/meetings/41',
        body: {
          entry: { date: '2026-11-30', meeting: 'focused', exerciseSlug: 'listening-to-shame', headcount: '6-10', rating: 5, note: 'Quiet start, warm finish.', shareNote: false },
          revision: 7,
        },
      },
    ]);

    respond = () => problem(409, 'Conflict');
    let stale = 0;
    form.addEventListener('hrw-meeting-stale', () => stale++);
    await submit(form);
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Another host changed this entry while you were editing it');
    alert.querySelector('button')!.click();
    expect(stale).toBe(1);
  });
});
