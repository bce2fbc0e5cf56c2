import { LitElement, css, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { interactiveStyles } from '../styles/shared.js';
import './hrw-exercise-picker.js';

/**
 * A button that opens the exercise picker in place, with Cancel (or Escape) to put it away again. The picker's
 * `hrw-exercise-chosen` event goes on to the page; the picker closes and focus returns to the button, which the
 * page may move on from (to what was chosen).
 */
export class HrwExerciseChooser extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    label: {},
    searchId: { attribute: 'search-id' },
    primary: { type: Boolean },
    open: { type: Boolean, reflect: true },
  };

  static override styles = [
    interactiveStyles,
    css`
      :host {
        display: block;
      }

      .picker {
        padding: var(--hrw-space-s);
        border: 1px solid var(--hrw-color-border);
        border-radius: var(--hrw-radius);
      }

      p {
        margin: 0;
      }
    `,
  ];

  /** The button's words; "Choose from the library" (in the language shown) unless set. */
  declare label: string | null;
  /** The id of the picker's search box. */
  declare searchId: string;
  /** A filled button, for when choosing is the next thing to do. */
  declare primary: boolean;
  /** Whether the picker is showing (reflected, so a page can give it more room). */
  declare open: boolean;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.label = null;
    this.searchId = 'exercise-search';
    this.primary = false;
    this.open = false;
  }

  protected override render() {
    if (!this.open) {
      return html`<button type="button" class=${this.primary ? '' : 'secondary'} @click=${this.#show}>${this.label ?? msg('Choose from the library')}</button>`;
    }
    return html`<div class="picker" @hrw-exercise-chosen=${this.#hide} @hrw-picker-dismissed=${this.#dismiss}>
      <hrw-exercise-picker input-id=${this.searchId}></hrw-exercise-picker>
      <p><button type="button" class="secondary" @click=${this.#hide}>${msg('Cancel')}</button></p>
    </div>`;
  }

  #show = async (): Promise<void> => {
    this.open = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('hrw-exercise-picker')?.focus();
  };

  #dismiss = (event: Event): void => {
    event.stopPropagation();
    void this.#hide();
  };

  #hide = async (): Promise<void> => {
    this.open = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('button')?.focus();
  };
}

customElements.define('hrw-exercise-chooser', HrwExerciseChooser);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-exercise-chooser': HrwExerciseChooser;
  }
}
