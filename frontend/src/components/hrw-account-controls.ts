import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
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
    reviewWaiting: { attribute: false },
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
        display: inline-flex;
        align-items: center;
        gap: var(--hrw-space-xs);
        min-height: 44px;
        font-size: var(--hrw-text-s);
        font-weight: 600;
      }

      .count {
        min-width: 1.6em;
        padding: 0.05em 0.45em;
        border-radius: 999px;
        background: var(--hrw-color-accent);
        color: var(--hrw-color-on-accent);
        text-align: center;
        line-height: 1.5;
      }
    `,
  ];

  declare status: SessionStatus;
  declare displayName: string | null;
  /** From GET /api/v1/me: stewards get one link to their dashboard. */
  declare steward: boolean;
  /** From GET /api/v1/review: everything waiting in the stewards' queues; null until known. */
  declare reviewWaiting: number | null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.status = 'signed-out';
    this.displayName = null;
    this.steward = false;
    this.reviewWaiting = null;
  }

  protected override render() {
    return html`
      <div class="controls">
        ${this.status === 'signed-in'
          ? html`
              <p class="who">${msg(html`Signed in as <strong>${this.displayName}</strong>`)}</p>
              ${this.steward ? this.#renderStewards() : nothing}
              <button type="button" class="secondary" @click=${() => this.#ask('hrw-sign-out')}>${msg('Sign out')}</button>
            `
          : html`
              <button type="button" aria-disabled=${this.status === 'busy' ? 'true' : nothing} @click=${this.#signIn}>
                ${this.status === 'busy' ? msg('Please wait…') : msg('Sign in')}
              </button>
            `}
      </div>
    `;
  }

  /** One way into every queue; the count is part of the link's name, so it is heard and not only seen. */
  #renderStewards() {
    const count = this.reviewWaiting;
    if (count === null) {
      return html`<a class="review" href="/steward">${msg('Stewards')}</a>`;
    }
    const label = count === 0 ? msg('Stewards, nothing waiting') : msg(str`Stewards, ${count} waiting`);
    return html`<a class="review" href="/steward" aria-label=${label}
      >${msg('Stewards')}${count > 0 ? html`<span class="count" aria-hidden="true">${count}</span>` : nothing}</a
    >`;
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
