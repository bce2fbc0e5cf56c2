import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import {
  ATTENDANCES,
  DEFAULT_PAGE_SIZE,
  DEFAULT_RADIUS_KM,
  FOCUSES,
  FORMATS,
  OFFERINGS,
  RADII_KM,
  SORT_ORDERS,
  TIMES_OF_DAY,
  WEEKDAYS,
  countNarrowing,
  emptyFilters,
  filtersFromQuery,
  finderPath,
  hasPlace,
  hasSearch,
  searchCalendarUrl,
  searchGroups,
  violationFor,
  type Focus,
  type GroupFilters,
  type GroupPage,
  type GroupSummary,
  type SortOrder,
} from '../../api/groups.js';
import { ApiError, type Choice } from '../../api/client.js';
import { fetchConfig, mapConfig, type MapConfig } from '../../api/config.js';
import { plainMessage } from '../../api/messages.js';
import { placeSearchText } from '../../api/places.js';
import '../../components/hrw-group-card.js';
import '../../components/hrw-place-search.js';
import type {
  HrwPlaceSearch,
  PlaceAttributionEvent,
  PlaceChosenEvent,
  QueryChangedEvent,
} from '../../components/hrw-place-search.js';
import {
  ATTENDANCE_LABELS,
  FOCUS_LABELS,
  FORMAT_HINTS,
  FORMAT_LABELS,
  LANGUAGE_CODES,
  OFFERING_LABELS,
  TIME_OF_DAY_LABELS,
  WEEKDAY_LABELS,
  languageLabel,
} from '../../groups/labels.js';
import { LocateError, locateViewer } from '../../groups/locate.js';
import { sentenceStart } from '../../groups/meeting-time.js';
import { currentLocale } from '../../i18n/locale.js';
import { mapMarkers, mapSummary } from '../../groups/map-markers.js';
import { radiusShortText, radiusText, viewerUnit, type DistanceUnit } from '../../groups/units.js';
import { router } from '../../router.js';
import { PagedListController } from '../../lib/paged-list-controller.js';
import { formStyles, interactiveStyles, pageStyles, searchPageStyles } from '../../styles/shared.js';

/** Shown until the server sends its own wording with the first suggestions. */
export function defaultAttribution(): string {
  return msg('Place names and positions: GeoNames (https://www.geonames.org/), CC BY 4.0.');
}

function sortLabel(sort: SortOrder): string {
  switch (sort) {
    case 'distance':
      return msg('Nearest first');
    case 'next-meeting':
      return msg('Meeting soonest first');
    case 'name':
      return msg('Name', { desc: 'An order of the results: by the groups’ names' });
  }
}

/** The narrowing choices under "More choices": the language has a place of its own, in sight, beside the distance. */
function countMoreChoices(filters: GroupFilters): number {
  return countNarrowing(filters) - (filters.language ? 1 : 0);
}

/** A language as a choice in a list: "Spanish" / "Español". */
function languageChoice(code: string): string {
  return sentenceStart(languageLabel(code));
}

/** Online groups shown at a time in their own list: the few meeting soonest, then more on request. */
const ONLINE_PAGE_SIZE = 5;

/**
 * The online groups that go with a search: the same narrowing choices, but no place (online groups are not near
 * anywhere), soonest meeting first.
 */
export function onlineFilters(filters: GroupFilters, page: number): GroupFilters {
  const { near: _near, lat: _lat, lon: _lon, radiusKm: _radius, sort: _sort, ...rest } = filters;
  return { ...rest, attendance: 'online', sort: 'next-meeting', page, size: ONLINE_PAGE_SIZE };
}

/**
 * Whether the finder shows online groups as their own list: before any search (something to join at once), and
 * beside a search by place that did not choose how people take part.
 */
export function showsOnlineList(filters: GroupFilters): boolean {
  return filters.attendance === undefined && (hasPlace(filters) || !hasSearch(filters));
}

/**
 * "/groups": finding a meeting near a town, a ZIP code or the viewer's position, or online. Every choice is in the
 * address (?near=&radiusKm=&format=...), so a search can be bookmarked and shared. Online groups are their own list,
 * never counted as near anywhere.
 */
