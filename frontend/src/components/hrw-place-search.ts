import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { PLACE_QUERY_MIN, suggestPlaces, type Place } from '../api/places.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';

/** The person picked one of the suggested places. The page decides what the box then shows (via `value`). */
export class PlaceChosenEvent extends Event {
  constructor(readonly place: Place) {
    super('hrw-place-chosen', { bubbles: true, composed: true });
  }
}

/** The text in the box changed by typing. */
export class QueryChangedEvent extends Event {
  constructor(readonly text: string) {
    super('hrw-query-changed', { bubbles: true, composed: true });
  }
}

/**
 * Enter was pressed in the box. An input inside a shadow root does not submit the page's form by itself, so the page
 * decides (the finder searches).
 */
export class QuerySubmittedEvent extends Event {
  constructor(readonly text: string) {
    super('hrw-query-submitted', { bubbles: true, composed: true });
  }
}

/** The server's credit for the place data that came with suggestions. */
export class PlaceAttributionEvent extends Event {
  constructor(readonly attribution: string) {
    super('hrw-place-attribution', { bubbles: true, composed: true });
  }
}

const SUGGEST_DELAY_MS = 250;

/** "Northampton, MA" (the country only for towns abroad); a ZIP code before its town, "01060 · Northampton, MA". */
function suggestionText(place: Place): string {
  return place.kind === 'postal' ? place.label : place.displayName;
}

/**
 * A town or ZIP code box that suggests places from /api/v1/places as one types: arrow keys move between the box and
 * the suggestions, Escape closes them. Anything slotted as `action` (a Search button) sits beside the box.
 */
