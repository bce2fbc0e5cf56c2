import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { ApiError } from '../api/client.js';
import { sendHostMessage } from '../api/groups.js';
import { plainMessage } from '../api/messages.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';

type FieldId = 'message' | 'replyTo';

const FIELDS: readonly FieldId[] = ['message', 'replyTo'];
const MIN_LENGTH = 10;
const MAX_LENGTH = 2000;

/**
 * "Send the hosts a message": a short form that posts to a group's `contact.messages` address. The hub passes the
 * message on by e-mail and keeps nothing. Violations are shown beside their fields, and focus goes to the first one.
 */
export class HrwHostMessageForm extends LitElement {
  static override properties = {
    action: {},
    onRequest: { type: Boolean, attribute: 'on-request' },
    message: { state: true },
    replyTo: { state: true },
    website: { state: true },
    errors: { state: true },
    formError: { state: true },
    sending: { state: true },
    sent: { state: true },
  };

  static override styles = [
    interactiveStyles,
    formStyles,
    css`
      :host {
        display: block;
      }

      textarea {
        min-height: 7rem;
      }

      /* The honeypot: off-screen rather than display:none, so simple bots still fill it in. */
      .trap {
        position: absolute;
        left: -10000px;
        width: 1px;
        height: 1px;
        overflow: hidden;
      }
    `,
  ];

  /** Where to post: the group's `contact.messages`. */
  declare action: string;
  /** The place or the online link is shared on request: say the form is the way to ask. */
  declare onRequest: boolean;
  declare message: string;
  declare replyTo: string;
  declare website: string;
  declare errors: Partial<Record<FieldId, string>>;
  declare formError: string | null;
  declare sending: boolean;
  declare sent: boolean;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.action = '';
    this.onRequest = false;
    this.message = '';
    this.replyTo = '';
    this.website = '';
    this.errors = {};
    this.formError = null;
    this.sending = false;
    this.sent = false;
  }

  protected override render() {
    if (this.sent) {
      return html`<div class="alert success" role="status" id="sent" tabindex="-1">
        <p><strong>${msg('Your message is on its way to the hosts.')}</strong></p>
        <p>
          ${this.replyTo.trim()
            ? msg('They will write back to the address you gave, if they can.')
            : msg('You left out a reply address, so the hosts cannot answer. You are welcome to simply come to a meeting.')}
        </p>
      </div>`;
    }
    return html`
      <p>
        ${msg('Your message goes to the group’s hosts by e-mail. The hub passes it on and keeps nothing. Leave the reply address out to stay anonymous; the hosts then cannot answer you.')}
      </p>
      ${this.onRequest
        ? html`<p>${msg('This group shares its meeting place or online link on request: this form is the way to ask for it.')}</p>`
        : nothing}
      ${this.formError ? html`<div class="alert" role="alert" id="form-error" tabindex="-1"><p>${this.formError}</p></div>` : nothing}
      <form novalidate @submit=${this.#submit}>
        <div class="field">
          <label for="message">${msg('Your message')}</label>
          <p class="hint" id="message-hint">${msg(str`Between ${MIN_LENGTH} and ${MAX_LENGTH} characters.`)}</p>
          <textarea
            id="message"
            required
            maxlength=${MAX_LENGTH}
            aria-describedby=${this.errors.message ? 'message-hint message-error' : 'message-hint'}
            aria-invalid=${this.errors.message ? 'true' : 'false'}
            .value=${this.message}
            @input=${(event: Event) => (this.message = (event.target as HTMLTextAreaElement).value)}
          ></textarea>
          ${this.#error('message')}
        </div>
        <div class="field">
          <label for="replyTo">${msg('Your e-mail address for a reply (optional)')}</label>
          <p class="hint" id="replyTo-hint">${msg('Only the hosts see it.')}</p>
          <input
            id="replyTo"
            type="email"
            autocomplete="email"
            aria-describedby=${this.errors.replyTo ? 'replyTo-hint replyTo-error' : 'replyTo-hint'}
            aria-invalid=${this.errors.replyTo ? 'true' : 'false'}
            .value=${this.replyTo}
            @input=${(event: Event) => (this.replyTo = (event.target as HTMLInputElement).value)}
          />
          ${this.#error('replyTo')}
        </div>
        <div class="trap" aria-hidden="true">
          <label for="website">${msg('Website (leave this empty)')}</label>
          <input
            id="website"
            type="text"
            tabindex="-1"
            autocomplete="off"
            .value=${this.website}
            @input=${(event: Event) => (this.website = (event.target as HTMLInputElement).value)}
          />
        </div>
        <p>
          <button type="submit" ?disabled=${this.sending}>${this.sending ? msg('Sending…') : msg('Send the message')}</button>
        </p>
      </form>
    `;
  }

  #error(field: FieldId) {
    const message = this.errors[field];
    return message ? html`<p class="field-error" id=${`${field}-error`}>${message}</p>` : nothing;
  }

  /** What the browser can tell before asking the server; the server has the last word. */
  #check(): Partial<Record<FieldId, string>> {
    const errors: Partial<Record<FieldId, string>> = {};
    const length = this.message.trim().length;
    if (length < MIN_LENGTH) {
      errors.message = msg(str`Write at least ${MIN_LENGTH} characters.`);
    } else if (length > MAX_LENGTH) {
      errors.message = msg(str`Keep it under ${MAX_LENGTH} characters.`);
    }
    const replyTo = this.replyTo.trim();
    if (replyTo && !/^[^\s@]+@[^\s@]+$/.test(replyTo)) {
      errors.replyTo = msg('This does not look like an e-mail address. Check it, or leave it empty.');
    }
    return errors;
  }

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.sending) {
      return;
    }
    this.formError = null;
    this.errors = this.#check();
    if (Object.keys(this.errors).length > 0) {
      await this.#focusProblem();
      return;
    }
    this.sending = true;
    const replyTo = this.replyTo.trim();
    try {
      await sendHostMessage(this.action, {
        message: this.message.trim(),
        ...(replyTo ? { replyTo } : {}),
        website: this.website,
      });
      this.sent = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sent')?.focus();
    } catch (error) {
      this.#showFailure(error);
      await this.#focusProblem();
    } finally {
      this.sending = false;
    }
  };

  #showFailure(error: unknown): void {
    if (error instanceof ApiError && error.status === 400 && error.violations.length > 0) {
      const errors: Partial<Record<FieldId, string>> = {};
      const other: string[] = [];
      for (const violation of error.violations) {
        const field = FIELDS.find((id) => violation.field === id || violation.field.endsWith(`.${id}`));
        if (field && !errors[field]) {
          errors[field] = violation.message;
        } else if (!field) {
          other.push(violation.message);
        }
      }
      this.errors = errors;
      this.formError = other.length > 0 ? other.join(' ') : null;
    } else if (error instanceof ApiError && error.status === 429) {
      this.formError = error.detail ?? msg('Many messages have been sent just now. Please wait a while, then try again.');
    } else if (error instanceof ApiError && error.status === 503 && error.detail) {
      this.formError = error.detail;
    } else {
      this.formError = plainMessage(error);
    }
  }

  async #focusProblem(): Promise<void> {
    await this.updateComplete;
    const first = FIELDS.find((field) => this.errors[field]);
    this.renderRoot.querySelector<HTMLElement>(first ? `#${first}` : '#form-error')?.focus();
  }
}

customElements.define('hrw-host-message-form', HrwHostMessageForm);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-host-message-form': HrwHostMessageForm;
  }
}