export class HrwGroupFinder extends LitElement {
  static override properties = {
    filters: { state: true },
    text: { state: true },
    attribution: { state: true },
    nearError: { state: true },
    choices: { state: true },
    resolvedPlace: { state: true },
    searchShown: { state: true },
    locating: { state: true },
    locationNote: { state: true },
    map: { state: true },
    mapShown: { state: true },
    mapLoading: { state: true },
    mapError: { state: true },
  };

  static override styles = [
    pageStyles,
    interactiveStyles,
    formStyles,
    searchPageStyles,
    css`
      .small + .attribution {
        margin-top: 0;
      }

      :host > .small {
        margin-top: var(--hrw-space-xl);
      }

      .or {
        margin: var(--hrw-space-s) 0 0.3rem;
      }

      /* The offer of a search in the app's language comes next, and would otherwise touch the panel's border. */
      form.search {
        margin-bottom: var(--hrw-space-m);
      }

      select {
        max-width: 20rem;
      }

      details {
        margin: var(--hrw-space-m) 0 0;
        border-top: 1px solid var(--hrw-color-border);
        padding-top: var(--hrw-space-s);
      }

      summary {
        cursor: pointer;
        font-weight: 700;
        min-height: 2.75rem;
        display: list-item;
        padding: 0.5rem 0;
      }

      summary:focus-visible {
        outline: 3px solid var(--hrw-color-focus);
        outline-offset: 3px;
      }

      fieldset {
        margin: 0 0 var(--hrw-space-m);
        padding: 0;
        border: 0;
      }

      legend {
        font-weight: 700;
        margin-bottom: 0.3rem;
        padding: 0;
      }

      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem var(--hrw-space-m);
      }

      .choices label {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        min-height: 2.75rem;
        margin: 0;
        font-weight: 400;
      }

      .which ul {
        display: flex;
        flex-wrap: wrap;
        gap: var(--hrw-space-s);
        margin: var(--hrw-space-s) 0;
        padding: 0;
        list-style: none;
      }

      .which a {
        display: inline-flex;
        align-items: center;
        min-height: 2.75rem;
        padding: 0 var(--hrw-space-m);
        border: 2px solid var(--hrw-color-accent);
        border-radius: 999px;
        font-weight: 600;
        text-decoration: none;
      }

      .online {
        margin-top: var(--hrw-space-xl);
      }

      .map-toggle {
        margin: 0 0 var(--hrw-space-s);
      }

      .map-panel {
        margin: 0 0 var(--hrw-space-m);
      }

      .map-panel p {
        margin: var(--hrw-space-xs) 0 0;
        font-size: var(--hrw-text-s);
        color: var(--hrw-color-muted);
      }

      .attribution {
        font-size: 0.8125rem;
        color: var(--hrw-color-muted);
        overflow-wrap: anywhere;
      }
    `,
  ];

  declare filters: GroupFilters;
  declare text: string;
  /** The place data's credit as the server words it, once suggestions came; until then our own. */
  declare attribution: string | null;
  declare nearError: string | null;
  /** The towns a bare name could mean ("Springfield"), when the server asked which; empty otherwise. */
  declare choices: readonly Choice[];
  /** How the server named the place searched around ("Northampton, MA"), once it has answered. */
  declare resolvedPlace: string | null;
  /**
   * Someone who searched, here or through a shared link, came for the results: on a phone the whole form would
   * push them off the first screen, so it waits behind "Change the search" until asked for.
   */
  declare searchShown: boolean;
  declare locating: boolean;
  declare locationNote: string | null;
  /** The tile settings when the server offers a map; null means no map at all. */
  declare map: MapConfig | null;
  declare mapShown: boolean;
  declare mapLoading: boolean;
  declare mapError: string | null;

