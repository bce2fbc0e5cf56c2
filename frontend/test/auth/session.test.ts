import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Session, signInUnavailable } from '../../src/auth/session.js';

/** The language the web app shows, as the session reads it. */
const shown = vi.hoisted(() => ({ locale: 'en' as 'en' | 'es' }));
vi.mock('../../src/i18n/locale.js', async (original) => ({
  ...(await original<typeof import('../../src/i18n/locale.js')>()),
  currentLocale: () => shown.locale,
}));

const config = {
  siteName: 'Harm Reduction Works-HRW',
  oidc: { authority: 'http://idp.test/realms/hrw', clientId: 'hrw-web', scope: 'openid profile email' },
};

function json(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

/** What oidc-client-ts leaves in sessionStorage after a sign-in. */
function storeSignedInUser(accessToken: string, { sub = 'host-1', expiresIn = 300 } = {}): void {
  window.sessionStorage.setItem(
    `oidc.user:${config.oidc.authority}:${config.oidc.clientId}`,
    JSON.stringify({
      access_token: accessToken,
      refresh_token: `refresh-${accessToken}`,
      token_type: 'Bearer',
      scope: config.oidc.scope,
      profile: { sub, iss: config.oidc.authority, aud: 'hrw-web', exp: 0, iat: 0 },
      expires_at: Math.floor(Date.now() / 1000) + expiresIn,
    }),
  );
}

const ALEX = { displayName: 'Alex', steward: false, hosts: [{ slug: 'holyoke-example', name: 'Holyoke', timeZone: 'America/New_York' }] };

/** The network as the page sees it with the service worker: the kept config answers, nothing else does. */
function offline() {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    if (String(input) === '/api/v1/config') {
      return json(200, config);
    }
    throw new TypeError('Failed to fetch');
  });
}

function online(me: unknown = ALEX) {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => (String(input) === '/api/v1/config' ? json(200, config) : json(200, me)));
}

/** Signed in online once in this tab, so the backend confirmed the account. */
async function confirmedOnline(): Promise<void> {
  storeSignedInUser('token-abc');
  online();
  await new Session().restore();
}

beforeEach(() => {
  window.sessionStorage.clear();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Session', () => {
  it('stays signed out without contacting anyone when nobody signed in before', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const session = new Session();

    await session.restore();

    expect(session.state.status).toBe('signed-out');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('restores an earlier sign-in and asks the backend who it is with the bearer token', async () => {
    storeSignedInUser('token-abc');
    const seen: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input);
      if (path === '/api/v1/config') {
        return json(200, config);
      }
      seen.push(new Headers(init?.headers).get('Authorization') ?? 'none');
      return json(200, { displayName: 'Alex', steward: false, hosts: [{ slug: 'northampton', name: 'Northampton' }] });
    });
    const session = new Session();

    await session.restore();

    expect(seen).toEqual(['Bearer token-abc']);
    expect(session.state).toMatchObject({ status: 'signed-in', displayName: 'Alex', notice: null });
    expect(session.state.hosts).toEqual([{ slug: 'northampton', name: 'Northampton' }]);
  });

  it('forgets a token the backend no longer accepts', async () => {
    storeSignedInUser('stale');
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
      String(input) === '/api/v1/config'
        ? json(200, config)
        : json(401, { title: 'Not signed in', status: 401 }, 'application/problem+json'),
    );
    const session = new Session();

    await session.restore();

    expect(session.state).toMatchObject({ status: 'signed-out', notice: null });
    expect(window.sessionStorage.length).toBe(0);
  });

  it('explains calmly when sign-in cannot start because the configuration is unreachable', async () => {
    vi.stubGlobal('fetch', async () =>
      json(503, { title: 'Service unavailable', status: 503 }, 'application/problem+json'),
    );
    const session = new Session();

    await session.signIn('/hosting');

    expect(session.state).toMatchObject({ status: 'signed-out', notice: signInUnavailable() });
  });

  it('explains calmly when the identity provider cannot be reached', async () => {
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      if (String(input) === '/api/v1/config') {
        return json(200, config);
      }
      throw new TypeError('Failed to fetch');
    });
    const session = new Session();

    await session.signIn('/hosting');

    expect(session.state).toMatchObject({ status: 'signed-out', notice: signInUnavailable() });
  });
});

