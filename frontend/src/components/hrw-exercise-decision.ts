import { LitElement, css, html, nothing } from 'lit';
import { LIMITS } from '../exercises/exercise-form.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';

/** A steward declines a suggestion, with the reason the suggesting group's hosts will read. */
export class DeclineEvent extends Event {
  constructor(readonly reason: string) {
    super('hrw-decline', { bubbles: true, composed: true });
  }
}

/**
 * A steward's Publish and Decline buttons for one suggested exercise. Decline first asks why. Asks for the
 * decision with `hrw-publish` and `hrw-decline` (a {@link DeclineEvent}); the page makes the call and sets `busy`.
 */
export class HrwExerciseDecision extends LitElement {
  static override properties = {
    exerciseTitle: { attribute: 'exercise-title' },
    busy: { type: Boolean },
    declining: { state: true },
    reason: { state: true },
    reasonError: { state: true },
  };

  static override styles = [
    interactiveStyles,
    formStyles,
    css`
      :host {
        display: block;
      }

      p {
        margin: 0 0 var(--hrw-space-s);
      }

      textarea {
        min-height: 5rem;
      }
    `,
  ];

  declare exerciseTitle: string;
  declare busy: boolean;
  declare declining: boolean;
  declare reason: string;
  declare reasonError: string | null;

  constructor() {
    super();
    this.exerciseTitle = '';
    this.busy = false;
    this.declining = false;
    this.reason = '';
    this.reasonError = null;
  }

  protected override render() {
    const which = html`<span class="visually-hidden"> “${this.exerciseTitle}”</span>`;
    if (!this.declining) {
      return html`<p class="row">
        <button type="button" ?disabled=${this.busy} @click=${this.#publish}>Publish${which}</button>
        <button type="button" class="secondary" ?disabled=${this.busy} @click=${this.#startDecline}>Decline${which}…</button>
      </p>`;
    }
    return html`<form @submit=${this.#decline} novalidate>
      <div class="field">
        <label for="reason">Why it is not added to the library</label>
        <p class="hint" id="reason-hint">
          The hosts of the group that suggested it will read this. Be kind, and say what would help.
        </p>
        <textarea
          id="reason"
          maxlength=${LIMITS.reasonMax}
          aria-describedby=${this.reasonError ? 'reason-hint reason-error' : 'reason-hint'}
          aria-invalid=${this.reasonError ? 'true' : 'false'}
          .value=${this.reason}
          @input=${(event: Event) => (this.reason = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${this.reasonError ? html`<p class="field-error" id="reason-error">${this.reasonError}</p>` : nothing}
      </div>
      <p class="row">
        <button type="submit" ?disabled=${this.busy}>Decline${which}</button>
        <button type="button" class="secondary" @click=${this.#cancel}>Cancel</button>
      </p>
    </form>`;
  }

  #publish = (): void => {
    this.dispatchEvent(new Event('hrw-publish', { bubbles: true, composed: true }));
  };

  #startDecline = async (): Promise<void> => {
    this.declining = true;
    this.reasonError = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>('#reason')?.focus();
  };

  #cancel = async (): Promise<void> => {
    this.declining = false;
    this.reasonError = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button.secondary')?.focus();
  };

  #decline = (event: SubmitEvent): void => {
    event.preventDefault();
    const reason = this.reason.trim();
    if (!reason) {
      this.reasonError = 'Write a few words for the hosts, so they know why and what might help.';
      this.renderRoot.querySelector<HTMLTextAreaElement>('#reason')?.focus();
      return;
    }
    this.reasonError = null;
    this.dispatchEvent(new DeclineEvent(reason));
  };
}

customElements.define('hrw-exercise-decision', HrwExerciseDecision);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-exercise-decision': HrwExerciseDecision;
  }
}
