import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HrwApp } from '../src/app-index.js';
import type { SessionState } from '../src/auth/session.js';

const fakeSession = vi.hoisted(() => {
  class FakeSession extends EventTarget {
    state: SessionState = { status: 'signed-out', displayName: null, steward: false, hosts: [], notice: null };
    set(state: Partial<SessionState>) {
      this.state = { ...this.state, ...state };
      this.dispatchEvent(new Event('change'));
    }
    async restore() {}
    async signIn() {}
    async signOut() {}
  }
  return new FakeSession();
});
vi.mock('../src/auth/session.js', () => ({ session: fakeSession }));

let app: HrwApp;
let total = 4;
const asked: string[] = [];

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    await app.updateComplete;
  }
}

function stewardsLink(): HTMLAnchorElement | null {
  return app.querySelector('hrw-account-controls')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="/steward"]');
}

function navigate(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

beforeAll(async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      asked.push(url);
      if (url === '/api/v1/review') {
        const counts = { groups: total, exercises: 0, flaggedLearnings: 0, questions: 0, scriptDrafts: 0, total };
        return new Response(JSON.stringify(counts), { headers: { 'Content-Type': 'application/json' } });
      }
      return new Response('{}', { status: 404, headers: { 'Content-Type': 'application/json' } });
    }),
  );
  window.history.replaceState(null, '', '/hosting');
  await import('../src/app-index.js');
  app = document.createElement('hrw-app');
  document.body.append(app);
  await settle();
});

afterAll(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('the header’s Stewards entry', () => {
  it('is not there, and nothing is asked, for someone who is not a steward', async () => {
    fakeSession.set({ status: 'signed-in', displayName: 'Alex', steward: false });
    await settle();

    expect(stewardsLink()).toBeNull();
    expect(asked.filter((url) => url === '/api/v1/review')).toEqual([]);
  });

  it('says how much waits once a steward signs in', async () => {
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', steward: true });
    await settle();

    expect(stewardsLink()?.getAttribute('aria-label')).toBe('Stewards, 4 waiting');
  });

  it('asks again on the next page a steward opens, so a decision shows', async () => {
    total = 3;
    navigate('/groups/review');
    await settle();

    expect(stewardsLink()?.getAttribute('aria-label')).toBe('Stewards, 3 waiting');
  });

  it('takes the dashboard’s own count instead of asking twice', async () => {
    total = 2;
    const before = asked.filter((url) => url === '/api/v1/review').length;
    navigate('/steward');
    await settle();

    expect(asked.filter((url) => url === '/api/v1/review').length).toBe(before + 1);
    expect(stewardsLink()?.getAttribute('aria-label')).toBe('Stewards, 2 waiting');
  });

  it('goes away at sign-out', async () => {
    fakeSession.set({ status: 'signed-out', displayName: null, steward: false });
    await settle();

    expect(stewardsLink()).toBeNull();
  });
});
