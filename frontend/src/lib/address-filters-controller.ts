import type { ReactiveControllerHost } from 'lit';
import { router } from '../router.js';

/** What a searchable list's filters have in common: an order, and the page and size asked for. */
export interface SearchFilters {
  sort?: string;
  page: number;
  size?: number;
}

/**
 * The filters as the address should carry them: the first page, and no sort when it is the default one, so the
 * same search always has the same address whichever way it was reached.
 */
export function addressFilters<F extends SearchFilters>(filters: F, defaultSort: NonNullable<F['sort']>): F {
  const { page: _page, size: _size, sort, ...rest } = filters;
  // The rest of F with page and sort put back is an F again; TypeScript cannot follow a rest type that far.
  return { ...rest, ...(sort && sort !== defaultSort ? { sort } : {}), page: 0 } as F;
}

export interface AddressFiltersOptions<F extends SearchFilters> {
  /** The filters a query string asks for. */
  fromQuery(query: string): F;
  /** The address that shows these filters. */
  path(filters: F): string;
  defaultSort: NonNullable<F['sort']>;
  /** A new search was put in the address; the page asks for its first page of results. */
  onSearch(): void;
}

/**
 * A list page whose every choice lives in the address, so a search can be bookmarked, shared and left with Back.
 * The page starts from the address it was opened at; Back shows the page anew from its address (the router makes
 * a new page element for it), so there is nothing to follow here after that, and no part in the host's lifecycle.
 */
export class AddressFiltersController<F extends SearchFilters> {
  readonly #host: ReactiveControllerHost;
  readonly #options: AddressFiltersOptions<F>;
  #filters: F;

  constructor(host: ReactiveControllerHost, options: AddressFiltersOptions<F>) {
    this.#host = host;
    this.#options = options;
    this.#filters = addressFilters(options.fromQuery(window.location.search), options.defaultSort);
  }

  get filters(): F {
    return this.#filters;
  }

  /**
   * A new search is a new history entry, so Back returns to the previous one; the router is told the address
   * so it does not take the entry for another page.
   */
  apply(filters: F): void {
    this.#filters = addressFilters(filters, this.#options.defaultSort);
    const path = this.#options.path(this.#filters);
    if (`${window.location.pathname}${window.location.search}` !== path) {
      window.history.pushState(null, '', path);
      router.rewrite(path);
    }
    this.#host.requestUpdate();
    this.#options.onSearch();
  }
}
