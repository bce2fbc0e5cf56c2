import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAccessTokenSource } from '../../src/api/client.js';
import { fetchExercise, fetchUsage } from '../../src/api/exercises.js';

afterEach(() => {
  vi.unstubAllGlobals();
  setAccessTokenSource(() => undefined);
});

describe('an exercise and its usage', () => {
  it('are asked with the same credentials, so a suggestion its viewer may see has usage they may see too', async () => {
    const sent: (string | null)[] = [];
    vi.stubGlobal('fetch', async (_input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(new Headers(init?.headers).get('Authorization'));
      return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    setAccessTokenSource(() => 'steward-token');
    await fetchExercise('my-fathers-steps');
    await fetchUsage('my-fathers-steps');
    expect(sent).toEqual(['Bearer steward-token', 'Bearer steward-token']);
  });
});
