import { LitElement, css, html, nothing } from 'lit';
import type { SessionStatus } from '../auth/session.js';
import { interactiveStyles } from '../styles/shared.js';

/**
 * Sign in / sign out for the header. Renders what it is given; asks for sign-in and sign-out with
 * `hrw-sign-in` and `hrw-sign-out` events. The session's notices are the shell's to show: on a phone these
 * controls are in the menu, which may be closed when a notice arrives.
 */
export class HrwAccountControls extends LitElement {
  static override properties = {
    status: {},
    displayName: { attribute: 'display-name' },
    steward: { type: Boolean },
  };

  static override styles = [
    interactiveStyles,
    css`
      :host {
        display: block;
      }

      .controls {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--hrw-space-xs) var(--hrw-space-m);
      }

      .who {
        margin: 0;
        font-size: var(--hrw-text-s);
        color: var(--hrw-color-muted);
      }

      .who strong {
        color: var(--hrw-color-text);
      }

      .review {
        font-size: var(--hrw-text-s);
        font-weight: 600;
      }
    `,
  ];

  declare status: SessionStatus;
  declare displayName: string | null;
  /** From GET /api/v1/me: stewards get links to the groups and the exercises waiting for review. */
  declare steward: boolean;

  constructor() {
    super();
    this.status = 'signed-out';
    this.displayName = null;
    this.steward = false;
  }

  protected override render() {
    return html`
      <div class="controls">
        ${this.status === 'signed-in'
          ? html`
              <p class="who">Signed in as <strong>${this.displayName}</strong></p>
              ${this.steward
                ? html`<a class="review" href="/groups/review">Review new groups</a>
                    <a class="review" href="/exercises/review">Review suggested exercises</a>`
                : nothing}
              <button type="button" class="secondary" @click=${() => this.#ask('hrw-sign-out')}>Sign out</button>
            `
          : html`
              <button type="button" aria-disabled=${this.status === 'busy' ? 'true' : nothing} @click=${this.#signIn}>
                ${this.status === 'busy' ? 'Please wait…' : 'Sign in'}
              </button>
            `}
      </div>
    `;
  }

  #signIn(): void {
    if (this.status !== 'busy') {
      this.#ask('hrw-sign-in');
    }
  }

  #ask(type: 'hrw-sign-in' | 'hrw-sign-out'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }
}

customElements.define('hrw-account-controls', HrwAccountControls);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-account-controls': HrwAccountControls;
  }
}
