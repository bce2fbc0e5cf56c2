import { afterEach, describe, expect, it } from 'vitest';
import type { DraftSection } from '../../src/api/script.js';
import '../../src/components/hrw-draft-section-form.js';
import type {
  HrwDraftSectionForm,
  SectionAddEvent,
  SectionReloadEvent,
  SectionSaveEvent,
} from '../../src/components/hrw-draft-section-form.js';

const CLOSING: DraftSection = {
  key: 'closing',
  title: 'Closing',
  audience: 'all',
  kind: 'read-aloud',
  minutes: 3,
  body: 'Thank you for coming.',
  revision: 4,
};

afterEach(() => {
  document.body.replaceChildren();
});

async function renderForm(props: Partial<HrwDraftSectionForm> = {}) {
  const form = document.createElement('hrw-draft-section-form');
  form.section = CLOSING;
  Object.assign(form, props);
  document.body.append(form);
  await form.updateComplete;
  return form;
}

function control<T extends HTMLElement>(form: HrwDraftSectionForm, name: string): T {
  return form.shadowRoot!.querySelector<T>(`[name="${name}"]`)!;
}

async function type(form: HrwDraftSectionForm, name: string, value: string) {
  const input = control<HTMLInputElement | HTMLTextAreaElement>(form, name);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await form.updateComplete;
}

function submit(form: HrwDraftSectionForm) {
  form.shadowRoot!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
}

describe('hrw-draft-section-form', () => {
  it('labels every field and saves what was typed with the revision it started from', async () => {
    const form = await renderForm();
    for (const id of ['title', 'audience', 'kind', 'minutes', 'body']) {
      expect(form.shadowRoot!.querySelector(`label[for="${id}"]`), id).not.toBeNull();
    }
    const saves: SectionSaveEvent[] = [];
    form.addEventListener('hrw-section-save', (event) => saves.push(event as SectionSaveEvent));

    await type(form, 'body', 'Thank you all for coming.');
    await type(form, 'minutes', '4');
    expect(form.shadowRoot!.textContent).toContain('Not saved yet');
    submit(form);

    expect(saves).toHaveLength(1);
    expect(saves[0]!.key).toBe('closing');
    expect(saves[0]!.revision).toBe(4);
    expect(saves[0]!.fields).toEqual({ title: 'Closing', audience: 'all', kind: 'read-aloud', minutes: 4, body: 'Thank you all for coming.' });
  });

  it('keeps the steward’s typing when someone else’s copy arrives, and loads it only when asked', async () => {
    const form = await renderForm();
    await type(form, 'body', 'My words.');

    form.section = { ...CLOSING, body: 'Their words.', revision: 5 };
    await form.updateComplete;
    expect(control<HTMLTextAreaElement>(form, 'body').value).toBe('My words.');

    form.outcome = { kind: 'stale', message: '' };
    await form.updateComplete;
    const alert = form.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Someone else changed this section since you opened it');
    const reloads: SectionReloadEvent[] = [];
    form.addEventListener('hrw-section-reload', (event) => reloads.push(event as SectionReloadEvent));
    [...alert.querySelectorAll('button')].find((b) => b.textContent?.includes('Load their version'))!.click();
    expect(reloads.map((event) => event.key)).toEqual(['closing']);

    form.outcome = null;
    form.section = { ...CLOSING, body: 'Their words.', revision: 5 };
    await form.updateComplete;
    expect(control<HTMLTextAreaElement>(form, 'body').value).toBe('Their words.');
  });

  it('takes a newer copy at once when nothing was typed', async () => {
    const form = await renderForm();
    form.section = { ...CLOSING, title: 'Goodbye', revision: 5 };
    await form.updateComplete;
    expect(control<HTMLInputElement>(form, 'title').value).toBe('Goodbye');
  });

  it('shows the server’s violations beside their fields and moves focus to the first', async () => {
    const form = await renderForm();
    form.outcome = {
      kind: 'error',
      message: 'Some details need another look; see the notes beside the fields.',
      fieldErrors: { body: 'must be Markdown without raw HTML' },
    };
    await form.updateComplete;

    const body = control<HTMLTextAreaElement>(form, 'body');
    expect(body.getAttribute('aria-invalid')).toBe('true');
    expect(body.getAttribute('aria-describedby')).toContain('body-error');
    expect(form.shadowRoot!.querySelector('#body-error')?.textContent).toBe('must be Markdown without raw HTML');
    expect(form.shadowRoot!.activeElement).toBe(body);
  });

  it('checks a new section’s key and title before sending it, and says why in plain words', async () => {
    const form = await renderForm({ mode: 'new', section: null, sections: [CLOSING] });
    const adds: SectionAddEvent[] = [];
    form.addEventListener('hrw-section-add', (event) => adds.push(event as SectionAddEvent));

    await type(form, 'key', 'Closing Poem');
    submit(form);
    await form.updateComplete;
    expect(adds).toHaveLength(0);
    expect(form.shadowRoot!.querySelector('#key-error')?.textContent).toContain('lower-case letters');
    expect(form.shadowRoot!.querySelector('#title-error')?.textContent).toContain('title');

    await type(form, 'key', 'closing-poem');
    await type(form, 'title', 'A poem');
    const after = control<HTMLSelectElement>(form, 'afterKey');
    after.value = 'closing';
    after.dispatchEvent(new Event('change', { bubbles: true }));
    submit(form);
    expect(adds[0]?.section).toEqual({
      key: 'closing-poem',
      title: 'A poem',
      audience: 'all',
      kind: 'read-aloud',
      minutes: 0,
      body: '',
      afterKey: 'closing',
    });
  });

  it('asks before removing a section', async () => {
    const form = await renderForm();
    const removed: string[] = [];
    form.addEventListener('hrw-section-remove', () => removed.push('closing'));
    const button = (text: string) =>
      [...form.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!;

    button('Remove this section').click();
    await form.updateComplete;
    expect(removed).toEqual([]);
    expect(form.shadowRoot!.textContent).toContain('Remove “Closing” from the English text');
    button('Yes, remove it').click();
    expect(removed).toEqual(['closing']);
  });
});
