import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/components/hrw-host-message-form.js';
import type { HrwHostMessageForm } from '../../src/components/hrw-host-message-form.js';

const ACTION = '/api/v1/groups/northampton-example/messages';

function problem(body: Record<string, unknown>): Response {
  return new Response(JSON.stringify(body), {
    status: body.status as number,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

let respond: () => Response;
const sent: { url: string; init: RequestInit | undefined }[] = [];

beforeEach(() => {
  sent.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push({ url: String(input), init });
      return respond();
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

async function settle(element: HrwHostMessageForm) {
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

async function renderForm(onRequest = false) {
  const form = document.createElement('hrw-host-message-form');
  form.action = ACTION;
  form.onRequest = onRequest;
  document.body.append(form);
  await form.updateComplete;
  return form;
}

function type(form: HrwHostMessageForm, id: string, value: string) {
  const field = form.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

async function submit(form: HrwHostMessageForm) {
  await form.updateComplete;
  form.shadowRoot!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  await settle(form);
}

describe('hrw-host-message-form', () => {
  it('explains itself, labels every field and hides the honeypot without inline styles', async () => {
    const form = await renderForm(true);
    const root = form.shadowRoot!;
    const text = root.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('goes to the group’s hosts by e-mail');
    expect(text).toContain('keeps nothing');
    expect(text).toContain('stay anonymous');
    expect(text).toContain('on request');
    for (const id of ['message', 'replyTo', 'website']) {
      expect(root.querySelector(`label[for="${id}"]`)).not.toBeNull();
    }
    const trap = root.querySelector('#website')!;
    expect(trap.closest('.trap')?.getAttribute('aria-hidden')).toBe('true');
    expect(trap.getAttribute('tabindex')).toBe('-1');
    expect(trap.getAttribute('autocomplete')).toBe('off');
    expect(root.querySelector('[style]')).toBeNull();
  });

  it('sends the message and replaces the form with a clear confirmation', async () => {
    respond = () => new Response(null, { status: 202 });
    const form = await renderForm();
    type(form, 'message', 'Where do you meet on Wednesday?');
    type(form, 'replyTo', 'me@example.org');
    await submit(form);

    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe(ACTION);
    expect(sent[0]!.init?.method).toBe('POST');
    expect(JSON.parse(String(sent[0]!.init?.body))).toEqual({
      message: 'Where do you meet on Wednesday?',
      replyTo: 'me@example.org',
      website: '',
    });
    const root = form.shadowRoot!;
    expect(root.querySelector('form')).toBeNull();
    expect(root.querySelector('#sent')?.textContent).toContain('Your message is on its way to the hosts.');
    expect(root.activeElement?.id).toBe('sent');
  });

  it('leaves the reply address out when it is empty', async () => {
    respond = () => new Response(null, { status: 202 });
    const form = await renderForm();
    type(form, 'message', 'Is the group open to newcomers?');
    await submit(form);
    expect(JSON.parse(String(sent[0]!.init?.body))).toEqual({ message: 'Is the group open to newcomers?', website: '' });
    expect(form.shadowRoot!.textContent).toContain('the hosts cannot answer');
  });

  it('shows the server’s violations beside their fields and focuses the first', async () => {
    respond = () =>
      problem({
        title: 'Invalid request',
        status: 400,
        violations: [
          { field: 'replyTo', message: 'must be a well-formed email address' },
          { field: 'message', message: 'size must be between 10 and 2000' },
        ],
      });
    const form = await renderForm();
    type(form, 'message', 'Hello there, hosts');
    type(form, 'replyTo', 'me@x');
    await submit(form);

    const root = form.shadowRoot!;
    expect(root.querySelector('#message-error')?.textContent).toBe('size must be between 10 and 2000');
    expect(root.querySelector('#replyTo-error')?.textContent).toBe('must be a well-formed email address');
    expect(root.querySelector('#message')?.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#message')?.getAttribute('aria-describedby')).toContain('message-error');
    expect(root.activeElement?.id).toBe('message');
    expect(root.querySelector('form')).not.toBeNull();
  });

  it('checks a too-short message before sending anything', async () => {
    const form = await renderForm();
    type(form, 'message', 'Hi');
    await submit(form);
    expect(sent).toHaveLength(0);
    expect(form.shadowRoot!.querySelector('#message-error')?.textContent).toContain('at least 10 characters');
    expect(form.shadowRoot!.activeElement?.id).toBe('message');
  });

  it('passes on the server’s calm word when too many messages were sent', async () => {
    const detail = 'Too many messages from here just now. Please try again in an hour.';
    respond = () => problem({ title: 'Too Many Requests', status: 429, detail });
    const form = await renderForm();
    type(form, 'message', 'Where do you meet on Wednesday?');
    await submit(form);

    const alert = form.shadowRoot!.querySelector('#form-error');
    expect(alert?.textContent?.trim()).toBe(detail);
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(form.shadowRoot!.activeElement?.id).toBe('form-error');
    expect(form.shadowRoot!.querySelector<HTMLTextAreaElement>('#message')?.value).toBe('Where do you meet on Wednesday?');
  });

  it('shows the server’s detail when mail is unavailable', async () => {
    const detail = 'Messages cannot be sent right now. Please try again later.';
    respond = () => problem({ title: 'Service Unavailable', status: 503, detail });
    const form = await renderForm();
    type(form, 'message', 'Where do you meet on Wednesday?');
    await submit(form);
    expect(form.shadowRoot!.querySelector('#form-error')?.textContent?.trim()).toBe(detail);
  });
});
