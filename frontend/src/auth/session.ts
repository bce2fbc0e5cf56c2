import type { User, UserManager } from 'oidc-client-ts';
import { ApiError, setAccessTokenSource } from '../api/client.js';
import { fetchConfig } from '../api/config.js';
import { fetchMe, type HostedGroup } from '../api/me.js';
import { forgetChosenGroup } from '../lib/chosen-group.js';
import { createUserManager, hasStoredUser } from './oidc.js';
import { safeReturnPath } from './return-path.js';

export const SIGN_IN_UNAVAILABLE = 'Sign-in is unavailable right now; everything public still works.';
export const SIGNED_OUT_LOCALLY =
  'You are signed out on this device. The sign-in service could not be reached to end your session there too.';

export type SessionStatus = 'signed-out' | 'busy' | 'signed-in';

export interface SessionState {
  status: SessionStatus;
  displayName: string | null;
  steward: boolean;
  hosts: readonly HostedGroup[];
  /** A calm note for the header when sign-in could not do what was asked. */
  notice: string | null;
}

const SIGNED_OUT: SessionState = { status: 'signed-out', displayName: null, steward: false, hosts: [], notice: null };

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
        user = await manager.signinSilent().catch(() => null);
      }
      if (!user) {
        await manager.removeUser();
        this.#set(SIGNED_OUT);
        return;
      }
      this.#user = user;
      await this.#loadPerson();
    } catch {
      this.#set({ ...SIGNED_OUT, notice: SIGN_IN_UNAVAILABLE });
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
      await manager.signinRedirect({ ...extra, state: { returnTo: safeReturnPath(returnTo) } });
    } catch {
      this.#set({ ...SIGNED_OUT, notice: SIGN_IN_UNAVAILABLE });
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
      this.#set({ ...SIGNED_OUT, notice: SIGN_IN_UNAVAILABLE });
      return null;
    }
  }

  /** Ends the session at the identity provider too, which then sends the browser back to the home page. */
  async signOut(): Promise<void> {
    this.#set({ ...this.#state, status: 'busy', notice: null });
    forgetChosenGroup();
    let manager: UserManager | null = null;
    try {
      manager = await this.#manager();
      await manager.signoutRedirect();
    } catch {
      await manager?.removeUser().catch(() => undefined);
      this.#user = null;
      this.#set({ ...SIGNED_OUT, notice: SIGNED_OUT_LOCALLY });
    }
  }

  async #loadPerson(): Promise<void> {
    try {
      const me = await fetchMe();
      this.#set({
        status: 'signed-in',
        displayName: me.displayName,
        steward: me.steward,
        hosts: me.hosts,
        notice: null,
      });
    } catch (error) {
      // The token is no good to this backend (401) or the backend cannot check it right now (503): either way
      // the person is not usefully signed in, and keeping a token we cannot use would only confuse the header.
      this.#user = null;
      await (await this.#manager()).removeUser();
      const unavailable = !(error instanceof ApiError) || error.isUnavailable;
      this.#set({ ...SIGNED_OUT, notice: unavailable ? SIGN_IN_UNAVAILABLE : null });
    }
  }

  #manager(): Promise<UserManager> {
    if (!this.#userManager) {
      this.#userManager = fetchConfig()
        .then(createUserManager)
        .then((manager) => {
          manager.events.addUserLoaded((user) => {
            this.#user = user;
          });
          manager.events.addSilentRenewError(() => {
            this.#user = null;
            void manager.removeUser();
            this.#set(SIGNED_OUT);
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
