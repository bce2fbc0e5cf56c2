import { LitElement, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { session, signInUnavailable } from '../../auth/session.js';
import { router } from '../../router.js';
import { interactiveStyles, pageStyles } from '../../styles/shared.js';

/** "/auth/callback": finishes signing in, then returns to the page the person started from. */
export class HrwAuthCallback extends LitElement {
  static override properties = {
    failed: { state: true },
  };

  static override styles = [pageStyles, interactiveStyles];

  declare failed: boolean;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.failed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#complete();
  }

  protected override render() {
    if (this.failed) {
      return html`
        <h1>${msg('Sign-in did not finish')}</h1>
        <p class="lead">${signInUnavailable()}</p>
        <p>${msg('You can keep reading, and try signing in again a little later.')}</p>
        <p><a href="/">${msg('Back to Start here')}</a></p>
      `;
    }
    return html`
      <h1>${msg('Signing you in')}</h1>
      <p role="status">${msg('This only takes a moment.')}</p>
    `;
  }

  async #complete(): Promise<void> {
    const returnTo = await session.completeSignIn();
    if (returnTo === null) {
      this.failed = true;
      return;
    }
    router.navigate(returnTo, { replace: true });
  }
}

customElements.define('hrw-auth-callback', HrwAuthCallback);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-auth-callback': HrwAuthCallback;
  }
}
