import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchMe, type HostedGroup } from '../api/me.js';
import { session, type SessionState } from '../auth/session.js';

/**
 * Who is signed in, for a page that renders differently for them and may need to ask again when that changes (a
 * stored sign-in is often restored only after the page has started). The page re-renders on every change, and
 * `onChange` hears the state from before it, since what a page does next depends on what changed.
 */
export class AccountController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #onChange: ((before: SessionState) => void) | undefined;
  #state: SessionState = session.state;
  #request: AbortController | null = null;

  constructor(host: ReactiveControllerHost, onChange?: (before: SessionState) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  get state(): SessionState {
    return this.#state;
  }

  hostConnected(): void {
    session.addEventListener('change', this.#changed);
  }

  hostDisconnected(): void {
    session.removeEventListener('change', this.#changed);
    this.#request?.abort();
  }

  /**
   * The groups the signed-in person hosts, asked for afresh: a group registered or approved since sign-in counts
   * at once. Rejects only when there is no list at all to fall back on.
   */
  async loadHosts(): Promise<readonly HostedGroup[]> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    try {
      return (await fetchMe(request.signal)).hosts;
    } catch (error) {
      // The session read the same list at sign-in; it is better than nothing if the server is briefly away.
      if (this.#state.hosts.length > 0) {
        return this.#state.hosts;
      }
      throw error;
    }
  }

  #changed = (): void => {
    const before = this.#state;
    this.#state = session.state;
    this.#host.requestUpdate();
    this.#onChange?.(before);
  };
}
