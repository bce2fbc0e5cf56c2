import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReviewCounts } from '../../../src/api/review.js';
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

await import('../../../src/pages/steward/hrw-steward-dashboard.js');
const { showLocale } = await import('../../../src/i18n/locale.js');

const COUNTS: ReviewCounts = { groups: 2, exercises: 0, flaggedLearnings: 1, questions: 0, scriptDrafts: 1, total: 4 };

let answer: () => Response;
const calls: string[] = [];

beforeEach(() => {
  calls.length = 0;
  answer = () => new Response(JSON.stringify(COUNTS), { headers: { 'Content-Type': 'application/json' } });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return answer();
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  fakeSession.set({ status: 'signed-out', displayName: null, steward: false });
});

async function renderDashboard() {
  const reported: ReviewCounts[] = [];
  document.body.addEventListener('hrw-review-counts', (event) =>
    reported.push((event as Event & { counts: ReviewCounts }).counts),
  );
  const page = document.createElement('hrw-steward-dashboard');
  document.body.append(page);
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await page.updateComplete;
  }
  return { page, root: page.shadowRoot!, reported };
}

function queue(root: ShadowRoot, name: string) {
  const item = root.querySelector(`li[data-queue="${name}"]`)!;
  return {
    link: item.querySelector('h2 a')!,
    count: item.querySelector('.count')?.textContent?.trim(),
    about: item.querySelector('.about')?.textContent?.trim(),
  };
}

describe('hrw-steward-dashboard', () => {
  it('lists every queue with its count, what it is for and the way in', async () => {
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', steward: true });
    const { root } = await renderDashboard();

    expect(calls).toEqual(['/api/v1/review']);
    expect(root.querySelector('.lead')?.textContent?.trim()).toBe('4 things are waiting for a steward.');
    const links = [...root.querySelectorAll('.queues h2 a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['New groups to review', '/groups/review'],
      ['Suggested exercises', '/exercises/review'],
      ['Flagged learnings', '/learnings/review'],
      ['Questions for HRH413', '/learnings/questions'],
      ['Script drafts', '/script/drafts'],
    ]);
    expect(queue(root, 'groups').count).toBe('2 waiting');
    expect(queue(root, 'flaggedLearnings').count).toBe('1 waiting');
    expect(queue(root, 'scriptDrafts').count).toBe('1 draft open');
    expect(queue(root, 'questions').about).toContain('Answer as the stewards');
  });

  it('says so kindly when a queue is empty', async () => {
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', steward: true });
    const { root } = await renderDashboard();

    expect(queue(root, 'exercises').count).toBe('No suggestions waiting.');
    expect(queue(root, 'questions').count).toBe('Every question has an answer.');
    expect(root.querySelector('li[data-queue="exercises"] .count')?.classList.contains('none')).toBe(true);
  });

  it('thanks the steward when nothing at all is waiting', async () => {
    answer = () =>
      new Response(JSON.stringify({ groups: 0, exercises: 0, flaggedLearnings: 0, questions: 0, scriptDrafts: 0, total: 0 }), {
        headers: { 'Content-Type': 'application/json' },
      });
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', steward: true });
    const { root } = await renderDashboard();

    expect(root.querySelector('.lead')?.textContent?.trim()).toBe('Nothing is waiting right now. Thank you for keeping up.');
    expect(queue(root, 'scriptDrafts').count).toBe('No draft open.');
  });

  it('reports the counts it read, so the header shows the same total', async () => {
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', steward: true });
    const { reported } = await renderDashboard();

    expect(reported).toEqual([COUNTS]);
  });

  it('says plainly when the counts did not load, and tries again', async () => {
    answer = () => new Response('', { status: 503, statusText: 'Service Unavailable' });
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', steward: true });
    const { page, root } = await renderDashboard();

    expect(root.querySelector('[role="alert"]')?.textContent).toContain('The counts did not load.');
    answer = () => new Response(JSON.stringify(COUNTS), { headers: { 'Content-Type': 'application/json' } });
    root.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await page.updateComplete;
    }
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(queue(root, 'groups').count).toBe('2 waiting');
  });

  it('asks nothing of the server for someone who is not a steward, and says where to go instead', async () => {
    fakeSession.set({ status: 'signed-in', displayName: 'Alex', steward: false });
    const { root } = await renderDashboard();

    expect(calls).toEqual([]);
    expect(root.textContent).toContain('this account is not a steward’s');
    expect(root.querySelector('a[href="/groups"]')).not.toBeNull();
  });

  describe('in Spanish', () => {
    afterEach(async () => {
      await showLocale('en', { remember: false });
    });

    it('counts in Spanish, one thing apart from several', async () => {
      await showLocale('es', { remember: false });
      fakeSession.set({ status: 'signed-in', displayName: 'Sam', steward: true });
      const { root } = await renderDashboard();

      expect(root.querySelector('h1')?.textContent).toBe('Custodios');
      expect(root.querySelector('.lead')?.textContent?.trim()).toBe('Hay 4 cosas esperando a un custodio.');
      expect(queue(root, 'groups').count).toBe('2 en espera');
      expect(queue(root, 'scriptDrafts').count).toBe('1 borrador abierto');
      expect(queue(root, 'exercises').count).toBe('No hay sugerencias en espera.');
      expect(queue(root, 'questions').link.textContent).toBe('Preguntas para HRH413');
    });

    it('says one thing is waiting in the singular', async () => {
      answer = () =>
        new Response(JSON.stringify({ groups: 0, exercises: 0, flaggedLearnings: 0, questions: 0, scriptDrafts: 1, total: 1 }), {
          headers: { 'Content-Type': 'application/json' },
        });
      await showLocale('es', { remember: false });
      fakeSession.set({ status: 'signed-in', displayName: 'Sam', steward: true });
      const { root } = await renderDashboard();

      expect(root.querySelector('.lead')?.textContent?.trim()).toBe('Hay 1 cosa esperando a un custodio.');
    });

    it('tells someone who is not a steward, by name, in one Spanish sentence', async () => {
      await showLocale('es', { remember: false });
      fakeSession.set({ status: 'signed-in', displayName: 'Alex', steward: false });
      const { root } = await renderDashboard();

      expect(root.textContent?.replace(/\s+/g, ' ')).toContain(
        'Iniciaste sesión como Alex, y esta cuenta no es de un custodio, así que aquí no hay nada esperándote.',
      );
    });
  });
});
