import { html, type TemplateResult } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LIMITS } from '../exercises/exercise-form.js';
import { ReasonDecision, type ReasonPrompt } from './reason-decision.js';

/** A steward declines a suggestion, with the reason the suggesting group's hosts will read. */
export class DeclineEvent extends Event {
  constructor(readonly reason: string) {
    super('hrw-decline', { bubbles: true, composed: true });
  }
}

function decline(): ReasonPrompt {
  return {
    button: msg('Decline'),
    label: msg('Why it is not added to the library'),
    hint: msg('The hosts of the group that suggested it will read this. Be kind, and say what would help.'),
  };
}

/**
 * A steward's Publish and Decline buttons for one suggested exercise. Decline first asks why. Asks for the
 * decision with `hrw-publish` and `hrw-decline` (a {@link DeclineEvent}); the page makes the call and sets `busy`.
 */
export class HrwExerciseDecision extends ReasonDecision<ReasonPrompt> {
  static override properties = {
    exerciseTitle: { attribute: 'exercise-title' },
  };

  declare exerciseTitle: string;

  protected readonly reasonMax = LIMITS.reasonMax;
  protected get missingReason(): string {
    return msg('Write a few words for the hosts, so they know why and what might help.');
  }

  protected readonly cancelFocus = 'button.secondary';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.exerciseTitle = '';
  }

  protected get which(): string {
    return `“${this.exerciseTitle}”`;
  }

  protected override renderChoices(which: TemplateResult) {
    return html`<p class="row">
      <button type="button" ?disabled=${this.busy} @click=${this.#publish}>${msg('Publish')}${which}</button>
      <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => void this.ask(decline())}>
        ${msg('Decline')}${which}…
      </button>
    </p>`;
  }

  protected override decide(_prompt: ReasonPrompt, reason: string): void {
    this.dispatchEvent(new DeclineEvent(reason));
  }

  #publish = (): void => {
    this.dispatchEvent(new Event('hrw-publish', { bubbles: true, composed: true }));
  };
}

customElements.define('hrw-exercise-decision', HrwExerciseDecision);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-exercise-decision': HrwExerciseDecision;
  }
}
