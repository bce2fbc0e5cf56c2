import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { LearningStatus } from '../api/learnings.js';
import { LIMITS } from '../learnings/learning-form.js';
import { ReasonDecision, type ReasonPrompt } from './reason-decision.js';

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

interface Choice extends ReasonPrompt {
  action: ModerationAction;
}

const HIDE_HINT =
  'The hosts of the group it came from will read this, and so will other stewards. Be kind, and say what would make it fine to share.';
const KEEP_HINT = 'A few words on why it is fine to show; the stewards keep them with the post. Any open flags are cleared.';

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
export class HrwModerationDecision extends ReasonDecision<Choice> {
  static override properties = {
    itemName: { attribute: 'item-name' },
    status: {},
  };

  /** Which one, for screen readers among many: “Which clinics to avoid”, the reply to “Naloxone at every meeting”. */
  declare itemName: string;
  declare status: LearningStatus;

  protected readonly reasonMax = LIMITS.reasonMax;
  protected readonly missingReason =
    'Write a few words about why, so the group’s hosts and other stewards understand the decision.';
  protected readonly cancelFocus = 'button';

  constructor() {
    super();
    this.itemName = '';
    this.status = 'visible';
  }

  protected get which(): string {
    return this.itemName;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Decided: the choices that follow are for the new status, so the reason form closes.
    if (changed.has('status') && changed.get('status') !== undefined) {
      this.prompt = null;
      this.reason = '';
      this.reasonError = null;
    }
  }

  /** Any change of status closes the reason form (above), so a deleted item is only ever shown here. */
  protected override renderChoices(which: TemplateResult) {
    if (this.status === 'deleted') {
      return html`<p>Its group deleted it, so there is nothing to decide.</p>`;
    }
    return html`<p class="row">
      ${CHOICES[this.status].map(
        (option, index) =>
          html`<button type="button" class=${index === 0 ? '' : 'secondary'} ?disabled=${this.busy} @click=${() => void this.ask(option)}>
            ${option.button}${which}…
          </button>`,
      )}
    </p>`;
  }

  protected override decide(choice: Choice, reason: string): void {
    this.dispatchEvent(new ModerateEvent(choice.action, reason));
  }
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
