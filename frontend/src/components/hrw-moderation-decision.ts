import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { LearningStatus } from '../api/learnings.js';
import { LIMITS } from '../learnings/learning-form.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';

export type ModerationAction = 'hide' | 'restore';

/** A steward decided, with the reason that goes with it. */
export class ModerateEvent extends Event {
  constructor(
    readonly action: ModerationAction,
    readonly reason: string,
  ) {
    super('hrw-moderate', { bubbles: true, composed: true });
  }
}

interface Choice {
  action: ModerationAction;
  button: string;
  label: string;
  hint: string;
}

const HIDE_HINT =
  'The hosts of the group it came from will read this, and so will other stewards. Be kind, and say what would make it fine to share.';
const KEEP_HINT = 'A few words on why it is fine to show. Any open flags are cleared.';

/** What a steward can do with a visible post (hide it, or keep it up) and with a hidden one (restore it, or keep it hidden). */
const CHOICES: Record<'visible' | 'hidden', readonly Choice[]> = {
  visible: [
    { action: 'hide', button: 'Hide', label: 'Why it is hidden', hint: HIDE_HINT },
    { action: 'restore', button: 'Keep it visible', label: 'Why it stays visible', hint: KEEP_HINT },
  ],
  hidden: [
    { action: 'restore', button: 'Restore', label: 'Why it is back', hint: KEEP_HINT },
    { action: 'hide', button: 'Keep it hidden', label: 'Why it stays hidden', hint: HIDE_HINT },
  ],
};

/**
 * A steward's decision on one flagged or hidden post or reply. Every decision asks for a reason first. Announces it
 * with `hrw-moderate` (a {@link ModerateEvent}); the page makes the call and sets `busy`.
 */
export class HrwModerationDecision extends LitElement {
  static override properties = {
    itemName: { attribute: 'item-name' },
    status: {},
    busy: { type: Boolean },
    choice: { state: true },
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

  /** Which one, for screen readers among many: “Which clinics to avoid”, the reply to “Naloxone at every meeting”. */
  declare itemName: string;
  declare status: LearningStatus;
  declare busy: boolean;
  declare choice: Choice | null;
  declare reason: string;
  declare reasonError: string | null;

  constructor() {
    super();
    this.itemName = '';
    this.status = 'visible';
    this.busy = false;
    this.choice = null;
    this.reason = '';
    this.reasonError = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Decided: the choices that follow are for the new status, so the reason form closes.
    if (changed.has('status') && changed.get('status') !== undefined) {
      this.choice = null;
      this.reason = '';
      this.reasonError = null;
    }
  }

  protected override render() {
    if (this.status === 'deleted') {
      return html`<p>Its group deleted it, so there is nothing to decide.</p>`;
    }
    const which = html`<span class="visually-hidden"> ${this.itemName}</span>`;
    const choice = this.choice;
    if (!choice) {
      return html`<p class="row">
        ${CHOICES[this.status].map(
          (option, index) =>
            html`<button type="button" class=${index === 0 ? '' : 'secondary'} ?disabled=${this.busy} @click=${() => void this.#choose(option)}>
              ${option.button}${which}…
            </button>`,
        )}
      </p>`;
    }
    return html`<form @submit=${this.#submit} novalidate>
      <div class="field">
        <label for="reason">${choice.label}</label>
        <p class="hint" id="reason-hint">${choice.hint}</p>
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
        <button type="submit" ?disabled=${this.busy}>${choice.button}${which}</button>
        <button type="button" class="secondary" @click=${this.#cancel}>Cancel</button>
      </p>
    </form>`;
  }

  async #choose(choice: Choice): Promise<void> {
    this.choice = choice;
    this.reasonError = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>('#reason')?.focus();
  }

  #cancel = async (): Promise<void> => {
    this.choice = null;
    this.reasonError = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button')?.focus();
  };

  #submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const reason = this.reason.trim();
    if (!this.choice) {
      return;
    }
    if (!reason) {
      this.reasonError = 'Write a few words about why, so the group’s hosts and other stewards understand the decision.';
      this.renderRoot.querySelector<HTMLTextAreaElement>('#reason')?.focus();
      return;
    }
    this.reasonError = null;
    this.dispatchEvent(new ModerateEvent(this.choice.action, reason));
  };
}

customElements.define('hrw-moderation-decision', HrwModerationDecision);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-moderation-decision': HrwModerationDecision;
  }
  interface HTMLElementEventMap {
    'hrw-moderate': ModerateEvent;
  }
}
