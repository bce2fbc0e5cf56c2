import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest, setAccessTokenSource } from '../../src/api/client.js';

function respond(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected the request to fail');
}

afterEach(() => {
  vi.unstubAllGlobals();
  setAccessTokenSource(() => undefined);
});

describe('apiRequest', () => {
  it('returns the JSON body and sends the bearer token only when signed in', async () => {
    const fetchMock = vi.fn(async () => respond(200, { displayName: 'Alex' }));
    vi.stubGlobal('fetch', fetchMock);

    await apiRequest('/api/v1/config');
    setAccessTokenSource(() => 'token-123');
    const me = await apiRequest<{ displayName: string }>('/api/v1/me');

    expect(me.displayName).toBe('Alex');
    const [firstHeaders, secondHeaders] = fetchMock.mock.calls.map((call) => (call as unknown[])[1] as RequestInit);
    expect(new Headers(firstHeaders?.headers).has('Authorization')).toBe(false);
    expect(new Headers(secondHeaders?.headers).get('Authorization')).toBe('Bearer token-123');
  });

  it('turns a validation problem into an ApiError with its violations', async () => {
    vi.stubGlobal('fetch', async () =>
      respond(
        400,
        {
          type: 'https://hrw.example/problems/validation',
          title: 'Some details need another look',
          status: 400,
          detail: 'Two fields are not valid.',
          violations: [
            { field: 'name', message: 'must not be blank' },
            { field: 'minutes', message: 'must be at most 90' },
            { unexpected: true },
          ],
        },
        'application/problem+json',
      ),
    );

    const error = await failureOf(apiRequest('/api/v1/groups', { method: 'POST', body: {} }));

    expect(error.status).toBe(400);
    expect(error.title).toBe('Some details need another look');
    expect(error.detail).toBe('Two fields are not valid.');
    expect(error.violations).toEqual([
      { field: 'name', message: 'must not be blank' },
      { field: 'minutes', message: 'must be at most 90' },
    ]);
    expect(error.isUnavailable).toBe(false);
  });

  it('marks a 503 problem as unavailable', async () => {
    vi.stubGlobal('fetch', async () =>
      respond(503, { title: 'Sign-in unavailable', status: 503 }, 'application/problem+json; charset=utf-8'),
    );

    const error = await failureOf(apiRequest('/api/v1/me'));

    expect(error.status).toBe(503);
    expect(error.detail).toBeNull();
    expect(error.violations).toEqual([]);
    expect(error.isUnavailable).toBe(true);
  });

  it('does not read problem fields out of an ordinary error body', async () => {
    vi.stubGlobal('fetch', async () => respond(500, { title: 'java.lang.NullPointerException' }, 'application/json'));

    const error = await failureOf(apiRequest('/api/v1/me'));

    expect(error.status).toBe(500);
    expect(error.title).not.toContain('java');
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });

    const error = await failureOf(apiRequest('/api/v1/config'));

    expect(error.status).toBe(0);
    expect(error.isUnavailable).toBe(true);
  });
});
