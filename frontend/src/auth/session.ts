import { msg } from '@lit/localize';
import type { User, UserManager } from 'oidc-client-ts';
import { ApiError, setAccessTokenSource } from '../api/client.js';
import { fetchConfig } from '../api/config.js';
import { fetchMe, type HostedGroup } from '../api/me.js';
import { currentLocale } from '../i18n/locale.js';
import { forgetChosenGroup } from '../lib/chosen-group.js';
import { forgetKnownAccount, knownAccount, rememberAccount } from './known-account.js';
import { createUserManager, hasStoredUser } from './oidc.js';
import { safeReturnPath } from './return-path.js';

/** The session's notices, in the language shown when they are given. */
export function signInUnavailable(): string {
  return msg('Sign-in is unavailable right now; everything public still works.');
}

export function signedOutLocally(): string {
  return msg('You are signed out on this device. The sign-in service could not be reached to end your session there too.');
}

export type SessionStatus = 'signed-out' | 'busy' | 'signed-in';

export interface SessionState {
  status: SessionStatus;
  /** The identity provider's subject for the signed-in person: what work kept on this device belongs to. */
  account?: string | null;
  /**
   * Signed in, but the backend could not be reached to confirm it: the account, name and groups are the ones it
   * last confirmed in this tab. Requests may fail until the network returns.
   */
  offline?: boolean;
  displayName: string | null;
  steward: boolean;
  hosts: readonly HostedGroup[];
  /** A calm note for the header when sign-in could not do what was asked. */
  notice: string | null;
}

const SIGNED_OUT: SessionState = {
  status: 'signed-out',
  account: null,
  offline: false,
  displayName: null,
  steward: false,
  hosts: [],
  notice: null,
};

/**
 * Whether oidc-client-ts failed because the identity provider answered no (an ErrorResponse: the refresh token was
 * refused, the session ended there), as opposed to not being reached at all (offline, a timeout).
 */
function isRefusal(error: unknown): boolean {
  return error instanceof Error && error.name === 'ErrorResponse';
}

/**
 * Who is signed in: the app's only global state. Listen for `change` events; read `state`.
 */
export class Session extends EventTarget {
  #state: SessionState = SIGNED_OUT;
  #user: User | null = null;
  #userManager: Promise<UserManager> | null = null;

