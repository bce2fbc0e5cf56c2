import { msg, str } from '@lit/localize';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SessionState } from '../auth/session.js';
import { AccountController } from './account-controller.js';

/** What a steward-only page says to everyone else: what it is for, and where they can go instead. */
export interface StewardPageForOthers {
  about: TemplateResult;
  /**
   * Finishes "this account is not a steward’s, so …": a clause of its own in the language shown (the caller's
   * msg()), such as "there is nothing to review here".
   */
  nothingHere: string;
  elsewhere: TemplateResult;
}

/**
 * A page only stewards use, such as a review queue: it knows who is signed in, and loads its work once, as soon as
 * a steward is (a stored sign-in is often restored only after the page has started).
 */
export class StewardAccess implements ReactiveController {
  readonly #account: AccountController;
  readonly #load: () => void;
  #loaded = false;

  constructor(host: ReactiveControllerHost, load: () => void) {
    this.#load = load;
    // Added before this controller, so it listens for sign-ins before hostConnected below first looks.
    this.#account = new AccountController(host, () => this.#loadIfSteward());
    host.addController(this);
  }

  get state(): SessionState {
    return this.#account.state;
  }

  hostConnected(): void {
    this.#loadIfSteward();
  }

  /** The page for someone who is not (or not yet known to be) a steward; null for a steward. */
  renderForOthers({ about, nothingHere, elsewhere }: StewardPageForOthers): TemplateResult | null {
    const account = this.state;
    if (account.status === 'busy') {
      return html`<p role="status">${msg('Checking who you are…')}</p>`;
    }
    if (account.status === 'signed-in' && account.steward) {
      return null;
    }
    return html`
      ${about}
      <p>
        ${account.status === 'signed-in'
          ? msg(str`You are signed in as ${account.displayName}, and this account is not a steward’s, so ${nothingHere}.`, {
              desc: 'The last value is a clause such as "there is nothing to review here".',
            })
          : msg('If you are a steward, sign in with the button at the top of the page.')}
        ${elsewhere}
      </p>
    `;
  }

  #loadIfSteward(): void {
    const account = this.state;
    if (!this.#loaded && account.status === 'signed-in' && account.steward) {
      this.#loaded = true;
      this.#load();
    }
  }
}
