import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { FlagEvent } from '../learnings/events.js';
import { FLAG_REASON_LIMITS, FLAGS_TO_HIDE, learningMessage } from '../learnings/labels.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';

/**
 * "Flag" for a post or a reply: a button that opens a short form asking why. Asks with a {@link FlagEvent}; the
 * page answers with the call it made, and the form says thank you or what went wrong.
 */
export class HrwFlagForm extends LitElement {
  static override properties = {
    what: {},
    open: { state: true },
    reason: { state: true },
    reasonError: { state: true },
    busy: { state: true },
    sent: { state: true },
  };

  static override styles = [
    interactiveStyles,
    formStyles,
    css`
      :host {
        display: block;
      }

      form,
      .sent {
        margin-top: var(--hrw-space-s);
        padding: var(--hrw-space-s) var(--hrw-space-m);
        border: 1px solid var(--hrw-color-border);
        border-radius: var(--hrw-radius);
      }

      p {
        margin: 0 0 var(--hrw-space-s);
      }

      .sent p:last-child,
      form p.row:last-child {
        margin-bottom: 0;
      }

      textarea {
        min-height: 5rem;
      }
    `,
  ];

  /** What is flagged, for the button and the form's words. */
  declare what: 'post' | 'reply';
  declare open: boolean;
  declare reason: string;
  declare reasonError: string | null;
  declare busy: boolean;
  declare sent: boolean;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.what = 'post';
    this.open = false;
    this.reason = '';
    this.reasonError = null;
    this.busy = false;
    this.sent = false;
  }

  protected override render() {
    const reply = this.what === 'reply';
    if (this.sent) {
      return html`<div class="sent" role="status" tabindex="-1">
        <p>
          ${reply ? msg('Thank you. The stewards will look at this reply.') : msg('Thank you. The stewards will look at this post.')}
        </p>
      </div>`;
    }
    if (!this.open) {
      return html`<button type="button" class="secondary" @click=${this.#openForm}>
        ${reply
          ? msg(html`Flag<span class="visually-hidden"> this reply</span>…`)
          : msg(html`Flag<span class="visually-hidden"> this post</span>…`)}
      </button>`;
    }
    const described = this.reasonError ? 'flag-hint flag-error' : 'flag-hint';
    return html`<form @submit=${this.#submit} novalidate aria-labelledby="flag-heading">
      <p id="flag-heading">
        <strong>${reply ? msg('Flag this reply for the stewards') : msg('Flag this post for the stewards')}</strong>
      </p>
      <div class="field">
        <label for="flag-reason">${msg('What is wrong with it?')}</label>
        <p class="hint" id="flag-hint">
          ${msg(
            str`Between ${FLAG_REASON_LIMITS.min} and ${FLAG_REASON_LIMITS.max} characters. The stewards see your reason, never who you are. When ${FLAGS_TO_HIDE} groups flag something, it is hidden until a steward looks at it.`,
          )}
        </p>
        <textarea
          id="flag-reason"
          maxlength=${FLAG_REASON_LIMITS.max}
          aria-describedby=${described}
          aria-invalid=${this.reasonError ? 'true' : 'false'}
          .value=${this.reason}
          @input=${(event: Event) => (this.reason = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${this.reasonError ? html`<p class="field-error" id="flag-error">${this.reasonError}</p>` : nothing}
      </div>
      <p class="row">
        <button type="submit" ?disabled=${this.busy}>${this.busy ? msg('Sending…') : msg('Send the flag')}</button>
        <button type="button" class="secondary" @click=${this.#cancel}>${msg('Cancel')}</button>
      </p>
    </form>`;
  }

  #openForm = async (): Promise<void> => {
    this.open = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>('#flag-reason')?.focus();
  };

  #cancel = async (): Promise<void> => {
    this.open = false;
    this.reasonError = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button')?.focus();
  };

  #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.busy) {
      return;
    }
    const reason = this.reason.trim();
    if (reason.length < FLAG_REASON_LIMITS.min) {
      this.reasonError = msg(str`Write at least ${FLAG_REASON_LIMITS.min} characters, so a steward knows what to look for.`);
      this.renderRoot.querySelector<HTMLTextAreaElement>('#flag-reason')?.focus();
      return;
    }
    this.reasonError = null;
    const flag = new FlagEvent(reason.slice(0, FLAG_REASON_LIMITS.max));
    this.dispatchEvent(flag);
    this.busy = true;
    try {
      await flag.outcome;
      this.sent = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.sent')?.focus();
    } catch (error) {
      this.reasonError = learningMessage(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('#flag-reason')?.focus();
    } finally {
      this.busy = false;
    }
  };
}

customElements.define('hrw-flag-form', HrwFlagForm);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-flag-form': HrwFlagForm;
  }
}
