import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Learning, Reply } from '../../../src/api/learnings.js';
import type { HrwReplyItem } from '../../../src/components/hrw-reply-item.js';
import { api, button, cleanUp, fakeSession, json, openPage, problem, settle, stubFetch, words, type Handler } from '../../exercises/fixtures.js';
import { EASTHAMPTON, GREENFIELD, NORTHAMPTON, POST, REPLY_FROM_EASTHAMPTON, REPLY_FROM_STEWARDS } from '../../learnings/post-fixtures.js';

vi.mock('../../../src/auth/session.js', async () => ({ session: (await import('../../exercises/fixtures.js')).fakeSession }));

await import('../../../src/pages/learnings/hrw-learning-page.js');

beforeEach(stubFetch);
afterEach(cleanUp);

const open = (path = '/learnings/7') => openPage('hrw-learning-page', path);
const calls = () => api.calls.map((call) => `${call.method} ${call.url}`);

/** Answers GET with the post, and anything else with `other`. */
function serve(post: Learning, other: Handler = () => json({})): Handler {
  return (method, url, body) => (method === 'GET' ? json(post) : other(method, url, body));
}

function signIn(state: Partial<typeof fakeSession.state> = {}): void {
  fakeSession.set({ status: 'signed-in', displayName: 'Sam', hosts: [EASTHAMPTON], ...state });
}

async function replies(page: HTMLElement): Promise<HrwReplyItem[]> {
  const items = [...page.shadowRoot!.querySelectorAll('hrw-reply-item')];
  await Promise.all(items.map((item) => item.updateComplete));
  return items;
}

async function inner<T extends HTMLElement & { updateComplete: Promise<boolean> }>(element: T | null): Promise<ShadowRoot> {
  await element!.updateComplete;
  return element!.shadowRoot!;
}

