import { LitElement, css, html, nothing } from 'lit';
import { interactiveStyles } from '../styles/shared.js';

export interface Choice {
  value: string;
  label: string;
  /** The language of the label, when it is not English ("Español"). */
  lang?: string;
}

export class ChooseEvent extends Event {
  constructor(readonly value: string) {
    super('hrw-choose', { bubbles: true, composed: true });
  }
}

/**
 * A small set of options shown side by side: a real radio group (one Tab stop, arrow keys to move) that looks like
 * segmented buttons. Announces the choice with an `hrw-choose` event.
 */
export class HrwChoiceGroup extends LitElement {
  static override properties = {
    legend: {},
    name: {},
    value: {},
    options: { attribute: false },
    disabled: { type: Boolean },
  };

  static override styles = [
    interactiveStyles,
    css`
      :host {
        display: block;
      }

      fieldset {
        margin: 0;
        padding: 0;
        border: 0;
        min-width: 0;
      }

      legend {
        padding: 0;
        margin-bottom: var(--hrw-space-xs);
        font-size: var(--hrw-text-s);
        font-weight: 700;
      }

      .options {
        display: flex;
        flex-wrap: wrap;
        gap: var(--hrw-space-xs);
      }

      label {
        position: relative;
        display: inline-flex;
      }

      input {
        position: absolute;
        inset: 0;
        width: 100%;
        height: 100%;
        margin: 0;
        opacity: 0;
        cursor: pointer;
      }

      span {
        display: inline-flex;
        align-items: center;
        min-height: 2.75rem;
        padding: 0.5rem 1rem;
        border: 2px solid var(--hrw-color-accent);
        border-radius: var(--hrw-radius);
        background: var(--hrw-color-surface);
        color: var(--hrw-color-accent);
        font-size: var(--hrw-text-s);
        font-weight: 600;
        line-height: 1.2;
      }

      input:checked + span {
        background: var(--hrw-color-accent);
        color: var(--hrw-color-on-accent);
      }

      /* The check mark says which is chosen without relying on colour. */
      input:checked + span::before {
        content: '✓';
        margin-right: 0.4em;
      }

      input:hover + span {
        border-color: var(--hrw-color-accent-strong);
      }

      input:focus-visible + span {
        outline: 3px solid var(--hrw-color-focus);
        outline-offset: 3px;
      }

      input:disabled + span {
        opacity: 0.7;
      }
    `,
  ];

  declare legend: string;
  declare name: string;
  declare value: string;
  declare options: readonly Choice[];
  declare disabled: boolean;

  constructor() {
    super();
    this.legend = '';
    this.name = 'choice';
    this.value = '';
    this.options = [];
    this.disabled = false;
  }

  protected override render() {
    return html`
      <fieldset>
        <legend>${this.legend}</legend>
        <div class="options">
          ${this.options.map(
            (option) => html`
              <label>
                <input
                  type="radio"
                  name=${this.name}
                  .value=${option.value}
                  .checked=${option.value === this.value}
                  ?disabled=${this.disabled}
                  @change=${this.#changed}
                /><span lang=${option.lang ?? nothing}>${option.label}</span>
              </label>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  #changed(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.checked && input.value !== this.value) {
      this.value = input.value;
      this.dispatchEvent(new ChooseEvent(input.value));
    }
  }
}

customElements.define('hrw-choice-group', HrwChoiceGroup);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-choice-group': HrwChoiceGroup;
  }
}
