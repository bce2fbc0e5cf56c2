import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { focusField, type SummaryItem } from '../lib/form-check.js';
import { interactiveStyles } from '../styles/shared.js';

/**
 * The box at the top of a form that lists what needs another look, each line a link to its field: the pattern
 * public-service design systems use, so someone who cannot see the whole form at once still learns every problem,
 * and a keyboard gets to each in one step. The form focuses it after a failed submit. Renders nothing when empty.
 * Its title counts the problems ("There are 3 problems"); the lines are the form's own, already in the page's
 * language.
 *
 * The fields live in the same shadow root as this element (the form's), so a link finds its field there.
 */
export class HrwErrorSummary extends LitElement {
  static override properties = {
    items: { attribute: false },
  };

  static override styles = [
    interactiveStyles,
    css`
      :host {
        display: block;
      }

      .summary {
        margin: 0 0 var(--hrw-space-m);
        padding: var(--hrw-space-s) var(--hrw-space-m);
        border: 4px solid var(--hrw-color-error);
        border-radius: var(--hrw-radius);
      }

      .summary:focus {
        outline: 3px solid var(--hrw-color-focus);
        outline-offset: 2px;
      }

      h2 {
        margin: 0 0 var(--hrw-space-xs);
        font-size: var(--hrw-text-l);
      }

      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }

      /* Each line is a tap target of its own on a phone. */
      a,
      li > span {
        display: inline-flex;
        align-items: center;
        min-height: 2.75rem;
        font-weight: 600;
      }

      a {
        color: var(--hrw-color-error);
      }
    `,
  ];

  declare items: readonly SummaryItem[];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.items = [];
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus(options);
  }

  protected override render() {
    if (this.items.length === 0) {
      return nothing;
    }
    return html`<div class="summary" tabindex="-1" role="group" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">${problemsHeading(this.items.length)}</h2>
      <ul>
        ${this.items.map((item) =>
          item.field
            ? html`<li><a href=${`#${item.field}`} @click=${(event: Event) => this.#follow(event, item.field!)}>${item.message}</a></li>`
            : html`<li><span>${item.message}</span></li>`,
        )}
      </ul>
    </div>`;
  }

  /** A fragment link cannot reach into a shadow root, so the link moves focus itself. */
  #follow(event: Event, field: string): void {
    const root = this.getRootNode();
    if (root instanceof ShadowRoot || root instanceof Document) {
      if (focusField(root, field)) {
        event.preventDefault();
      }
    }
  }
}

/** The summary's title: how many things need another look, so a screen reader user knows how long the list is. */
export function problemsHeading(count: number): string {
  return count === 1 ? msg('There is a problem') : msg(str`There are ${count} problems`);
}

customElements.define('hrw-error-summary', HrwErrorSummary);

/** After a failed submit: once the form shows what went wrong, focus its summary so it is read out first. */
export async function focusErrorSummary(form: LitElement): Promise<void> {
  await form.updateComplete;
  const summary = form.renderRoot.querySelector('hrw-error-summary');
  await summary?.updateComplete;
  summary?.focus();
}

declare global {
  interface HTMLElementTagNameMap {
    'hrw-error-summary': HrwErrorSummary;
  }
}