  constructor() {
    super();
    setAccessTokenSource(() => (this.#user && !this.#user.expired ? this.#user.access_token : undefined));
  }

  get state(): SessionState {
    return this.#state;
  }

  /** Picks up a sign-in from earlier in this tab, if there is one. */
  async restore(): Promise<void> {
    if (!hasStoredUser()) {
      return;
    }
    this.#set({ ...SIGNED_OUT, status: 'busy' });
    try {
      const manager = await this.#manager();
      let user = await manager.getUser();
      if (user?.expired) {
        const expired = user;
        try {
          user = await manager.signinSilent();
        } catch (error) {
          // Out of reach rather than refused: a host reopening host mode offline stays who they were.
          if (!isRefusal(error) && this.#signedInOffline(expired)) {
            return;
          }
          user = null;
        }
      }
      if (!user) {
        forgetKnownAccount();
        await manager.removeUser();
        this.#set(SIGNED_OUT);
        return;
      }
      this.#user = user;
      await this.#loadPerson();
    } catch {
      this.#set({ ...SIGNED_OUT, notice: signInUnavailable() });
    }
  }

  /** Sends the browser to the identity provider; `returnTo` is where to land afterwards. */
  async signIn(returnTo: string): Promise<void> {
    await this.#redirect(returnTo, {});
  }

  /**
   * Like signIn, but the identity provider opens on its registration form (OpenID Connect `prompt=create`), for
   * someone who came to do one thing and has no account yet.
   */
  async register(returnTo: string): Promise<void> {
    await this.#redirect(returnTo, { prompt: 'create' });
  }

  async #redirect(returnTo: string, extra: { prompt?: string }): Promise<void> {
    this.#set({ ...SIGNED_OUT, status: 'busy' });
    try {
      const manager = await this.#manager();
      // The identity provider's pages speak the language the hub is in now (OpenID Connect ui_locales), which can
      // differ from the browser's own preference when the person chose it here.
      await manager.signinRedirect({ ...extra, ui_locales: currentLocale(), state: { returnTo: safeReturnPath(returnTo) } });
    } catch {
      this.#set({ ...SIGNED_OUT, notice: signInUnavailable() });
    }
  }

  /** Finishes the code flow on the callback route. Returns the path to go back to, or null if it failed. */
  async completeSignIn(): Promise<string | null> {
    this.#set({ ...SIGNED_OUT, status: 'busy' });
    try {
      const manager = await this.#manager();
      const user = await manager.signinCallback();
      if (!user) {
        throw new Error('The identity provider did not return a user');
      }
      this.#user = user;
      await this.#loadPerson();
      const state = user.state as { returnTo?: unknown } | undefined;
      return safeReturnPath(state?.returnTo);
    } catch {
      this.#user = null;
      this.#set({ ...SIGNED_OUT, notice: signInUnavailable() });
      return null;
    }
  }

  /**
   * The network is back: confirm the sign-in with the backend (renewing the token first if it ran out meanwhile),
   * so that what was kept on this device can be sent. Nothing to do unless the session was carried offline.
   */
  async reconnect(): Promise<void> {
    const user = this.#user;
    if (this.#state.status !== 'signed-in' || !this.#state.offline || !user) {
      return;
    }
    if (user.expired && !(await this.renew())) {
      return;
    }
    await this.#loadPerson();
  }

  /**
   * A fresh access token from the refresh token, without leaving the page. True when there is one; false when the
   * identity provider could not be reached (the session stays as it is) or refused (the person is signed out and
   * must sign in again).
   */
  async renew(): Promise<boolean> {
    if (!this.#user) {
      return false;
    }
    try {
      const manager = await this.#manager();
      const user = await manager.signinSilent();
      if (!user) {
        return false;
      }
      this.#user = user;
      return true;
    } catch (error) {
      if (isRefusal(error)) {
        await this.#forgetUser();
      }
      return false;
    }
  }

  /** Ends the session at the identity provider too, which then sends the browser back to the home page. */
  async signOut(): Promise<void> {
    this.#set({ ...this.#state, status: 'busy', notice: null });
    forgetChosenGroup();
    forgetKnownAccount();
    let manager: UserManager | null = null;
    try {
      manager = await this.#manager();
      await manager.signoutRedirect();
    } catch {
      await manager?.removeUser().catch(() => undefined);
      this.#user = null;
      this.#set({ ...SIGNED_OUT, notice: signedOutLocally() });
    }
  }

  async #loadPerson(): Promise<void> {
    const account = this.#user?.profile.sub ?? null;
    try {
      const me = await fetchMe();
      if (account) {
        rememberAccount({ subject: account, displayName: me.displayName, steward: me.steward, hosts: me.hosts });
      }
      this.#set({
        status: 'signed-in',
        account,
        offline: false,
        displayName: me.displayName,
        steward: me.steward,
        hosts: me.hosts,
        notice: null,
      });
    } catch (error) {
      // No network at all: the token is not in doubt, the backend is just out of reach.
      if (error instanceof ApiError && error.status === 0 && this.#user && this.#signedInOffline(this.#user)) {
        return;
      }
      // The token is no good to this backend (401) or the backend cannot check it right now (503): either way
      // the person is not usefully signed in, and keeping a token we cannot use would only confuse the header.
      this.#user = null;
      forgetKnownAccount();
      await (await this.#manager()).removeUser();
      const unavailable = !(error instanceof ApiError) || error.isUnavailable;
      this.#set({ ...SIGNED_OUT, notice: unavailable ? signInUnavailable() : null });
    }
  }

  /** Signed in as the account this tab last confirmed for `user`, if there is one; false otherwise. */
  #signedInOffline(user: User): boolean {
    const known = knownAccount(user.profile.sub);
    if (!known) {
      return false;
    }
    this.#user = user;
    this.#set({
      status: 'signed-in',
      account: known.subject,
      offline: true,
      displayName: known.displayName,
      steward: known.steward,
      hosts: known.hosts,
      notice: null,
    });
    return true;
  }

  /** The identity provider ended the session: nothing kept here still speaks for the person. */
  async #forgetUser(): Promise<void> {
    this.#user = null;
    forgetKnownAccount();
    await (await this.#manager()).removeUser().catch(() => undefined);
    this.#set(SIGNED_OUT);
  }

  #manager(): Promise<UserManager> {
    if (!this.#userManager) {
      this.#userManager = fetchConfig()
        .then(createUserManager)
        .then((manager) => {
          manager.events.addUserLoaded((user) => {
            this.#user = user;
          });
          manager.events.addSilentRenewError((error) => {
            // Offline the renewal cannot reach the identity provider; the session is not over for that, and
            // reconnect() renews it when the network returns.
            if (isRefusal(error)) {
              void this.#forgetUser();
            }
          });
          return manager;
        });
      // A failed attempt (config or library not reachable) must not stick: the next click tries again.
      this.#userManager.catch(() => {
        this.#userManager = null;
      });
    }
    return this.#userManager;
  }

  #set(state: SessionState): void {
    this.#state = state;
    this.dispatchEvent(new Event('change'));
  }
}

export const session = new Session();
