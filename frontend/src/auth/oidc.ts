import type { UserManager } from 'oidc-client-ts';
import type { RuntimeConfig } from '../api/config.js';
import { CALLBACK_PATH } from './return-path.js';

/** oidc-client-ts keeps a signed-in user under a key with this prefix. */
const USER_KEY_PREFIX = 'oidc.user:';

/** True when a previous sign-in left a user in this tab, without loading the OIDC library to find out. */
export function hasStoredUser(storage: Storage = window.sessionStorage): boolean {
  for (let i = 0; i < storage.length; i++) {
    if (storage.key(i)?.startsWith(USER_KEY_PREFIX)) {
      return true;
    }
  }
  return false;
}

/**
 * Authorization code flow with PKCE against the configured issuer. The library is loaded only when someone signs
 * in (or was signed in), so anonymous visitors never download it. Tokens and the in-flight sign-in state stay in
 * sessionStorage: they end with the tab.
 */
export async function createUserManager(config: RuntimeConfig): Promise<UserManager> {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  const store = new WebStorageStateStore({ store: window.sessionStorage });
  const origin = window.location.origin;
  return new UserManager({
    authority: config.oidc.authority,
    client_id: config.oidc.clientId,
    scope: config.oidc.scope,
    response_type: 'code',
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    userStore: store,
    stateStore: store,
    // Renewal uses the refresh token; session monitoring would need an iframe from the issuer, which CSP forbids.
    automaticSilentRenew: true,
    monitorSession: false,
  });
}
