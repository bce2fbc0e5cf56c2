import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { emptyFilters, type GroupFilters } from '../api/groups.js';
import { placeSearchText } from '../api/places.js';
import { LocateError, locateViewer } from '../groups/locate.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';
import './hrw-place-search.js';
import type { HrwPlaceSearch, PlaceChosenEvent, QueryChangedEvent } from './hrw-place-search.js';

/** Someone asked for the groups near a town, a ZIP code or their position: the page opens the finder on them. */
export class FindRequestedEvent extends Event {
  constructor(readonly filters: GroupFilters) {
    super('hrw-find', { bubbles: true, composed: true });
  }
}

/**
 * The first step of finding a meeting, for pages other than the finder: a town or ZIP code box with suggestions, and
 * "Use my location". Choosing a suggestion, pressing Enter or Search, or sharing a position asks for the search at
 * once; what comes next is the finder's.
 */
export class HrwFindNearby extends LitElement {
  static override properties = {
    text: { state: true },
    error: { state: true },
    locating: { state: true },
    note: { state: true },
  };

  static override styles = [
    interactiveStyles,
    formStyles,
    css`
      :host {
        display: block;
      }

      form {
        margin: 0;
      }

      .or {
        margin: var(--hrw-space-s) 0 0;
      }

      .small {
        margin: var(--hrw-space-xs) 0 0;
        font-size: var(--hrw-text-s);
        color: var(--hrw-color-muted);
      }
    `,
  ];

  declare text: string;
  declare error: string | null;
  declare locating: boolean;
  /** Why "Use my location" did not work. */
  declare note: string | null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.text = '';
    this.error = null;
    this.locating = false;
    this.note = null;
  }

  protected override render() {
    return html`
      <form role="search" aria-label=${msg('Find a group near you')} @submit=${this.#submit} novalidate>
        <hrw-place-search
          label=${msg('Town or ZIP code')}
          input-id="find-near"
          enter-key-hint="search"
          hint=${msg('For example “Northampton” or “01060”.')}
          .value=${this.text}
          .error=${this.error}
          @hrw-query-changed=${(event: QueryChangedEvent) => {
            this.text = event.text;
            this.error = null;
          }}
          @hrw-query-submitted=${() => this.renderRoot.querySelector('form')?.requestSubmit()}
          @hrw-place-chosen=${(event: PlaceChosenEvent) => this.#find({ near: placeSearchText(event.place) })}
        >
          <button slot="action" type="submit">${msg('Search')}</button>
        </hrw-place-search>
        <p class="or">
          <button type="button" class="secondary" ?disabled=${this.locating} @click=${this.#locate}>
            ${this.locating ? msg('Finding where you are…') : msg('Use my location')}
          </button>
        </p>
        <p class="small">${msg('Your position is used for this search only, and nothing about it is kept.')}</p>
        <p class="small live-note" role="status">${this.note ?? nothing}</p>
      </form>
    `;
  }

  #submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const near = this.text.trim();
    const search = this.renderRoot.querySelector<HrwPlaceSearch>('hrw-place-search');
    search?.dismiss();
    if (!near) {
      this.error = msg('Type a town or ZIP code first, or use your location.');
      search?.focus();
      return;
    }
    this.#find({ near });
  };

  #locate = async (): Promise<void> => {
    this.locating = true;
    this.note = null;
    try {
      this.#find(await locateViewer());
    } catch (error) {
      this.note = error instanceof LocateError ? error.message : msg('We could not get your location.');
    } finally {
      this.locating = false;
    }
  };

  #find(where: Pick<GroupFilters, 'near' | 'lat' | 'lon'>): void {
    this.dispatchEvent(new FindRequestedEvent({ ...emptyFilters(), ...where }));
  }
}

customElements.define('hrw-find-nearby', HrwFindNearby);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-find-nearby': HrwFindNearby;
  }
  interface HTMLElementEventMap {
    'hrw-find': FindRequestedEvent;
  }
}
