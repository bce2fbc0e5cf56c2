import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, button, cleanUp, fakeSession, json, openPage, problem, settle, stubFetch, words } from '../../exercises/fixtures.js';
import { FLAGGED_POST, HIDDEN_REPLY } from '../../learnings/form-fixtures.js';

vi.mock('../../../src/auth/session.js', async () => ({ session: (await import('../../exercises/fixtures.js')).fakeSession }));

const { flaggingInWords } = await import('../../../src/pages/learnings/hrw-learning-review.js');

beforeEach(stubFetch);
afterEach(cleanUp);

const open = () => openPage('hrw-learning-review', '/learnings/review');
const queue = (items: unknown[]) => json({ items, page: 0, size: 20, total: items.length });

function decisions(root: ShadowRoot) {
  return [...root.querySelectorAll('hrw-moderation-decision')].map((element) => element.shadowRoot!);
}

describe('the moderation queue', () => {
  it('tells someone who is not a steward what it is for, and asks nothing', async () => {
    fakeSession.set({ status: 'signed-in', displayName: 'Alex', steward: false });
    const review = await open();
    expect(words(review.shadowRoot)).toContain('this account is not a steward’s');
    expect(api.calls).toEqual([]);
  });

  it('shows each flagged item with its group, status and the reasons given, never who gave them', async () => {
    api.handler = () => queue([FLAGGED_POST, HIDDEN_REPLY]);
    fakeSession.set({ status: 'signed-in', displayName: 'Ana', steward: true });
    const review = await open();
    const root = review.shadowRoot!;
    expect(api.calls.map((call) => call.url)).toEqual(['/api/v1/review/learnings?page=0']);
    const [post, reply] = [...root.querySelectorAll('.queue > li')];
    expect(words(post!.querySelector('h2'))).toBe('Which clinics to avoid');
    expect(words(post!.querySelector('.badges'))).toBe('Post Visible');
    expect(words(post)).toContain('From Harm Reduction Works-HRW Northampton');
    expect(words(post)).toContain('The clinic on Main Street turned two of our members away.');
    // The text as written, its list a list: not flattened to "- call ahead - bring a friend".
    expect([...post!.querySelectorAll('blockquote li')].map((li) => words(li))).toEqual(['call ahead', 'bring a friend']);
    expect(words(post)).toContain('Flagged by 2 groups.');
    expect([...post!.querySelectorAll('.flags li')].map((li) => words(li))).toEqual([
      'Names a worker at the clinic (Nov 4, 2026)',
      'Could identify a member (Nov 5, 2026)',
    ]);
    expect(post!.querySelector('a')?.getAttribute('href')).toBe('/learnings/42');

    expect(words(reply!.querySelector('h2'))).toBe('Reply to “Naloxone at every meeting”');
    expect(words(reply!.querySelector('.badges'))).toBe('Reply Hidden');
    expect(words(reply)).toContain('Flagged by 3 groups, so it is hidden until a steward decides.');
    expect(reply!.querySelector('a')?.getAttribute('href')).toBe('/learnings/7');

    const [postChoices, replyChoices] = decisions(root);
    expect([...postChoices!.querySelectorAll('button')].map((b) => words(b))).toEqual([
      'Hide “Which clinics to avoid”…',
      'Keep it visible “Which clinics to avoid”…',
    ]);
    expect([...replyChoices!.querySelectorAll('button')].map((b) => words(b))).toEqual([
      'Restore the reply to “Naloxone at every meeting”…',
      'Keep it hidden the reply to “Naloxone at every meeting”…',
    ]);
  });

  it('says apart the flags from people who host no group, which do not hide it', () => {
    expect(flaggingInWords({ flaggingGroups: 0, flags: [], status: 'visible' })).toBe('No open flags');
    const flag = { reason: 'Unkind', createdAt: '2026-11-04T12:00:00Z' };
    expect(flaggingInWords({ flaggingGroups: 0, flags: [flag], status: 'visible' })).toBe(
      '1 open flag from people who host no group (these do not hide it)',
    );
    expect(flaggingInWords({ flaggingGroups: 1, flags: [flag, flag], status: 'visible' })).toBe('Flagged by 1 group');
  });

  it('hides only with a reason, and keeps the hidden item in the queue with that reason', async () => {
    api.handler = (method) => (method === 'GET' ? queue([FLAGGED_POST, HIDDEN_REPLY]) : new Response(null, { status: 204 }));
    fakeSession.set({ status: 'signed-in', displayName: 'Ana', steward: true });
    const review = await open();
    const root = review.shadowRoot!;
    const choices = decisions(root)[0]!;
    button(choices, 'Hide').click();
    await settle(review);
    expect(words(choices.querySelector('label'))).toBe('Why it is hidden');
    expect(choices.activeElement?.id).toBe('reason');
    choices.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle(review);
    expect(words(choices.querySelector('#reason-error'))).toContain('Write a few words about why');
    expect(api.calls.filter((call) => call.method === 'POST')).toEqual([]);

    const reason = choices.querySelector<HTMLTextAreaElement>('#reason')!;
    reason.value = 'Names a worker; please share it without the name.';
    reason.dispatchEvent(new Event('input'));
    choices.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle(review);

    expect(api.calls.at(-1)).toMatchObject({
      method: 'POST',
      url: '/api/v1/review/learnings/posts/42/hide',
      body: { reason: 'Names a worker; please share it without the name.' },
    });
    expect(words(root.querySelector('.status'))).toBe('“Which clinics to avoid” is hidden. The hosts of its group can see why.');
    expect(root.activeElement).toBe(root.querySelector('.status'));
    const post = root.querySelector('.queue > li')!;
    expect(words(post.querySelector('.badges'))).toBe('Post Hidden');
    expect(words(post)).toContain('No open flags.');
    expect(words(post)).toContain('Hidden because: Names a worker; please share it without the name.');
    expect(post.querySelector('.flags')).toBeNull();
    expect(words(decisions(root)[0]!.querySelector('button'))).toBe('Restore “Which clinics to avoid”…');
  });

  it('restores a reply with a reason, which takes it out of the queue, and says what went wrong otherwise', async () => {
    api.handler = (method) => (method === 'GET' ? queue([FLAGGED_POST, HIDDEN_REPLY]) : problem(409, { title: 'Conflict', detail: 'Its group deleted it meanwhile.' }));
    fakeSession.set({ status: 'signed-in', displayName: 'Ana', steward: true });
    const review = await open();
    const root = review.shadowRoot!;
    const choices = decisions(root)[1]!;
    button(choices, 'Restore').click();
    await settle(review);
    const reason = choices.querySelector<HTMLTextAreaElement>('#reason')!;
    reason.value = 'An ordinary link to where we buy it; not an advert.';
    reason.dispatchEvent(new Event('input'));
    choices.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle(review);
    expect(api.calls.at(-1)).toMatchObject({ method: 'POST', url: '/api/v1/review/learnings/replies/42/restore' });
    const alert = root.querySelector('.alert[role="alert"]')!;
    expect(words(alert)).toContain('The reply to “Naloxone at every meeting”: Its group deleted it meanwhile.');
    expect(root.activeElement).toBe(alert);
    expect(choices.querySelector<HTMLTextAreaElement>('#reason')?.value).toBe('An ordinary link to where we buy it; not an advert.');

    api.handler = () => new Response(null, { status: 204 });
    choices.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle(review);
    expect(root.querySelectorAll('.queue > li')).toHaveLength(1);
    expect(words(root.querySelector('.status'))).toBe('The reply to “Naloxone at every meeting” is visible, and its flags are cleared.');
  });
});
