import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import {
  EXERCISES_FEED_URL,
  KINDS,
  SORTS,
  THEMES,
  filtersFromQuery,
  libraryPath,
  searchExercises,
  type ExerciseFilters,
  type ExerciseSummary,
} from '../../api/exercises.js';
import '../../components/hrw-exercise-card.js';
import {
  DEFAULT_SORT,
  MAX_MINUTES_CHOICES,
  kindLabel,
  languageInWords,
  sortLabel,
  suitsChoice,
  themeLabel,
} from '../../exercises/labels.js';
import { LANGUAGE_CODES } from '../../groups/labels.js';
import { formatNumber } from '../../i18n/format.js';
import { AddressFiltersController } from '../../lib/address-filters-controller.js';
import { AccountController } from '../../lib/account-controller.js';
import { PagedListController } from '../../lib/paged-list-controller.js';
import { formStyles, interactiveStyles, pageStyles, searchPageStyles } from '../../styles/shared.js';

export const PAGE_SIZE = 20;

/** How many choices narrow the list, beyond the order it is shown in. */
export function countNarrowing(filters: ExerciseFilters): number {
  return [filters.q, filters.kind, filters.theme, filters.maxMinutes, filters.meeting, filters.language].filter(
    (value) => value !== undefined,
  ).length;
}

/**
 * "/exercises": the exercise library, a starter set chosen for the hub and what groups suggest. Every choice is in
 * the address (?q=&kind=&theme=&maxMinutes=&meeting=&language=&sort=), so a search can be bookmarked, shared, and left with Back.
 */
export class HrwExercises extends LitElement {
  static override styles = [
    pageStyles,
    interactiveStyles,
    formStyles,
    searchPageStyles,
    css`
      .choices {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
        gap: 0 var(--hrw-space-m);
      }
    `,
  ];

  readonly #account = new AccountController(this);

