import { msg } from '@lit/localize';
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

const hideHint = () =>
  msg(
    'The hosts of the group it came from will read this, and so will other stewards. Be kind, and say what would make it fine to share.',
  );
const keepHint = () =>
  msg('A few words on why it is fine to show; the stewards keep them with the post. Any open flags are cleared.');

/** A choice whose words are read when shown, so an open reason form follows a change of language too. */
function choice(action: ModerationAction, button: () => string, label: () => string, hint: () => string): Choice {
  return {
    action,
    get button() {
      return button();
    },
    get label() {
      return label();
    },
    get hint() {
      return hint();
    },
  };
}

/** What a steward can do with a visible post (hide it, or keep it up) and with a hidden one (restore it, or keep it hidden). */
const CHOICES: Record<'visible' | 'hidden', readonly Choice[]> = {
  visible: [
    choice('hide', () => msg('Hide'), () => msg('Why it is hidden'), hideHint),
    choice('restore', () => msg('Keep it visible'), () => msg('Why it stays visible'), keepHint),
  ],
  hidden: [
    choice('restore', () => msg('Restore'), () => msg('Why it is back'), keepHint),
    choice('hide', () => msg('Keep it hidden'), () => msg('Why it stays hidden'), hideHint),
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
  protected get missingReason(): string {
    return msg('Write a few words about why, so the group’s hosts and other stewards understand the decision.');
  }
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
      return html`<p>${msg('Its group deleted it, so there is nothing to decide.')}</p>`;
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