describe('without a network', () => {
  it('keeps the host signed in, with their groups, as the backend last confirmed them in this tab', async () => {
    await confirmedOnline();
    offline();
    const session = new Session();

    await session.restore();

    expect(session.state).toMatchObject({ status: 'signed-in', account: 'host-1', offline: true, displayName: 'Alex', notice: null });
    expect(session.state.hosts).toEqual(ALEX.hosts);
  });

  it('stays signed in when the token ran out and cannot be renewed for want of a network', async () => {
    await confirmedOnline();
    storeSignedInUser('token-abc', { expiresIn: -60 });
    offline();
    const session = new Session();

    await session.restore();

    expect(session.state).toMatchObject({ status: 'signed-in', account: 'host-1', offline: true });
  });

  it('does not carry one person’s account over to another’s sign-in', async () => {
    await confirmedOnline();
    storeSignedInUser('token-sam', { sub: 'host-2' });
    offline();
    const session = new Session();

    await session.restore();

    expect(session.state.status).toBe('signed-out');
    expect(session.state.hosts).toEqual([]);
  });

  it('is signed out offline when the backend never confirmed the account in this tab', async () => {
    storeSignedInUser('token-abc');
    offline();
    const session = new Session();

    await session.restore();

    expect(session.state).toMatchObject({ status: 'signed-out', notice: signInUnavailable() });
  });

  it('confirms the sign-in with the backend once the network returns', async () => {
    await confirmedOnline();
    offline();
    const session = new Session();
    await session.restore();
    const moved = { ...ALEX, hosts: [...ALEX.hosts, { slug: 'greenfield-example', name: 'Greenfield', timeZone: 'America/New_York' }] };
    online(moved);

    await session.reconnect();

    expect(session.state).toMatchObject({ status: 'signed-in', offline: false });
    expect(session.state.hosts).toHaveLength(2);
  });

  it('signs out when the identity provider refuses to renew the sign-in', async () => {
    await confirmedOnline();
    storeSignedInUser('token-abc', { expiresIn: -60 });
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url === '/api/v1/config') {
        return json(200, config);
      }
      if (url.endsWith('/.well-known/openid-configuration')) {
        return json(200, {
          issuer: config.oidc.authority,
          authorization_endpoint: `${config.oidc.authority}/auth`,
          token_endpoint: `${config.oidc.authority}/token`,
        });
      }
      return json(400, { error: 'invalid_grant', error_description: 'Session not active' });
    });
    const session = new Session();

    await session.restore();

    expect(session.state.status).toBe('signed-out');
    expect(window.sessionStorage.getItem('hrw-known-account')).toBeNull();
  });
});

describe('signing out', () => {
  it('forgets the account kept for working offline', async () => {
    await confirmedOnline();
    expect(window.sessionStorage.getItem('hrw-known-account')).not.toBeNull();
    offline();
    await new Session().signOut();
    expect(window.sessionStorage.getItem('hrw-known-account')).toBeNull();
  });

  it('forgets which group this device last acted as, so a shared device does not tell whose group it is', async () => {
    window.localStorage.setItem('hrw-host-group', 'northampton');
    // The identity provider is out of reach: the session still ends here, and the choice with it.
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('offline');
    });
    await new Session().signOut();
    expect(window.localStorage.getItem('hrw-host-group')).toBeNull();
  });
});

/** The config and the identity provider's discovery document answer; anything else is a surprise. */
function identityProvider(): void {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url === '/api/v1/config') {
      return json(200, config);
    }
    if (url === `${config.oidc.authority}/.well-known/openid-configuration`) {
      return json(200, {
        issuer: config.oidc.authority,
        authorization_endpoint: `${config.oidc.authority}/protocol/openid-connect/auth`,
        token_endpoint: `${config.oidc.authority}/protocol/openid-connect/token`,
      });
    }
    throw new TypeError(`unexpected ${url}`);
  });
}

/** Where the browser is sent when `go` runs: the identity provider's authorization URL. */
async function redirectOf(go: () => Promise<void>): Promise<URL> {
  const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
  try {
    // signinRedirect never settles once it has navigated: wait for the navigation, not for it.
    await Promise.race([go(), vi.waitFor(() => expect(assign).toHaveBeenCalled())]);
    expect(assign).toHaveBeenCalledTimes(1);
    return new URL(String(assign.mock.calls[0]![0]));
  } finally {
    assign.mockRestore();
  }
}

describe('signing in', () => {
  afterEach(() => {
    shown.locale = 'en';
  });

  it('asks the identity provider for its pages in the language the hub shows, not the browser prefers', async () => {
    identityProvider();
    shown.locale = 'es';

    const target = await redirectOf(() => new Session().signIn('/host'));

    expect(target.pathname).toBe('/realms/hrw/protocol/openid-connect/auth');
    expect(target.searchParams.get('ui_locales')).toBe('es');
  });

  it('asks for English when the hub is in English', async () => {
    identityProvider();
    shown.locale = 'en';

    const target = await redirectOf(() => new Session().register('/'));

    expect(target.searchParams.get('ui_locales')).toBe('en');
  });
});

describe('registering', () => {
  it('opens the identity provider on its registration form and comes back to the page, its query kept', async () => {
    identityProvider();

    const target = await redirectOf(() => new Session().register('/groups/join?code=abc'));

    expect(target.pathname).toBe('/realms/hrw/protocol/openid-connect/auth');
    expect(target.searchParams.get('prompt')).toBe('create');
    expect(target.searchParams.get('code_challenge_method')).toBe('S256');
    const stored = [...Array(window.sessionStorage.length).keys()]
      .map((i) => window.sessionStorage.getItem(window.sessionStorage.key(i)!) ?? '')
      .find((value) => value.includes('returnTo'));
    expect(JSON.parse(stored!).data).toEqual({ returnTo: '/groups/join?code=abc' });
  });
});