  readonly #address = new AddressFiltersController<ExerciseFilters>(this, {
    fromQuery: filtersFromQuery,
    path: libraryPath,
    defaultSort: DEFAULT_SORT,
    onSearch: () => void this.#results.loadFirst(),
  });

  get filters(): ExerciseFilters {
    return this.#address.filters;
  }

  readonly #results = new PagedListController<ExerciseSummary>(this, {
    fetchPage: (page, signal) =>
      searchExercises({ ...this.filters, sort: this.filters.sort ?? DEFAULT_SORT, page, size: PAGE_SIZE }, signal),
    key: (exercise) => exercise.slug,
    pageSize: PAGE_SIZE,
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#results.loadFirst();
  }

  protected override render() {
    const signedIn = this.#account.state.status === 'signed-in';
    return html`
      <h1>${msg('Exercises')}</h1>
      <p class="lead">
        ${msg('Each Harm Reduction Works-HRW meeting has an exercise to spark the discussion, usually 10 to 20 minutes: a reading, a podcast, a guest speaker, a member’s own writing. The library began with pieces chosen for the hub, each with its source, and it grows as groups suggest what worked for them and HRH413’s stewards add it.')}
      </p>
      ${signedIn
        ? html`<p class="row">
            <a class="button-link" href="/exercises/new">${msg('Suggest an exercise')}</a>
            ${this.#account.state.steward ? html`<a href="/exercises/review">${msg('Review suggested exercises')}</a>` : nothing}
          </p>`
        : html`<p class="small">${msg('Hosts can sign in to suggest an exercise on behalf of their group.')}</p>`}
      ${this.#renderForm()} ${this.#renderResults()}
      <p class="feed small">
        ${msg(
          html`Follow new exercises as they are added, in any feed reader: <a href=${EXERCISES_FEED_URL} type="application/atom+xml">the exercises feed (Atom)</a>.`,
        )}
      </p>
    `;
  }

  #renderForm() {
    const filters = this.filters;
    const narrowing = countNarrowing(filters);
    return html`
      <form class="search" role="search" aria-label=${msg('Find an exercise')} @submit=${this.#submit} novalidate>
        <div class="field">
          <label for="q">${msg('Words to look for')}</label>
          <p class="hint" id="q-hint">${msg('A title, a creator or a subject, such as “naloxone” or “grief”.')}</p>
          <input id="q" name="q" type="search" enterkeyhint="search" aria-describedby="q-hint" .value=${live(filters.q ?? '')} />
        </div>
        <div class="choices">
          ${this.#select('kind', msg('Kind'), msg('Any kind'), KINDS, filters.kind, kindLabel)}
          ${this.#select('theme', msg('Theme'), msg('Any theme'), THEMES, filters.theme, themeLabel)}
          ${this.#select(
            'maxMinutes',
            msg('Length'),
            msg('Any length'),
            MAX_MINUTES_CHOICES.map(String),
            filters.maxMinutes === undefined ? undefined : String(filters.maxMinutes),
            (minutes) => msg(str`Up to ${formatNumber(Number(minutes))} minutes`),
          )}
          ${this.#select('meeting', msg('Suits'), msg('Any meeting'), ['open', 'focused'] as const, filters.meeting, suitsChoice)}
          ${this.#select(
            'language',
            msg('Language'),
            msg('Any language'),
            languageChoices(filters.language),
            filters.language,
            languageInWords,
          )}
          <div class="field">
            <label for="sort">${msg('Order')}</label>
            <select id="sort" name="sort">
              ${SORTS.map(
                (sort) =>
                  html`<option value=${sort} .selected=${live((filters.sort ?? DEFAULT_SORT) === sort)}>${sortLabel(sort)}</option>`,
              )}
            </select>
          </div>
        </div>
        <p class="row">
          <button type="submit">${msg('Show exercises')}</button>
          ${narrowing > 0
            ? html`<button type="button" class="secondary" @click=${this.#clear}>${msg('Clear these choices')}</button>`
            : nothing}
        </p>
      </form>
    `;
  }

  #select<T extends string>(
    name: string,
    label: string,
    any: string,
    values: readonly T[],
    current: T | undefined,
    text: (value: T) => string,
  ) {
    return html`
      <div class="field">
        <label for=${name}>${label}</label>
        <select id=${name} name=${name}>
          <option value="" .selected=${live(current === undefined)}>${any}</option>
          ${values.map((value) => html`<option value=${value} .selected=${live(current === value)}>${text(value)}</option>`)}
        </select>
      </div>
    `;
  }

  #renderResults() {
    const { items, total: count, loading, error, answered } = this.#results;
    const narrowed = countNarrowing(this.filters) > 0;
    const heading = answered ? resultsHeading(count, narrowed) : msg('Exercises in the library');
    return html`
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" tabindex="-1">${heading}</h2>
        <p class="visually-hidden" role="status">${loading ? msg('Looking for exercises…') : answered ? heading : ''}</p>
        ${loading && items.length === 0 ? html`<p aria-hidden="true">${msg('Looking for exercises…')}</p>` : nothing}
        ${error
          ? html`<div class="alert" role="alert">
              <p>${msg(str`The exercises did not load. ${error}`)}</p>
              <p><button type="button" @click=${() => void this.#results.loadMore()}>${msg('Try again')}</button></p>
            </div>`
          : nothing}
        ${items.length > 0
          ? html`<ol class="results">
              ${items.map((exercise) => html`<li><hrw-exercise-card .exercise=${exercise}></hrw-exercise-card></li>`)}
            </ol>`
          : nothing}
        ${this.#results.hasMore
          ? html`<button type="button" class="secondary" @click=${() => void this.#results.loadMore()}>
              ${msg('Show more exercises')}
            </button>`
          : nothing}
        ${answered && !loading && !error && count === 0 ? this.#renderEmpty(narrowed) : nothing}
      </section>
    `;
  }

  #renderEmpty(narrowed: boolean) {
    const suggest =
      this.#account.state.status === 'signed-in'
        ? html`<li>${msg(html`Know a piece that would fit? <a href="/exercises/new">Suggest it for the library</a>.`)}</li>`
        : nothing;
    if (!narrowed) {
      return html`<div class="callout">
        <p>${msg('The library has no exercises yet. Any piece that opens a conversation can be one: an article read aloud, a podcast, a poem.')}</p>
        ${suggest === nothing ? nothing : html`<ul>${suggest}</ul>`}
      </div>`;
    }
    const clear = html`<button type="button" class="secondary" @click=${this.#clear}>${msg('Clear these choices')}</button>`;
    return html`<div class="callout">
      <p>${msg('No exercise matches all of these choices yet. That happens in a young library.')}</p>
      <ul>
        <li>${msg(html`${clear} to see them all.`)}</li>
        ${suggest}
      </ul>
    </div>`;
  }

  #submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form).entries()) {
      if (typeof value === 'string' && value.trim() !== '') {
        params.append(name, value);
      }
    }
    this.#address.apply(filtersFromQuery(params));
  };

  #clear = (): void => {
    this.#address.apply({ page: 0, ...(this.filters.sort ? { sort: this.filters.sort } : {}) });
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  };

}

/** "3 exercises for this search" */
function resultsHeading(count: number, narrowed: boolean): string {
  if (count === 1) {
    return narrowed ? msg('1 exercise for this search') : msg('1 exercise');
  }
  const shown = formatNumber(count);
  return narrowed ? msg(str`${shown} exercises for this search`) : msg(str`${shown} exercises`);
}

/** The languages a piece can be in, as the form offers them, and any other one the address asks for. */
function languageChoices(current: string | undefined): readonly string[] {
  return current === undefined || LANGUAGE_CODES.includes(current) ? LANGUAGE_CODES : [...LANGUAGE_CODES, current];
}

customElements.define('hrw-exercises', HrwExercises);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-exercises': HrwExercises;
  }
}
