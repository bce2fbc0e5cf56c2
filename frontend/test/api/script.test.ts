import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, setAccessTokenSource } from '../../src/api/client.js';
import {
  STALE_EDIT,
  addDraftSection,
  changesUrl,
  draftPreviewUrl,
  draftSectionUrl,
  fetchChanges,
  fetchScript,
  fetchScriptVersion,
  fetchVersions,
  isStaleEdit,
  publishDraft,
  removeDraftSection,
  scriptUrl,
  updateDraftSection,
  versionsUrl,
  violationMessages,
} from '../../src/api/script.js';

function respond(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

function stubFetch(response: () => Response) {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => response());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function call(fetchMock: ReturnType<typeof stubFetch>, index = 0) {
  const [url, init] = fetchMock.mock.calls[index] as [string, RequestInit];
  return { url, init, headers: new Headers(init.headers), body: init.body ? JSON.parse(String(init.body)) : undefined };
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

describe('script URLs', () => {
  it('builds the current script and its downloads, leaving out what is not asked for', () => {
    expect(scriptUrl()).toBe('/api/v1/script');
    expect(scriptUrl({ meeting: 'focused', lang: 'es' })).toBe('/api/v1/script?meeting=focused&lang=es');
    expect(scriptUrl({ meeting: 'open', lang: 'en', format: 'pdf', paper: 'a4' })).toBe(
      '/api/v1/script?meeting=open&lang=en&format=pdf&paper=a4',
    );
    expect(scriptUrl({ lang: 'en', format: 'markdown', paper: 'a4' })).toBe('/api/v1/script?lang=en&format=markdown');
    expect(scriptUrl({ meeting: 'open', format: 'html' }, 3)).toBe('/api/v1/script/versions/3?meeting=open&format=html');
  });

  it('builds the history, changes and draft addresses, escaping keys', () => {
    expect(versionsUrl()).toBe('/api/v1/script/versions?page=0&size=20');
    expect(versionsUrl(2, 5)).toBe('/api/v1/script/versions?page=2&size=5');
    expect(changesUrl(2, 1, 'es')).toBe('/api/v1/script/versions/2/changes?from=1&lang=es');
    expect(draftSectionUrl(7, 'en')).toBe('/api/v1/script/drafts/7/sections/en');
    expect(draftSectionUrl(7, 'en', 'a b/c')).toBe('/api/v1/script/drafts/7/sections/en/a%20b%2Fc');
    expect(draftSectionUrl(7, 'es', 'closing', 4)).toBe('/api/v1/script/drafts/7/sections/es/closing?revision=4');
    expect(draftPreviewUrl(7, { meeting: 'focused', lang: 'es' })).toBe(
      '/api/v1/script/drafts/7/preview?meeting=focused&lang=es&format=json',
    );
  });
});

describe('public reads', () => {
  it('never send the sign-in token, so the service worker may keep them', async () => {
    setAccessTokenSource(() => 'token-123');
    const fetchMock = stubFetch(() => respond(200, { items: [], page: 0, size: 20, total: 0 }));

    await fetchScript({ meeting: 'open', lang: 'en' });
    await fetchScriptVersion(1, { lang: 'es' });
    await fetchVersions();
    await fetchChanges(2, 1, 'en');

    expect(fetchMock.mock.calls.map((_, i) => call(fetchMock, i).url)).toEqual([
      '/api/v1/script?meeting=open&lang=en',
      '/api/v1/script/versions/1?lang=es',
      '/api/v1/script/versions?page=0&size=20',
      '/api/v1/script/versions/2/changes?from=1&lang=en',
    ]);
    for (let i = 0; i < 4; i++) {
      expect(call(fetchMock, i).headers.has('Authorization')).toBe(false);
    }
  });

  it('reports a missing script as a 404 ApiError with the server’s words', async () => {
    stubFetch(() =>
      respond(
        404,
        { type: 'urn:hrw:problem:not-found', title: 'Not found', status: 404, detail: 'No version of the script has been published yet.' },
        'application/problem+json',
      ),
    );
    const error = await failureOf(fetchScript());
    expect(error.status).toBe(404);
    expect(error.detail).toBe('No version of the script has been published yet.');
  });
});

describe('steward calls', () => {
  it('send the token, the revision read, and only the fields the server accepts', async () => {
    setAccessTokenSource(() => 'token-123');
    const fetchMock = stubFetch(() => respond(200, { key: 'closing', revision: 5 }));
    const section = { key: 'closing', title: 'Closing', audience: 'all', kind: 'read-aloud', minutes: 3, body: 'Thanks.', revision: 4 } as const;

    await updateDraftSection(7, 'en', 'closing', section, 4);

    const { url, init, headers, body } = call(fetchMock);
    expect(url).toBe('/api/v1/script/drafts/7/sections/en/closing');
    expect(init.method).toBe('PUT');
    expect(headers.get('Authorization')).toBe('Bearer token-123');
    expect(body).toEqual({ title: 'Closing', audience: 'all', kind: 'read-aloud', minutes: 3, body: 'Thanks.', revision: 4 });
  });

  it('adds a section after another one, or at the start when none is named', async () => {
    const fetchMock = stubFetch(() => respond(201, { key: 'poem', revision: 0 }));
    const fields = { title: 'A poem', audience: 'all', kind: 'read-aloud', minutes: 2, body: 'Words.' } as const;

    await addDraftSection(7, 'es', { key: 'poem', ...fields, afterKey: 'opening' });
    await addDraftSection(7, 'es', { key: 'poem', ...fields, afterKey: '' });

    expect(call(fetchMock, 0).body).toEqual({ key: 'poem', ...fields, afterKey: 'opening' });
    expect(call(fetchMock, 1).body).toEqual({ key: 'poem', ...fields });
    expect(call(fetchMock, 1).url).toBe('/api/v1/script/drafts/7/sections/es');
  });

  it('removes a section with its revision and publishes with the draft’s', async () => {
    const fetchMock = stubFetch(() => respond(204, null));
    await removeDraftSection(7, 'en', 'closing', 9);
    expect(call(fetchMock).url).toBe('/api/v1/script/drafts/7/sections/en/closing?revision=9');
    expect(call(fetchMock).init.method).toBe('DELETE');

    const publishMock = stubFetch(() => respond(201, { number: 2, publishedAt: 'x', summary: 's', languages: ['en'] }));
    const version = await publishDraft(7, 'A gentler welcome.', 12);
    expect(version.number).toBe(2);
    expect(call(publishMock).body).toEqual({ summary: 'A gentler welcome.', revision: 12 });
  });

  it('recognises a stale edit, and only that, as someone else saving first', async () => {
    stubFetch(() =>
      respond(
        409,
        { type: STALE_EDIT, title: 'Edit conflict', status: 409, detail: 'Someone else changed the section "closing" since you loaded it.' },
        'application/problem+json',
      ),
    );
    const stale = await failureOf(updateDraftSection(7, 'en', 'closing', { title: 't', audience: 'all', kind: 'read-aloud', minutes: 1, body: '' }, 1));
    expect(isStaleEdit(stale)).toBe(true);

    stubFetch(() =>
      respond(
        409,
        {
          type: 'urn:hrw:problem:conflict',
          title: 'Conflict',
          status: 409,
          detail: 'This draft cannot be published yet: a open meeting in English adds up to 40 minutes, not 60-90.',
        },
        'application/problem+json',
      ),
    );
    const notPublishable = await failureOf(publishDraft(7, 'Summary', 3));
    expect(isStaleEdit(notPublishable)).toBe(false);
    expect(notPublishable.detail).toContain('adds up to 40 minutes');
    expect(isStaleEdit(new Error('no'))).toBe(false);
  });
});

describe('violationMessages', () => {
  it('keys messages by the last part of the field path and joins repeats', () => {
    expect(
      violationMessages([
        { field: 'body', message: 'must be Markdown without raw HTML' },
        { field: 'request.title', message: 'must not be blank' },
        { field: 'title', message: 'size must be between 0 and 200' },
      ]),
    ).toEqual({
      body: 'must be Markdown without raw HTML',
      title: 'must not be blank; size must be between 0 and 200',
    });
  });
});
