import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import type { GroupStatus } from '../api/groups.js';
import { HostActionEvent, type HostAction } from '../groups/host-actions.js';
import { dateInWords } from '../meetings/meeting-words.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';

/**
 * "We still meet", pause or resume, and close: each with what the public then sees. Closing cannot be undone from
 * the web app, so it asks first, in plain words. Sends `hrw-host-action`; the page makes the call and sets `busy`.
 */
export class HrwGroupStatusActions extends LitElement {
  static override properties = {
    status: {},
    lastVerified: { attribute: false },
    stale: { type: Boolean },
    busy: { type: Boolean },
    confirmingClose: { state: true },
  };

  static override styles = [
    interactiveStyles,
    formStyles,
    css`
      :host {
        display: block;
      }

      h3 {
        margin: var(--hrw-space-m) 0 var(--hrw-space-xs);
        font-size: var(--hrw-text-m, 1.1rem);
      }

      p {
        margin: 0 0 var(--hrw-space-s);
      }
    `,
  ];

  declare status: GroupStatus;
  declare lastVerified: string | undefined;
  declare stale: boolean;
  declare busy: boolean;
  declare confirmingClose: boolean;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.status = 'active';
    this.lastVerified = undefined;
    this.stale = false;
    this.busy = false;
    this.confirmingClose = false;
  }

  protected override render() {
    const listed = this.status === 'active' || this.status === 'paused';
    return html`
      ${listed ? this.#renderConfirm() : nothing} ${listed ? this.#renderPause() : nothing}
      ${this.status === 'closed' ? nothing : this.#renderClose()}
    `;
  }

  #renderConfirm() {
    const last = this.lastVerified ? dateInWords(this.lastVerified) : null;
    return html`
      <h3>${msg('Still meeting?')}</h3>
      <p>
        ${this.stale
          ? msg('The public page says “Not confirmed recently”, so newcomers may wonder whether you still meet.')
          : last
            ? msg(str`You last confirmed the listing on ${last}.`)
            : nothing}
        ${msg('One tap tells everyone the details are still right. Saving a change to the listing counts too.')}
      </p>
      <p><button type="button" ?disabled=${this.busy} @click=${() => this.#send({ kind: 'confirm' })}>${msg('We still meet')}</button></p>
    `;
  }

  #renderPause() {
    if (this.status === 'paused') {
      return html`
        <h3>${msg('Taking a break')}</h3>
        <p>
          ${msg('The group is paused: it is not in the search, and its page tells visitors it is taking a break. Resume it and it is found again, with its usual meetings.')}
        </p>
        <p>
          <button type="button" ?disabled=${this.busy} @click=${() => this.#send({ kind: 'status', status: 'active' })}>
            ${msg('Resume the group')}
          </button>
        </p>
      `;
    }
    return html`
      <h3>${msg('Taking a break')}</h3>
      <p>
        ${msg('Pause the group if it is not meeting for a while. It leaves the search, and its page tells visitors it is taking a break. You can resume it whenever you like. For one missed meeting, cancel that date below instead.')}
      </p>
      <p>
        <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.#send({ kind: 'status', status: 'paused' })}>
          ${msg('Pause the group')}
        </button>
      </p>
    `;
  }

  #renderClose() {
    return html`
      <h3>${msg('Closing the group')}</h3>
      ${this.confirmingClose
        ? html`<div class="alert" role="group" aria-labelledby="close-question">
            <p id="close-question"><strong>${msg('Close the group for good?')}</strong></p>
            <p>
              ${msg('It leaves the search, and its page says the group no longer meets. It cannot be reopened from here: to meet again you would register it anew. What your group shared stays, under its name.')}
            </p>
            <p class="row">
              <button type="button" id="close-yes" ?disabled=${this.busy} @click=${this.#close}>${msg('Yes, close the group')}</button>
              <button type="button" class="secondary" @click=${this.#keepOpen}>${msg('Keep it open')}</button>
            </p>
          </div>`
        : html`<p>${msg('If the group has stopped meeting, close it so nobody turns up to an empty room.')}</p>
            <p><button type="button" class="secondary" id="close" ?disabled=${this.busy} @click=${this.#askClose}>${msg('Close the group…')}</button></p>`}
    `;
  }

  #askClose = async (): Promise<void> => {
    this.confirmingClose = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('#close-yes')?.focus();
  };

  #keepOpen = async (): Promise<void> => {
    this.confirmingClose = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('#close')?.focus();
  };

  #close = (): void => {
    this.confirmingClose = false;
    this.#send({ kind: 'status', status: 'closed' });
  };

  #send(action: HostAction): void {
    this.dispatchEvent(new HostActionEvent(action));
  }
}

customElements.define('hrw-group-status-actions', HrwGroupStatusActions);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-group-status-actions': HrwGroupStatusActions;
  }
}
