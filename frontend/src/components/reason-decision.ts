import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { formStyles, interactiveStyles } from '../styles/shared.js';

/** One decision that needs a reason: the textarea's label and hint, and the button that sends it. */
export interface ReasonPrompt {
  label: string;
  hint: string;
  button: string;
}

/**
 * A steward's decision that others will read the reason for. The subclass renders the buttons that start one and
 * says what the decision is; this keeps the reason form itself, so declining a suggestion and hiding a post are
 * asked for, checked and announced to screen readers the same way.
 */
export abstract class ReasonDecision<P extends ReasonPrompt> extends LitElement {
  static override properties: PropertyDeclarations = {
    busy: { type: Boolean },
    prompt: { state: true },
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

  declare busy: boolean;
  /** The decision being given a reason; null while the choices show. */
  declare prompt: P | null;
  declare reason: string;
  declare reasonError: string | null;

  /** Which item this is, read after each button's words: a queue holds many with the same buttons. */
  protected abstract readonly which: string;
  protected abstract readonly reasonMax: number;
  /** Said when the reason is left empty; read when it is said, so a getter keeps it in the language shown. */
  protected abstract readonly missingReason: string;
  /** Where focus goes back to on Cancel, so a keyboard user is not left at the top of the page. */
  protected abstract readonly cancelFocus: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.busy = false;
    this.prompt = null;
    this.reason = '';
    this.reasonError = null;
  }

  /** The buttons shown until a decision is chosen; `which` names the item for screen readers. */
  protected abstract renderChoices(which: TemplateResult): unknown;

  /** Announces the decision, with its reason trimmed and never empty. */
  protected abstract decide(prompt: P, reason: string): void;

  protected override render() {
    const which = html`<span class="visually-hidden"> ${this.which}</span>`;
    const prompt = this.prompt;
    if (!prompt) {
      return this.renderChoices(which);
    }
    return html`<form @submit=${this.#submit} novalidate>
      <div class="field">
        <label for="reason">${prompt.label}</label>
        <p class="hint" id="reason-hint">${prompt.hint}</p>
        <textarea
          id="reason"
          maxlength=${this.reasonMax}
          aria-describedby=${this.reasonError ? 'reason-hint reason-error' : 'reason-hint'}
          aria-invalid=${this.reasonError ? 'true' : 'false'}
          .value=${this.reason}
          @input=${(event: Event) => (this.reason = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${this.reasonError ? html`<p class="field-error" id="reason-error">${this.reasonError}</p>` : nothing}
      </div>
      <p class="row">
        <button type="submit" ?disabled=${this.busy}>${prompt.button}${which}</button>
        <button type="button" class="secondary" @click=${this.#cancel}>${msg('Cancel')}</button>
      </p>
    </form>`;
  }

  /** Opens the reason form for a decision, with the cursor in it. */
  protected async ask(prompt: P): Promise<void> {
    this.prompt = prompt;
    this.reasonError = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>('#reason')?.focus();
  }

  #cancel = async (): Promise<void> => {
    this.prompt = null;
    this.reasonError = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(this.cancelFocus)?.focus();
  };

  #submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const reason = this.reason.trim();
    if (!this.prompt) {
      return;
    }
    if (!reason) {
      this.reasonError = this.missingReason;
      this.renderRoot.querySelector<HTMLTextAreaElement>('#reason')?.focus();
      return;
    }
    this.reasonError = null;
    this.decide(this.prompt, reason);
  };
}