export class HrwPlaceSearch extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    label: {},
    inputId: { attribute: 'input-id' },
    value: {},
    hint: {},
    error: {},
    listLabel: { attribute: 'list-label' },
    enterKeyHint: { attribute: 'enter-key-hint' },
    suggestions: { state: true },
  };

  static override styles = [
    interactiveStyles,
    formStyles,
    css`
      :host {
        display: block;
      }

      .place-row {
        display: flex;
        flex-wrap: wrap;
        gap: var(--hrw-space-xs);
      }

      .place-row input {
        flex: 1 1 12rem;
        width: auto;
      }

      .suggestions {
        margin: 0.35rem 0 0;
        padding: 0;
        list-style: none;
        border: 1px solid var(--hrw-color-border);
        border-radius: var(--hrw-radius);
      }

      .suggestions li + li {
        margin-top: 0;
        border-top: 1px solid var(--hrw-color-border);
      }

      .suggestions button {
        display: block;
        width: 100%;
        text-align: left;
        border: 0;
        border-radius: 0;
        background: transparent;
        color: var(--hrw-color-text);
        font-weight: 400;
      }

      .suggestions button:hover,
      .suggestions button:focus-visible {
        background: var(--hrw-color-accent-soft);
        color: var(--hrw-color-text);
      }
    `,
  ];

  /** The box's label; "Town or ZIP code" in the language shown when the page gives none. */
  declare label: string;
  /** The id of the box inside this element; the hint and error ids derive from it. */
  declare inputId: string;
  declare value: string;
  declare hint: string;
  /** When set, shown under the box and the box is marked invalid. */
  declare error: string | null;
  /** The accessible name of the suggestion list ("Matching places" unless the page gives one). */
  declare listLabel: string;
  declare enterKeyHint: string;
  declare suggestions: Place[];

  #timer: ReturnType<typeof setTimeout> | undefined;
  #request: AbortController | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.label = '';
    this.inputId = 'place';
    this.value = '';
    this.hint = '';
    this.error = null;
    this.listLabel = '';
    this.enterKeyHint = 'enter';
    this.suggestions = [];
  }

  override disconnectedCallback(): void {
    this.#cancel();
    super.disconnectedCallback();
  }

  /** Closes the suggestions (the page calls this when it searches). */
  dismiss(): void {
    this.#cancel();
    this.suggestions = [];
  }

  protected override render() {
    const id = this.inputId;
    const count = this.suggestions.length;
    const describedBy = [this.hint ? `${id}-hint` : '', this.error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`
      <div class="field">
        <label for=${id}>${this.label || msg('Town or ZIP code')}</label>
        ${this.hint ? html`<p class="hint" id=${`${id}-hint`}>${this.hint}</p>` : nothing}
        <div class="place-row">
          <input
            id=${id}
            type="text"
            autocomplete="off"
            autocapitalize="words"
            spellcheck="false"
            enterkeyhint=${this.enterKeyHint}
            aria-describedby=${describedBy || nothing}
            aria-invalid=${this.error ? 'true' : 'false'}
            .value=${this.value}
            @input=${this.#onInput}
            @keydown=${this.#onInputKey}
          />
          <slot name="action"></slot>
        </div>
        ${this.error ? html`<p id=${`${id}-error`} class="field-error">${this.error}</p>` : nothing}
        <p class="visually-hidden" role="status">
          ${count === 1 ? msg('1 matching place is listed below the box.') : count > 1 ? msg(str`${count} matching places are listed below the box.`) : ''}
        </p>
        ${count > 0
          ? html`<ul class="suggestions" aria-label=${this.listLabel || msg('Matching places')} @keydown=${this.#onSuggestionKey}>
              ${this.suggestions.map(
                (place) => html`<li><button type="button" @click=${() => this.#choose(place)}>${suggestionText(place)}</button></li>`,
              )}
            </ul>`
          : nothing}
      </div>
    `;
  }

  #input(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input');
  }

  #buttons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.suggestions button')];
  }

  #onInput = (event: Event): void => {
    this.value = (event.target as HTMLInputElement).value;
    this.dispatchEvent(new QueryChangedEvent(this.value));
    clearTimeout(this.#timer);
    const text = this.value;
    this.#timer = setTimeout(() => void this.#suggest(text), SUGGEST_DELAY_MS);
  };

  #onInputKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' && this.suggestions.length > 0) {
      event.preventDefault();
      this.#buttons()[0]?.focus();
    } else if (event.key === 'Escape') {
      this.dismiss();
    } else if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      this.dismiss();
      this.dispatchEvent(new QuerySubmittedEvent(this.value));
    }
  };

  #onSuggestionKey = (event: KeyboardEvent): void => {
    const buttons = this.#buttons();
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      buttons[Math.min(index + 1, buttons.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (index <= 0) {
        this.#input()?.focus();
      } else {
        buttons[index - 1]?.focus();
      }
    } else if (event.key === 'Escape') {
      this.dismiss();
      this.#input()?.focus();
    }
  };

  #cancel(): void {
    clearTimeout(this.#timer);
    this.#request?.abort();
    this.#request = null;
  }

  async #suggest(text: string): Promise<void> {
    this.#request?.abort();
    if (text.trim().length < PLACE_QUERY_MIN) {
      this.suggestions = [];
      return;
    }
    const request = new AbortController();
    this.#request = request;
    try {
      const matches = await suggestPlaces(text, request.signal);
      if (!request.signal.aborted && this.value === text) {
        this.suggestions = matches.items;
        if (matches.attribution) {
          this.dispatchEvent(new PlaceAttributionEvent(matches.attribution));
        }
      }
    } catch {
      // Suggestions are a help, not a requirement: typing and searching still work without them.
      if (!request.signal.aborted) {
        this.suggestions = [];
      }
    }
  }

  #choose(place: Place): void {
    this.dismiss();
    this.dispatchEvent(new PlaceChosenEvent(place));
    this.#input()?.focus();
  }
}

customElements.define('hrw-place-search', HrwPlaceSearch);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-place-search': HrwPlaceSearch;
  }
  interface HTMLElementEventMap {
    'hrw-place-chosen': PlaceChosenEvent;
    'hrw-query-changed': QueryChangedEvent;
    'hrw-query-submitted': QuerySubmittedEvent;
    'hrw-place-attribution': PlaceAttributionEvent;
  }
}