  readonly #unit: DistanceUnit = viewerUnit();
  readonly #results = new PagedListController<GroupSummary, GroupPage>(this, {
    fetchPage: (page, signal) => searchGroups({ ...this.filters, page, size: DEFAULT_PAGE_SIZE }, signal),
    key: (group) => group.slug,
    pageSize: DEFAULT_PAGE_SIZE,
    explain: (error) => this.#explain(error),
    // Unlike the list, the heading keeps its count while a new search loads, until a place is not found.
    onPage: (page) => {
      this.#searched = true;
      if (page.page === 0) {
        this.resolvedPlace = page.near?.displayName ?? null;
        this.#answered();
        // Online groups come second: on a slow phone they must not hold up the nearby ones.
        if (showsOnlineList(this.filters)) {
          void this.#online.loadFirst();
        }
      }
    },
  });
  readonly #online = new PagedListController<GroupSummary, GroupPage>(this, {
    fetchPage: (page, signal) => searchGroups(onlineFilters(this.filters, page), signal),
    key: (group) => group.slug,
    pageSize: ONLINE_PAGE_SIZE,
  });
  #configRequest: AbortController | null = null;
  /** Whether a search has been answered, so the empty state is not shown before the first one. */
  #searched = false;
  /**
   * Whether the answer to the search under way should take focus: after a search made here or on another page of
   * the app, not when the app opens on a shared link (the person has not done anything yet).
   */
  #focusOnAnswer = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.filters = { ...filtersFromQuery(window.location.search), page: 0 };
    this.text = this.filters.near ?? '';
    this.attribution = null;
    this.nearError = null;
    this.choices = [];
    this.resolvedPlace = null;
    this.searchShown = !hasSearch(this.filters);
    this.locating = false;
    this.locationNote = null;
    this.map = null;
    this.mapShown = false;
    this.mapLoading = false;
    this.mapError = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadMapConfig();
    if (hasSearch(this.filters)) {
      this.#focusOnAnswer = !router.onFirstPage;
      void this.#results.loadFirst();
    } else if (showsOnlineList(this.filters)) {
      void this.#online.loadFirst();
    }
  }

  override disconnectedCallback(): void {
    this.#configRequest?.abort();
    super.disconnectedCallback();
  }

  protected override render() {
    return html`
      <h1>${msg('Find a group')}</h1>
      ${this.searchShown || !hasSearch(this.filters)
        ? html`<p class="lead">${msg('Meetings are free, and you are welcome as you are.')}</p>
            ${this.#renderForm()}`
        : this.#renderChangeSearch()}
      ${this.#renderLanguageOffer()}
      ${this.choices.length > 0 ? this.#renderWhich() : this.#renderResults()}
      ${showsOnlineList(this.filters) && this.choices.length === 0 ? this.#renderOnline() : nothing}
      <p class="small">${msg(html`Host a Harm Reduction Works-HRW group? <a href="/groups/new">Add it to the directory</a>.`)}</p>
      <p class="attribution">${this.attribution ?? defaultAttribution()}</p>
    `;
  }

  #renderForm() {
    const filters = this.filters;
    const narrowing = countMoreChoices(filters);
    return html`
      <form class="search" role="search" aria-label=${msg('Find a group')} @submit=${this.#submit} novalidate>
        <hrw-place-search
          label=${msg('Town or ZIP code')}
          input-id="near"
          enter-key-hint="search"
          hint=${msg('For example “Northampton, MA” or “01060”.')}
          .value=${this.text}
          .error=${this.nearError}
          @hrw-query-changed=${this.#onQueryChanged}
          @hrw-query-submitted=${this.#onQuerySubmitted}
          @hrw-place-chosen=${this.#onPlaceChosen}
          @hrw-place-attribution=${this.#onAttribution}
        >
          <button slot="action" type="submit">${msg('Search')}</button>
        </hrw-place-search>

        <p class="or">
          <button type="button" class="secondary" ?disabled=${this.locating} @click=${this.#locate}>
            ${this.locating ? msg('Finding where you are…') : msg('Use my location')}
          </button>
        </p>
        <p class="small">
          ${msg('Your position is used only for this search. Harm Reduction Works-HRW does not store it.')}
        </p>
        <p class="small live-note" role="status">${this.locationNote ?? nothing}</p>

        <div class="field">
          <label for="radius">${msg('How far')}</label>
          <select id="radius" name="radiusKm">
            ${RADII_KM.map(
              // The distance alone, as the label asks "How far": with "A menos de" before it, a 320 px phone cut it off.
              (km) => html`<option value=${km} ?selected=${(filters.radiusKm ?? DEFAULT_RADIUS_KM) === km}>
                ${radiusText(km, this.#unit)}
              </option>`,
            )}
          </select>
        </div>

        <div class="field">
          <label for="language">${msg('Language of the meeting')}</label>
          <select id="language" name="language">
            <option value="" ?selected=${!filters.language}>${msg('Any language')}</option>
            ${LANGUAGE_CODES.map(
              (code) => html`<option value=${code} ?selected=${filters.language === code}>${languageChoice(code)}</option>`,
            )}
          </select>
        </div>

        <p><a class="standalone" href=${this.#onlinePath()} @click=${this.#showOnline}>${msg('See groups that meet online')}</a></p>

        <details ?open=${narrowing > 0}>
          <summary>${narrowing > 0 ? msg(str`More choices (${narrowing} chosen)`) : msg('More choices')}</summary>
          ${this.#radios('format', msg('Kind of meeting'), FORMATS, filters.format, (value) => `${FORMAT_LABELS[value]}, ${FORMAT_HINTS[value]}`)}
          ${this.#checkboxes('weekday', msg('Days'), WEEKDAYS, filters.weekday, (value) => WEEKDAY_LABELS[value])}
          ${this.#radios('timeOfDay', msg('Time of day'), TIMES_OF_DAY, filters.timeOfDay, (value) => TIME_OF_DAY_LABELS[value])}
          ${this.#radios('attendance', msg('How people take part'), ATTENDANCES, filters.attendance, (value) => ATTENDANCE_LABELS[value])}
          ${this.#checkboxes('offering', msg('Offers', { desc: 'Things a group offers (food, supplies...)' }), OFFERINGS, filters.offering, (value) => OFFERING_LABELS[value])}
          <div class="field">
            <label for="focus">${msg('Focus')}</label>
            <p class="hint" id="focus-hint">${msg('Some groups gather around a shared identity or experience.')}</p>
            <select id="focus" name="focus" aria-describedby="focus-hint">
              <option value="" ?selected=${!filters.focus}>${msg('Any group')}</option>
              ${FOCUSES.map(
                (focus: Focus) =>
                  html`<option value=${focus} ?selected=${filters.focus === focus}>${FOCUS_LABELS[focus]}</option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="sort">${msg('Order')}</label>
            <select id="sort" name="sort">
              ${SORT_ORDERS.map(
                (sort) =>
                  html`<option value=${sort} ?selected=${(filters.sort ?? 'distance') === sort}>${sortLabel(sort)}</option>`,
              )}
            </select>
          </div>
          <p class="row">
            <button type="submit">${msg('Show groups')}</button>
            ${narrowing > 0
              ? html`<button type="button" class="secondary" @click=${this.#clearChoices}>${msg('Clear these choices')}</button>`
              : nothing}
          </p>
        </details>
      </form>
    `;
  }

  #renderChangeSearch() {
    return html`
      <p class="change-search">
        <button type="button" class="secondary" @click=${this.#showSearch}>${msg('Change the search')}</button>
      </p>
    `;
  }

  #radios<T extends string>(
    name: string,
    legend: string,
    values: readonly T[],
    current: T | undefined,
    label: (value: T) => string,
  ) {
    return html`
      <fieldset>
        <legend>${legend}</legend>
        <div class="choices">
          <label><input type="radio" name=${name} value="" .checked=${current === undefined} /> ${msg('Any', { desc: 'A choice that leaves a filter open (any kind, any time...)' })}</label>
          ${values.map(
            (value) =>
              html`<label><input type="radio" name=${name} value=${value} .checked=${current === value} /> ${label(value)}</label>`,
          )}
        </div>
      </fieldset>
    `;
  }

  #checkboxes<T extends string>(
    name: string,
    legend: string,
    values: readonly T[],
    current: readonly T[],
    label: (value: T) => string,
  ) {
    return html`
      <fieldset>
        <legend>${legend}</legend>
        <div class="choices">
          ${values.map(
            (value) =>
              html`<label
                ><input type="checkbox" name=${name} value=${value} .checked=${current.includes(value)} /> ${label(value)}</label
              >`,
          )}
        </div>
      </fieldset>
    `;
  }

  #renderResults() {
    const filters = this.filters;
    if (!hasSearch(filters) || this.nearError) {
      return hasSearch(filters) ? nothing : html`
        <p class="callout">
          ${msg('Type a town or ZIP code, or use your location, to see the meetings nearby and when they next meet. You do not need an account, and nobody is told that you looked.')}
        </p>
      `;
    }
    const { items, total: count, loading, error } = this.#results;
    const heading = this.#searched ? this.#heading(count) : msg('Groups');
    return html`
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" tabindex="-1">${heading}</h2>
        <p class="visually-hidden" role="status">${loading ? msg('Looking for groups…') : this.#searched ? heading : ''}</p>
        ${this.#renderLanguageNote()}
        ${loading && items.length === 0 ? html`<p aria-hidden="true">${msg('Looking for groups…')}</p>` : nothing}
        ${this.#renderMap()}
        ${this.#renderList(this.#results, msg('The groups did not load.'), msg('Show more groups'))}
        ${this.#searched && !error && count > 0
          ? html`<p>
              ${count === 1
                ? msg(html`<a href=${searchCalendarUrl(filters)}>Add this group’s meetings to your calendar</a>. A calendar app that subscribes to it keeps up with cancelled and moved dates.`)
                : msg(html`<a href=${searchCalendarUrl(filters)}>Add all ${count} groups’ meetings to your calendar</a>. A calendar app that subscribes to it keeps up with cancelled and moved dates.`)}
            </p>`
          : nothing}
        ${this.#searched && !loading && !error && count === 0 ? this.#renderEmpty() : nothing}
      </section>
    `;
  }

  /** A list's failure with "try again", its groups, and "show more" while the server holds more. */
  #renderList(list: PagedListController<GroupSummary, GroupPage>, failed: string, more: string) {
    const { items, error } = list;
    return html`
      ${error
        ? html`<div class="alert" role="alert">
            <p>${failed} ${error}</p>
            <p><button type="button" @click=${() => void list.loadMore()}>${msg('Try again')}</button></p>
          </div>`
        : nothing}
      ${items.length > 0
        ? html`<ol class="results">
            ${items.map((group) => html`<li><hrw-group-card .group=${group} .unit=${this.#unit}></hrw-group-card></li>`)}
          </ol>`
        : nothing}
      ${list.hasMore
        ? html`<button type="button" class="secondary" @click=${() => void list.loadMore()}>${more}</button>`
        : nothing}
    `;
  }

  /** "3 groups within 16 mi of Northampton, MA", "2 groups online", or the count alone for a search by words. */
  #heading(count: number): string {
    const filters = this.filters;
    if (filters.attendance === 'online') {
      return count === 1 ? msg('1 group online') : msg(str`${count} groups online`);
    }
    if (!hasPlace(filters)) {
      return count === 1 ? msg('1 group') : msg(str`${count} groups`);
    }
    const radius = radiusShortText(filters.radiusKm ?? DEFAULT_RADIUS_KM, this.#unit);
    if (!filters.near) {
      return count === 1
        ? msg(str`1 group within ${radius} of your location`)
        : msg(str`${count} groups within ${radius} of your location`);
    }
    const around = this.resolvedPlace ?? filters.near;
    return count === 1 ? msg(str`1 group within ${radius} of ${around}`) : msg(str`${count} groups within ${radius} of ${around}`);
  }

  /** The address of these filters with another language choice (none: every language). */
  #withLanguage(language: string | undefined): GroupFilters {
    const { language: _language, ...rest } = this.filters;
    return { ...rest, ...(language ? { language } : {}), page: 0 };
  }

  /** Under the heading of what a language choice narrowed: which language, and the way back to every language. */
  #renderLanguageNote() {
    const code = this.filters.language;
    if (!code) {
      return nothing;
    }
    const language = languageLabel(code);
    const every = this.#withLanguage(undefined);
    return html`<p class="language-note">
      ${msg(str`Only groups that meet in ${language}.`)}
      <a href=${finderPath(every)} @click=${(event: MouseEvent) => this.#follow(event, every)}>${msg('Show groups in every language')}</a>
    </p>`;
  }

  /**
   * A reader of the app in another language than English may want a meeting in it, or may not (many read Spanish
   * and meet in English): the finder offers it in one step and never narrows the search by itself.
   */
  #renderLanguageOffer() {
    const locale = currentLocale();
    if (locale === 'en' || this.filters.language || this.choices.length > 0) {
      return nothing;
    }
    const language = languageLabel(locale);
    const narrowed = this.#withLanguage(locale);
    const link = html`<a href=${finderPath(narrowed)} @click=${(event: MouseEvent) => this.#follow(event, narrowed)}
      >${msg(str`Show only groups that meet in ${language}`)}</a
    >`;
    return html`<p class="language-offer">${msg(html`Looking for a meeting in ${language}? ${link}.`)}</p>`;
  }

  #follow(event: MouseEvent, filters: GroupFilters): void {
    event.preventDefault();
    this.#focusOnAnswer = hasSearch(filters);
    this.#apply(filters);
  }

  /** Every online group, in the language chosen if one is. */
  #onlinePath(): string {
    return finderPath(this.#onlineFilters());
  }

  #onlineFilters(): GroupFilters {
    const language = this.filters.language;
    return { ...emptyFilters(), attendance: 'online', ...(language ? { language } : {}) };
  }

  /** "Which Springfield?": the towns a bare name could mean, each the same search around that town. */
  #renderWhich() {
    const name = this.filters.near ?? '';
    return html`
      <section class="which" aria-labelledby="results-heading">
        <h2 id="results-heading" tabindex="-1">${msg(str`Which ${name}?`)}</h2>
        <p>${msg(str`Several towns are called ${name}. Choose yours:`)}</p>
        <ul>
          ${this.choices.map(
            (choice) =>
              html`<li>
                <a href=${finderPath({ ...this.filters, near: choice.value })} @click=${(event: MouseEvent) =>
                  this.#choose(event, choice)}>${choice.label}</a>
              </li>`,
          )}
        </ul>
        <p class="small">${msg(str`Not listed? Type the town with its state, for example “${name}, MA”, or a ZIP code.`)}</p>
      </section>
    `;
  }

  #choose(event: MouseEvent, choice: Choice): void {
    event.preventDefault();
    this.text = choice.label;
    this.#focusOnAnswer = true;
    this.#apply({ ...this.filters, near: choice.value });
  }

  /** Online groups, which anyone can join from anywhere: their own list, soonest first. */
  #renderOnline() {
    const { items, total, loading, error, answered } = this.#online;
    // Nothing asked yet (the search failed first), or nothing online for these choices: no empty heading.
    if ((!answered && !loading && !error) || (answered && total === 0 && !error)) {
      return nothing;
    }
    return html`
      <section class="online" aria-labelledby="online-heading">
        <h2 id="online-heading">${msg('Online groups you can join from anywhere')}</h2>
        <p class="small">
          ${answered ? (total === 1 ? msg('1 group meets online. Soonest first.') : msg(str`${total} groups meet online. Soonest first.`)) : ''}
        </p>
        ${hasSearch(this.filters) ? nothing : this.#renderLanguageNote()}
        ${loading && items.length === 0 ? html`<p>${msg('Looking for online groups…')}</p>` : nothing}
        ${this.#renderList(this.#online, msg('The online groups did not load.'), msg('Show more online groups'))}
      </section>
    `;
  }

  /** Once a search has its answer (results, a question, or a place not found), and the person is waiting for it. */
  #answered(): void {
    void this.updateComplete.then(() => {
      // The server may have sent the first results with the page, as a preview; ours replace it once drawn.
      this.dispatchEvent(new CustomEvent('hrw-results-shown', { bubbles: true, composed: true }));
      if (!this.#focusOnAnswer) {
        return;
      }
      this.#focusOnAnswer = false;
      const target = this.nearError
        ? this.#placeSearch()
        : this.renderRoot.querySelector<HTMLElement>('#results-heading');
      target?.focus();
    });
  }

  /** The optional map: a secondary view of the listed results, only when the server configures tiles. */
  #renderMap() {
    const settings = this.map;
    if (!settings || this.#results.items.length === 0) {
      return nothing;
    }
    const markers = mapMarkers(this.#results.items);
    return html`
      <p class="map-toggle">
        <button
          type="button"
          class="secondary"
          aria-expanded=${this.mapShown ? 'true' : 'false'}
          aria-controls="map-panel"
          ?disabled=${this.mapLoading}
          @click=${this.#toggleMap}
        >
          ${this.mapLoading ? msg('Loading the map…') : this.mapShown ? msg('Hide map') : msg('Show map')}
        </button>
      </p>
      ${this.mapError ? html`<p class="small" role="alert">${this.mapError}</p>` : nothing}
      <div id="map-panel" class="map-panel" ?hidden=${!this.mapShown}>
        ${this.mapShown
          ? html`<hrw-group-map
                .markers=${markers}
                .tileUrl=${settings.tileUrl}
                .attribution=${settings.attribution}
                label=${msg('Map of the groups listed below')}
              ></hrw-group-map>
              <p>${mapSummary(markers.length, this.#results.items.length)}</p>`
          : nothing}
      </div>
    `;
  }

  #toggleMap = async (): Promise<void> => {
    if (this.mapShown) {
      this.mapShown = false;
      return;
    }
    this.mapLoading = true;
    try {
      // Only people who ask for the map download Leaflet.
      await import('../../components/hrw-group-map.js');
      this.mapShown = true;
      this.mapError = null;
    } catch {
      this.mapError = msg('The map did not load. The list has every group.');
    } finally {
      this.mapLoading = false;
    }
  };

  async #loadMapConfig(): Promise<void> {
    this.#configRequest?.abort();
    const request = new AbortController();
    this.#configRequest = request;
    try {
      this.map = mapConfig(await fetchConfig(request.signal));
    } catch {
      // No settings, no map: the list works on its own.
      this.map = null;
    }
  }

  #renderEmpty() {
    const filters = this.filters;
    const radius = filters.radiusKm ?? DEFAULT_RADIUS_KM;
    const wider = RADII_KM.find((km) => km > radius);
    const narrowing = countMoreChoices(filters);
    const language = filters.language ? languageLabel(filters.language) : null;
    const everyLanguage = this.#withLanguage(undefined);
    return html`
      <div class="callout">
        <p>
          ${hasPlace(filters)
            ? msg('We did not find a group for this search yet. That happens, and it is not the end of the road.')
            : msg('We did not find a group for this search. That happens, and it is not the end of the road.')}
        </p>
        <ul>
          ${hasPlace(filters) && wider
            ? html`<li>
                <button type="button" class="secondary" @click=${() => this.#apply({ ...this.filters, radiusKm: wider })}>
                  ${msg(str`Look within ${radiusText(wider, this.#unit)}`)}
                </button>
              </li>`
            : nothing}
          ${language
            ? html`<li>
                <a href=${finderPath(everyLanguage)} @click=${(event: MouseEvent) => this.#follow(event, everyLanguage)}
                  >${msg(str`Look for groups in every language, not only ${language}`)}</a
                >
              </li>`
            : nothing}
          ${narrowing > 0
            ? html`<li><button type="button" class="secondary" @click=${this.#clearChoices}>${msg('Clear the extra choices')}</button></li>`
            : nothing}
          ${showsOnlineList(filters) && this.#online.items.length > 0
            ? html`<li>${msg('The online groups below are open to anyone, wherever they are.')}</li>`
            : filters.attendance !== 'online'
              ? html`<li>
                  ${msg(html`<a href=${this.#onlinePath()} @click=${this.#showOnline}>See groups that meet online</a>, open to anyone, wherever they are.`)}
                </li>`
              : nothing}
          <li>${msg(html`Anyone can <a href="/start-a-group">start a group</a>; the script makes it possible without being an expert.`)}</li>
        </ul>
      </div>
    `;
  }

  #showSearch = async (): Promise<void> => {
    this.searchShown = true;
    await this.updateComplete;
    const search = this.#placeSearch();
    await search?.updateComplete;
    search?.focus();
  };

  #placeSearch(): HrwPlaceSearch | null {
    return this.renderRoot.querySelector('hrw-place-search');
  }

  #onQueryChanged = (event: QueryChangedEvent): void => {
    this.text = event.text;
    this.nearError = null;
  };

  #onQuerySubmitted = (): void => {
    this.renderRoot.querySelector('form')?.requestSubmit();
  };

  #onAttribution = (event: PlaceAttributionEvent): void => {
    this.attribution = event.attribution;
  };

  #onPlaceChosen = (event: PlaceChosenEvent): void => {
    this.text = placeSearchText(event.place);
    const next = this.#readForm();
    delete next.lat;
    delete next.lon;
    this.#apply({ ...next, near: this.text });
  };

  #submit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#placeSearch()?.dismiss();
    const next = this.#readForm();
    // A language alone is a search of the online groups, which are listed when no place is given.
    if (!hasSearch(next) && !next.language) {
      this.nearError = msg('Type a town or ZIP code first, or use your location.');
      this.#placeSearch()?.focus();
      return;
    }
    this.#apply(next);
  };

  /** The form's choices as filters. A typed place replaces a position; an empty box keeps it. */
  #readForm(): GroupFilters {
    const form = this.renderRoot.querySelector('form');
    const data = form ? new FormData(form) : new FormData();
    const params = new URLSearchParams();
    for (const [name, value] of data.entries()) {
      if (typeof value === 'string' && value !== '') {
        params.append(name, value);
      }
    }
    const near = this.text.trim();
    params.delete('near');
    if (near) {
      params.set('near', near);
    } else if (this.filters.lat !== undefined && this.filters.lon !== undefined) {
      params.set('lat', String(this.filters.lat));
      params.set('lon', String(this.filters.lon));
    }
    const next = filtersFromQuery(params);
    if (next.radiusKm === DEFAULT_RADIUS_KM) {
      delete next.radiusKm;
    }
    if (next.sort === 'distance') {
      delete next.sort;
    }
    return next;
  }

  /**
   * Searches as a shared link of the same search would open: the form folds away behind "Change the search", and
   * the answer takes focus when it comes, so that on a phone the nearest group is on the first screen. Each search
   * is a step in the history, so Back brings the previous results again; typing and opening the form add none.
   */
  #apply(filters: GroupFilters): void {
    this.filters = { ...filters, page: 0 };
    this.nearError = null;
    this.choices = [];
    this.resolvedPlace = null;
    router.record(finderPath(this.filters));
    if (hasSearch(this.filters)) {
      this.searchShown = false;
      this.#focusOnAnswer = true;
      void this.#results.loadFirst();
    } else {
      this.searchShown = true;
      this.#searched = false;
      this.#results.clear();
    }
    if (!showsOnlineList(this.filters)) {
      this.#online.clear();
    } else if (!hasSearch(this.filters)) {
      void this.#online.loadFirst();
    }
  }

  /** Clears the choices under "More choices"; the place, the distance, the words and the language stay. */
  #clearChoices = (): void => {
    const { near, lat, lon, radiusKm, q, language } = this.filters;
    this.#apply({
      ...emptyFilters(),
      ...(near ? { near } : {}),
      ...(lat !== undefined && lon !== undefined ? { lat, lon } : {}),
      ...(radiusKm ? { radiusKm } : {}),
      ...(q ? { q } : {}),
      ...(language ? { language } : {}),
    });
  };

  #showOnline = (event: MouseEvent): void => {
    event.preventDefault();
    this.text = '';
    this.#apply(this.#onlineFilters());
  };

  #locate = async (): Promise<void> => {
    this.locating = true;
    this.locationNote = null;
    try {
      const { lat, lon } = await locateViewer();
      this.text = '';
      const next = this.#readForm();
      delete next.near;
      this.#apply({ ...next, lat, lon });
    } catch (error) {
      this.locationNote = error instanceof LocateError ? error.message : plainMessage(error);
    } finally {
      this.locating = false;
    }
  };

  /**
   * A name several towns share is a question for the person, not an error; a place the server could not find
   * belongs next to the place box. Neither has a list.
   */
  #explain(error: unknown): string | null {
    if (error instanceof ApiError && error.status === 300 && error.choices.length > 0) {
      this.choices = error.choices.filter((choice) => choice.parameter === 'near');
      this.#searched = false;
      this.#results.clear();
      this.#answered();
      return null;
    }
    const near = violationFor(error, 'near');
    if (!near) {
      return plainMessage(error);
    }
    const place = this.filters.near ?? '';
    this.nearError = msg(str`We could not find “${place}”: it ${near}.`);
    this.searchShown = true;
    this.#searched = false;
    this.#results.clear();
    this.filters = { ...this.filters };
    this.#answered();
    return null;
  }
}

customElements.define('hrw-group-finder', HrwGroupFinder);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-group-finder': HrwGroupFinder;
  }
}
