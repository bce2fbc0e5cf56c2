import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { libraryPath, searchExercises, type ExerciseSummary } from '../api/exercises.js';
import { plainMessage } from '../api/messages.js';
import { contentNotesInWords, exerciseFacts, languageNote } from '../exercises/labels.js';
import { textLanguage } from '../exercises/paths.js';
import { formatNumber } from '../i18n/format.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';

/** The person chose one of the exercises listed. */
export class ExerciseChosenEvent extends Event {
  constructor(readonly exercise: ExerciseSummary) {
    super('hrw-exercise-chosen', { bubbles: true, composed: true });
  }
}

/** Escape in the picker: the page may close it. */
export class PickerDismissedEvent extends Event {
  constructor() {
    super('hrw-picker-dismissed', { bubbles: true, composed: true });
  }
}

const SEARCH_DELAY_MS = 250;
const RESULTS = 8;

/**
 * A search box over the published exercise library with the matches as buttons (title, length, kind, its language
 * when that is news, and content notes). Before anything is typed it lists the library's first few. Arrow keys move between the box and the
 * results; Escape asks the page to close the picker. Choosing announces an `hrw-exercise-chosen` event.
 */
export class HrwExercisePicker extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    label: {},
    inputId: { attribute: 'input-id' },
    query: { state: true },
    results: { state: true },
    total: { state: true },
    loading: { state: true },
    error: { state: true },
  };

  static override styles = [
    interactiveStyles,
    formStyles,
    css`
      :host {
        display: block;
      }

      .status {
        margin: 0 0 var(--hrw-space-xs);
        font-size: var(--hrw-text-s);
        color: var(--hrw-color-muted);
      }

      .results {
        margin: 0 0 var(--hrw-space-s);
        padding: 0;
        list-style: none;
        border: 1px solid var(--hrw-color-border);
        border-radius: var(--hrw-radius);
      }

      .results li {
        margin: 0;
      }

      .results li + li {
        border-top: 1px solid var(--hrw-color-border);
      }

      .results button {
        display: block;
        width: 100%;
        text-align: left;
        border: 0;
        border-radius: 0;
        background: transparent;
        color: var(--hrw-color-text);
        font-weight: 400;
      }

      .results button:hover,
      .results button:focus-visible {
        background: var(--hrw-color-accent-soft);
        color: var(--hrw-color-text);
      }

      .title {
        display: block;
        font-size: var(--hrw-text-m);
        font-weight: 700;
        overflow-wrap: anywhere;
      }

      .facts,
      .notes {
        display: block;
        margin-top: 0.2rem;
      }

      .notes {
        font-weight: 600;
      }
    `,
  ];

  /** The search box's label; "Search the exercise library" (in the language shown) unless set. */
  declare label: string | null;
  /** The id of the box inside this element; the hint's id derives from it. */
  declare inputId: string;
  declare query: string;
  declare results: ExerciseSummary[] | null;
  declare total: number;
  declare loading: boolean;
  declare error: string | null;

  #timer: ReturnType<typeof setTimeout> | undefined;
  #request: AbortController | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.label = null;
    this.inputId = 'exercise-search';
    this.query = '';
    this.results = null;
    this.total = 0;
    this.loading = false;
    this.error = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.results === null) {
      void this.#search(this.query);
    }
  }

  override disconnectedCallback(): void {
    clearTimeout(this.#timer);
    this.#request?.abort();
    this.#request = null;
    super.disconnectedCallback();
  }

  protected override render() {
    const id = this.inputId;
    const results = this.results ?? [];
    return html`
      <div class="field">
        <label for=${id}>${this.label ?? msg('Search the exercise library')}</label>
        <p class="hint" id=${`${id}-hint`}>
          ${msg('A word from the title or the topic, like “grief” or “podcast”. The arrow keys move through the results.')}
        </p>
        <input
          id=${id}
          type="search"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-describedby=${`${id}-hint`}
          .value=${this.query}
          @input=${this.#onInput}
          @keydown=${this.#onInputKey}
        />
      </div>
      <p class="status" role="status">${this.#statusText()}</p>
      ${this.error
        ? html`<div class="alert" role="alert">
            <p>${msg(str`The library did not load. ${this.error}`)}</p>
            <p>
              <button type="button" class="secondary" @click=${() => void this.#search(this.query)}>${msg('Try again')}</button>
            </p>
          </div>`
        : nothing}
      ${results.length > 0
        ? html`<ul class="results" aria-label=${msg('Exercises to choose from')} @keydown=${this.#onResultKey}>
            ${results.map((exercise) => this.#renderResult(exercise))}
          </ul>`
        : nothing}
      ${this.results !== null && results.length === 0 && !this.loading && !this.error
        ? html`<p>
            ${msg(html`Try another word, or <a href=${this.#libraryLink()}>browse the whole library</a>.`)}
          </p>`
        : nothing}
    `;
  }

  #renderResult(exercise: ExerciseSummary) {
    const notes = contentNotesInWords(exercise.contentNotes);
    const language = languageNote(exercise.language);
    const facts = exerciseFacts(exercise.suggestedMinutes, exercise.kind);
    return html`<li>
      <button type="button" @click=${() => this.#choose(exercise)}>
        <span class="title" lang=${textLanguage(exercise.language) ?? nothing}>${exercise.title}</span>
        <span class="facts">${language ? `${facts} · ${language}` : facts}</span>
        ${notes ? html`<span class="notes">${msg(str`Content notes: ${notes}`)}</span>` : nothing}
      </button>
    </li>`;
  }

  #libraryLink(): string {
    const q = this.query.trim();
    return libraryPath({ page: 0, ...(q ? { q } : {}) });
  }

  #statusText(): string {
    if (this.loading) {
      return msg('Looking in the library…');
    }
    if (this.error || this.results === null) {
      return '';
    }
    const query = this.query.trim();
    const shown = this.results.length;
    if (shown === 0) {
      return query ? msg(str`No exercises match “${query}”.`) : msg('The library has no exercises yet.');
    }
    const total = formatNumber(this.total);
    const found = query
      ? this.total === 1
        ? msg(str`1 exercise matches “${query}”`)
        : msg(str`${total} exercises match “${query}”`)
      : this.total === 1
        ? msg('1 exercise in the library')
        : msg(str`${total} exercises in the library`);
    return shown < this.total
      ? msg(str`${found}; the first ${formatNumber(shown)} are listed. Type to narrow it down.`)
      : `${found}.`;
  }

  #input(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input');
  }

  #buttons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.results button')];
  }

  #onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.#timer);
    const text = this.query;
    this.#timer = setTimeout(() => void this.#search(text), SEARCH_DELAY_MS);
  };

  #onInputKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' && (this.results?.length ?? 0) > 0) {
      event.preventDefault();
      this.#buttons()[0]?.focus();
    } else if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      clearTimeout(this.#timer);
      void this.#search(this.query);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.dispatchEvent(new PickerDismissedEvent());
    }
  };

  #onResultKey = (event: KeyboardEvent): void => {
    const buttons = this.#buttons();
    const index = buttons.indexOf(event.composedPath()[0] as HTMLButtonElement);
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
      event.preventDefault();
      this.dispatchEvent(new PickerDismissedEvent());
    }
  };

  async #search(text: string): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.loading = true;
    this.error = null;
    const q = text.trim();
    try {
      const page = await searchExercises({ ...(q ? { q } : {}), page: 0, size: RESULTS }, request.signal);
      if (!request.signal.aborted) {
        this.results = page.items;
        this.total = page.total;
      }
    } catch (error) {
      if (!request.signal.aborted) {
        this.results = [];
        this.error = plainMessage(error);
      }
    } finally {
      if (this.#request === request) {
        this.loading = false;
      }
    }
  }

  #choose(exercise: ExerciseSummary): void {
    this.dispatchEvent(new ExerciseChosenEvent(exercise));
  }
}

customElements.define('hrw-exercise-picker', HrwExercisePicker);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-exercise-picker': HrwExercisePicker;
  }
  interface HTMLElementEventMap {
    'hrw-exercise-chosen': ExerciseChosenEvent;
    'hrw-picker-dismissed': PickerDismissedEvent;
  }
}