describe('a shared learning', () => {
  it('shows stewards their own record of hiding and restoring, and nobody else', async () => {
    const decided = {
      ...POST,
      moderation: [{ action: 'restore' as const, replyId: null, reason: 'Checked with the group.', at: '2026-11-20T12:00:00Z' }],
    };
    api.handler = serve(decided);
    signIn({ steward: true });
    const stewardView = await open();
    expect(words(stewardView.shadowRoot!.querySelector('.moderation'))).toContain('Restored on');
    expect(words(stewardView.shadowRoot!.querySelector('.moderation'))).toContain('Checked with the group.');
    cleanUp();
    stubFetch();
    api.handler = serve(decided);
    signIn({ steward: false });
    const hostView = await open();
    expect(hostView.shadowRoot!.querySelector('.moderation')).toBeNull();
  });

  it('shows the post as its group shared it, with the server’s HTML for its words', async () => {
    api.handler = serve(POST);
    const page = await open();
    const root = page.shadowRoot!;
    expect(calls()).toEqual(['GET /api/v1/learnings/7']);
    expect(words(root.querySelector('h1'))).toBe(POST.title);
    expect(document.title).toBe(`${POST.title} | Harm Reduction Works-HRW`);
    expect([...root.querySelectorAll('.badges li')].map(words)).toEqual(['A question', 'Not answered yet', 'Asked HRH413', 'Network only']);
    expect(words(root)).toContain('Only signed-in hosts and stewards can read it.');
    const meta = root.querySelector('.meta')!;
    expect(meta.querySelector('a')?.getAttribute('href')).toBe('/groups/northampton');
    expect(words(meta)).toMatch(/^From Harm Reduction Works-HRW Northampton, shared Nov [34], 2026, edited Nov [45], 2026$/);
    expect(root.querySelector('a[href="/exercises/fighting-for-space"]')).not.toBeNull();
    const body = root.querySelector('.post-body')!;
    expect(body.querySelectorAll('p')).toHaveLength(2);
    expect(body.querySelector('a')?.getAttribute('rel')).toBe('nofollow noopener noreferrer');
    expect([...root.querySelectorAll<HTMLAnchorElement>('.topics a')].map((a) => a.getAttribute('href'))).toEqual([
      '/learnings?topic=naloxone',
      '/learnings?topic=finding-a-venue',
    ]);
  });

  it('lists replies oldest first, each as its group or HRH413’s stewards, with the one that helped marked', async () => {
    api.handler = serve({ ...POST, answered: true, replies: [REPLY_FROM_STEWARDS, { ...REPLY_FROM_EASTHAMPTON, helpful: true }] });
    const page = await open();
    const items = await replies(page);
    expect(items.map((item) => words(item.shadowRoot!.querySelector('h3')))).toEqual([EASTHAMPTON.name, 'HRH413 stewards']);
    const first = items[0]!.shadowRoot!;
    expect(first.querySelector('article')?.classList.contains('helpful')).toBe(true);
    expect(words(first.querySelector('.helpful-note'))).toBe(`✓ The reply that helped ${NORTHAMPTON.name}`);
    expect(first.querySelector('.body strong')?.textContent).toBe('sign');
    expect(items[1]!.shadowRoot!.querySelector('.helpful-note')).toBeNull();
    expect(items[1]!.shadowRoot!.querySelector('h3 a')).toBeNull();
  });

  it('asks people who are not signed in to sign in to reply, and offers them nothing they cannot do', async () => {
    api.handler = serve(POST);
    const page = await open();
    const root = page.shadowRoot!;
    const helped = await inner(root.querySelector('hrw-helped-control'));
    expect(words(helped.querySelector('.count'))).toBe('Helped 3 groups');
    expect(helped.querySelector('button')).toBeNull();
    expect(root.querySelector('hrw-flag-form')).toBeNull();
    expect(root.querySelector('hrw-reply-form')).toBeNull();
    button(root, 'sign in to reply').click();
    expect(fakeSession.signIn).toHaveBeenCalledWith('/learnings/7');
  });

  it('treats a network-only post as not found for someone not signed in, and suggests signing in', async () => {
    api.handler = () => problem(404);
    const page = await open();
    const root = page.shadowRoot!;
    expect(words(root.querySelector('h1'))).toBe('We could not find that post');
    expect(words(root)).toContain('Some posts are shared with the network only');
    expect(root.querySelector('a[href="/learnings"]')).not.toBeNull();

    // Signed in, the post is asked for again with the token.
    api.handler = serve(POST);
    signIn();
    await settle(page);
    expect(calls()).toEqual(['GET /api/v1/learnings/7', 'GET /api/v1/learnings/7']);
    expect(words(root.querySelector('h1'))).toBe(POST.title);
  });

  it('does not ask the server about an address that is not a post', async () => {
    const page = await open('/learnings/not-a-number');
    expect(api.calls).toHaveLength(0);
    expect(words(page.shadowRoot!.querySelector('h1'))).toBe('We could not find that post');
  });

  it('lets a host with several groups say which of them it helped, each named by its place, and take it back', async () => {
    let count = 3;
    api.handler = serve({ ...POST, helpedBy: ['greenfield'] }, (method) => {
      count += method === 'POST' ? 1 : -1;
      return json({ helpedCount: count });
    });
    // The posting group is not offered: a group does not say its own post helped it.
    signIn({ hosts: [EASTHAMPTON, GREENFIELD, NORTHAMPTON] });
    const page = await open();
    const control = page.shadowRoot!.querySelector('hrw-helped-control')!;
    const helped = await inner(control);
    // One toggle, for the group chosen in one list box: never a button per group.
    expect(helped.querySelectorAll('button')).toHaveLength(1);
    const select = helped.querySelector<HTMLSelectElement>('select')!;
    // Each option by its place, the part that differs on a narrow phone; the button says the whole name.
    expect([...select.options].map((option) => words(option))).toEqual(['Easthampton', 'Greenfield (said it helped)']);
    const toggle = () => helped.querySelector('button')!;
    expect([words(toggle()), toggle().getAttribute('aria-pressed')]).toEqual([`This helped ${EASTHAMPTON.name}`, 'false']);
    toggle().focus();
    toggle().click();
    await settle(page);
    expect(api.calls.at(-1)).toMatchObject({ method: 'POST', url: '/api/v1/learnings/7/helped', body: { groupSlug: 'easthampton' } });
    expect(words(helped.querySelector('[role="status"]'))).toBe('Helped 4 groups');
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    expect(helped.activeElement).toBe(toggle());

    select.value = 'greenfield';
    select.dispatchEvent(new Event('change'));
    await control.updateComplete;
    expect([words(toggle()), toggle().getAttribute('aria-pressed')]).toEqual([`This helped ${GREENFIELD.name}`, 'true']);
    toggle().click();
    await settle(page);
    expect(calls().at(-1)).toBe('DELETE /api/v1/learnings/7/helped/greenfield');
    expect(words(helped.querySelector('.count'))).toBe('Helped 3 groups');
    expect(toggle().getAttribute('aria-pressed')).toBe('false');

    // The choice is remembered: the next post starts with the group chosen last.
    page.remove();
    const again = await open();
    const next = await inner(again.shadowRoot!.querySelector('hrw-helped-control'));
    expect(words(next.querySelector('button'))).toBe(`This helped ${GREENFIELD.name}`);
  });

  it('lets a host with one group reply as that group; the reply appears last and takes the focus', async () => {
    const created: Reply = { ...REPLY_FROM_EASTHAMPTON, id: 30, bodyHtml: '<p>A sign helps.</p>', createdAt: '2026-11-08T12:00:00Z', canEdit: true };
    api.handler = serve(POST, () => json(created, 201));
    signIn();
    const page = await open();
    const form = await inner(page.shadowRoot!.querySelector('hrw-reply-form'));
    expect(words(form)).toContain(`Replying as ${EASTHAMPTON.name}.`);
    expect(form.querySelector('select')).toBeNull();
    const text = form.querySelector('textarea')!;
    text.value = 'A sign helps.';
    text.dispatchEvent(new Event('input'));
    form.querySelector('form')!.requestSubmit();
    await settle(page);
    expect(api.calls.at(-1)).toMatchObject({
      method: 'POST',
      url: '/api/v1/learnings/7/replies',
      body: { body: 'A sign helps.', groupSlug: 'easthampton' },
    });
    const items = await replies(page);
    expect(items).toHaveLength(3);
    expect(items[2]!.shadowRoot!.activeElement).toBe(items[2]!.shadowRoot!.querySelector('h3'));
    expect(text.value).toBe('');
    expect(words(page.shadowRoot!.querySelector('p[role="status"]'))).toBe(`Your reply from ${EASTHAMPTON.name} is posted.`);
  });

  it('lets a steward answer as HRH413’s stewards, offered beside their groups by place, which answers the question', async () => {
    const created: Reply = { ...REPLY_FROM_STEWARDS, id: 31, createdAt: '2026-11-08T12:00:00Z' };
    api.handler = serve(POST, () => json(created, 201));
    signIn({ hosts: [EASTHAMPTON, GREENFIELD], steward: true });
    const page = await open();
    const form = await inner(page.shadowRoot!.querySelector('hrw-reply-form'));
    const voice = form.querySelector<HTMLSelectElement>('#reply-voice')!;
    expect([...voice.options].map((option) => option.textContent)).toEqual(['Easthampton', 'Greenfield', 'HRH413 stewards']);
    voice.value = '@stewards';
    voice.dispatchEvent(new Event('change'));
    const text = form.querySelector('textarea')!;
    text.value = 'Ask the venue for a shelf.';
    text.dispatchEvent(new Event('input'));
    form.querySelector('form')!.requestSubmit();
    await settle(page);
    expect(api.calls.at(-1)?.body).toEqual({ body: 'Ask the venue for a shelf.', asStewards: true });
    expect([...page.shadowRoot!.querySelectorAll('.badges li')].map(words)).toContain('Answered');
  });

  it('tells a signed-in person with no group, kindly, that replies come from groups', async () => {
    api.handler = serve(POST);
    signIn({ hosts: [] });
    const page = await open();
    const root = page.shadowRoot!;
    expect(root.querySelector('hrw-reply-form')).toBeNull();
    expect(words(root)).toContain('Replies come from groups rather than from one person');
    expect(root.querySelector('a[href="/groups/new"]')).not.toBeNull();
    // Anyone signed in may still flag.
    expect(root.querySelector('hrw-flag-form')).not.toBeNull();
  });

  it('lets the asking group mark the reply that helped, and unmark it', async () => {
    const marked: Learning = { ...POST, answered: true, canMarkHelpful: true, replies: [{ ...REPLY_FROM_EASTHAMPTON, helpful: true }, REPLY_FROM_STEWARDS] };
    api.handler = serve({ ...POST, canMarkHelpful: true }, (_method, _url, body) =>
      json((body as { replyId: number | null }).replyId === null ? { ...POST, canMarkHelpful: true } : marked),
    );
    signIn({ hosts: [NORTHAMPTON] });
    const page = await open();
    let items = await replies(page);
    const mark = items[0]!.shadowRoot!.querySelector<HTMLButtonElement>('.mark')!;
    expect(words(mark)).toBe('This is the reply that helped');
    expect(mark.getAttribute('aria-pressed')).toBe('false');
    mark.click();
    await settle(page);
    expect(api.calls.at(-1)).toMatchObject({ method: 'PUT', url: '/api/v1/learnings/7/helpful-reply', body: { replyId: 21 } });
    items = await replies(page);
    expect(items[0]!.shadowRoot!.querySelector('.mark')?.getAttribute('aria-pressed')).toBe('true');
    expect(words(page.shadowRoot!.querySelector('p[role="status"]'))).toBe(`Marked: the reply from ${EASTHAMPTON.name} is the one that helped.`);

    items[0]!.shadowRoot!.querySelector<HTMLButtonElement>('.mark')!.click();
    await settle(page);
    expect(api.calls.at(-1)?.body).toEqual({ replyId: null });
  });

  it('edits a reply in place with its revision, and explains when another host changed it first', async () => {
    const mine: Reply = { ...REPLY_FROM_EASTHAMPTON, canEdit: true, revision: 4 };
    let conflict = true;
    api.handler = serve({ ...POST, replies: [mine] }, (_method, _url, body) =>
      conflict ? problem(409, { title: 'Conflict' }) : json({ ...mine, ...(body as object), bodyHtml: '<p>A kit by the door.</p>', revision: 5, editedAt: '2026-11-09T12:00:00Z' }),
    );
    signIn();
    const page = await open();
    const [item] = await replies(page);
    const itemRoot = item!.shadowRoot!;
    expect(itemRoot.querySelector('hrw-flag-form')).toBeNull();
    button(itemRoot, 'Edit').click();
    await settle(page);
    const form = await inner(itemRoot.querySelector('hrw-reply-form'));
    const text = form.querySelector('textarea')!;
    expect(text.value).toBe(mine.body);
    expect(form.activeElement).toBe(text);
    text.value = 'A kit by the door.';
    text.dispatchEvent(new Event('input'));
    form.querySelector('form')!.requestSubmit();
    await settle(page);
    expect(api.calls.at(-1)).toMatchObject({ method: 'PUT', url: '/api/v1/learnings/7/replies/21', body: { body: 'A kit by the door.', revision: 4 } });
    expect(words(form.querySelector('.field-error'))).toContain('Someone else changed this while you were editing');
    expect(text.value).toBe('A kit by the door.');

    conflict = false;
    form.querySelector('form')!.requestSubmit();
    await settle(page);
    expect(itemRoot.querySelector('hrw-reply-form')).toBeNull();
    expect(words(itemRoot.querySelector('.body'))).toBe('A kit by the door.');
    expect(words(itemRoot.querySelector('.meta'))).toContain('edited');
    expect(itemRoot.activeElement).toBe(itemRoot.querySelector('.edit'));
  });

  it('deletes a reply after asking, then shows the replies as the server has them', async () => {
    const mine: Reply = { ...REPLY_FROM_EASTHAMPTON, canEdit: true };
    let deleted = false;
    api.handler = (method) => {
      if (method === 'DELETE') {
        deleted = true;
        return new Response(null, { status: 204 });
      }
      return json({ ...POST, replyCount: deleted ? 1 : 2, replies: deleted ? [REPLY_FROM_STEWARDS] : [mine, REPLY_FROM_STEWARDS] });
    };
    signIn();
    const page = await open();
    const [item] = await replies(page);
    button(item!.shadowRoot!, 'Delete').click();
    await settle(page);
    expect(words(item!.shadowRoot!.querySelector('#confirm-delete'))).toContain('Delete this reply?');
    expect(item!.shadowRoot!.activeElement).toBe(item!.shadowRoot!.querySelector('#confirm-delete'));
    button(item!.shadowRoot!, 'Delete').click();
    await settle(page);
    expect(calls()).toEqual(['GET /api/v1/learnings/7', 'DELETE /api/v1/learnings/7/replies/21', 'GET /api/v1/learnings/7']);
    expect(await replies(page)).toHaveLength(1);
    expect(page.shadowRoot!.activeElement).toBe(page.shadowRoot!.querySelector('#replies-heading'));
  });

  it('lets anyone signed in flag the post or a reply, with a reason of at least five characters', async () => {
    api.handler = serve(POST, () => new Response(null, { status: 202 }));
    signIn();
    const page = await open();
    const flag = await inner(page.shadowRoot!.querySelector('hrw-flag-form'));
    button(flag, 'Flag').click();
    await settle(page);
    expect(words(flag)).toContain('When 3 groups flag something, it is hidden until a steward looks at it.');
    const reason = flag.querySelector('textarea')!;
    expect(flag.activeElement).toBe(reason);
    reason.value = 'rude';
    reason.dispatchEvent(new Event('input'));
    flag.querySelector('form')!.requestSubmit();
    await settle(page);
    expect(words(flag.querySelector('.field-error'))).toContain('Write at least 5 characters');
    expect(api.calls).toHaveLength(1);

    reason.value = 'It names a member of our group.';
    reason.dispatchEvent(new Event('input'));
    flag.querySelector('form')!.requestSubmit();
    await settle(page);
    expect(api.calls.at(-1)).toMatchObject({ method: 'POST', url: '/api/v1/learnings/7/flags', body: { reason: 'It names a member of our group.' } });
    expect(words(flag.querySelector('[role="status"]'))).toBe('Thank you. The stewards will look at this post.');

    const [item] = await replies(page);
    const replyFlag = await inner(item!.shadowRoot!.querySelector('hrw-flag-form'));
    button(replyFlag, 'Flag').click();
    await settle(page);
    const replyReason = replyFlag.querySelector('textarea')!;
    replyReason.value = 'This is an advertisement.';
    replyReason.dispatchEvent(new Event('input'));
    replyFlag.querySelector('form')!.requestSubmit();
    await settle(page);
    expect(api.calls.at(-1)).toMatchObject({ url: '/api/v1/learnings/7/replies/21/flags', body: { reason: 'This is an advertisement.' } });
  });

  it('shows a steward a hidden post and a deleted reply, with why, and takes no new replies on it', async () => {
    api.handler = serve({
      ...POST,
      status: 'hidden',
      hiddenReason: 'Names a member of a group.',
      replies: [{ ...REPLY_FROM_EASTHAMPTON, status: 'deleted' }],
    });
    signIn({ hosts: [], steward: true });
    const page = await open();
    const root = page.shadowRoot!;
    const status = words(root.querySelector('[role="note"]'));
    expect(status).toContain('This post is hidden.');
    expect(status).toContain('Why: Names a member of a group.');
    expect(root.querySelector('[role="note"] a[href="/learnings/review"]')).not.toBeNull();
    expect(root.querySelector('hrw-reply-form')).toBeNull();
    expect(root.querySelector('hrw-flag-form')).toBeNull();
    const [item] = await replies(page);
    expect(words(item!.shadowRoot!.querySelector('.alert'))).toContain('Its group deleted this reply.');
  });

  it('lets the posting group edit the post on its own page, or delete it after asking', async () => {
    api.handler = serve({ ...POST, canEdit: true }, () => new Response(null, { status: 204 }));
    signIn({ hosts: [NORTHAMPTON] });
    const page = await open();
    const root = page.shadowRoot!;
    expect(root.querySelector('a[href="/learnings/7/edit"]')).not.toBeNull();
    expect(root.querySelector('hrw-flag-form')).toBeNull();
    button(root, 'Delete the post').click();
    await settle(page);
    expect(root.activeElement).toBe(root.querySelector('#confirm-delete'));
    button(root, 'Delete the post').click();
    await settle(page);
    expect(calls().at(-1)).toBe('DELETE /api/v1/learnings/7');
    expect(words(root.querySelector('h1'))).toBe('The post is deleted');
    expect(root.activeElement).toBe(root.querySelector('h1'));
  });

  it('says clearly when the post did not load, and tries again', async () => {
    api.handler = () => problem(503);
    const page = await open();
    const root = page.shadowRoot!;
    expect(words(root.querySelector('[role="alert"]'))).toContain('The post did not load.');
    api.handler = serve(POST);
    button(root, 'Try again').click();
    await settle(page);
    expect(words(root.querySelector('h1'))).toBe(POST.title);
  });
});
