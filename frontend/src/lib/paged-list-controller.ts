import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Page } from '../api/client.js';
import { plainMessage } from '../api/messages.js';

/**
 * Which page "show more" and "try again" ask for.
 * - 'following': the page after the items held, at the size asked for (search results that only grow).
 * - 'counted': the page after the last one that arrived, or the same one again after a failure.
 * - 'queue': items leave the server's list as they are decided here, so the ones held are its first ones: the next
 *   page starts at or before the first one not yet shown, at the size the server reports, and overlap is dropped.
 */
export type Paging = 'following' | 'counted' | 'queue';

export interface PagedListOptions<T, P extends Page<T> = Page<T>> {
  fetchPage(page: number, signal: AbortSignal): Promise<P>;
  /** Pages can overlap when the list changes between them; items with a key already held are dropped. */
  key(item: T): string | number;
  /** The size asked for, and assumed until a 'queue' page reports its own. */
  pageSize?: number;
  paging?: Paging;
  /**
   * A failure in the page's own words; null when the page has shown it some other way (next to a field, say).
   * By default, plainMessage.
   */
  explain?(error: unknown): string | null;
  /** Called as a page arrives, before the host renders it, for state the page keeps about its answers. */
  onPage?(page: P): void;
}

/**
 * The request, loading, error and "show more" state of a paged list a page fetches. The page keeps its own
 * wording and rendering; this keeps the bookkeeping that every such page must get right the same way: a newer
 * request cancels an older one, a cancelled request's failure is not shown, leaving the page cancels its request,
 * and pages that overlap add each item once.
 */
export class PagedListController<T, P extends Page<T> = Page<T>> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: PagedListOptions<T, P>;
  #items: T[] = [];
  #total = 0;
  #loading = false;
  #error: string | null = null;
  #answered = false;
  #pageSize: number;
  /** The page after the last one that arrived, for 'counted' paging. */
  #after = 0;
  #request: AbortController | null = null;

  constructor(host: ReactiveControllerHost, options: PagedListOptions<T, P>) {
    this.#host = host;
    this.#options = options;
    this.#pageSize = options.pageSize ?? 20;
    host.addController(this);
  }

  get items(): readonly T[] {
    return this.#items;
  }

  get total(): number {
    return this.#total;
  }

  get loading(): boolean {
    return this.#loading;
  }

  get error(): string | null {
    return this.#error;
  }

  /** Whether a page has arrived since the list last started over: before that, "nothing found" would be wrong. */
  get answered(): boolean {
    return this.#answered;
  }

  /** Whether the server holds more than is shown, and nothing is loading or failed. */
  get hasMore(): boolean {
    return !this.#loading && this.#error === null && this.#items.length < this.#total;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#request?.abort();
  }

  /** Starts the list over from its first page, cancelling whatever was loading. */
  loadFirst(): Promise<void> {
    return this.#load(0, true);
  }

  /** The next page; also what "try again" asks for after a failure. */
  loadMore(): Promise<void> {
    return this.#load(this.#nextPage(), false);
  }

  /** Forgets every item, as when the question itself was wrong and there is no list to show. */
  clear(): void {
    this.#items = [];
    this.#total = 0;
    this.#answered = false;
    this.#host.requestUpdate();
  }

  /** Drops an item that has left the server's list (a decided suggestion), and counts it out of the total. */
  remove(key: string | number): void {
    this.#items = this.#items.filter((item) => this.#options.key(item) !== key);
    this.#total = Math.max(0, this.#total - 1);
    this.#host.requestUpdate();
  }

  /** Replaces an item that is still in the list with how it stands now. */
  change(key: string | number, update: (item: T) => T): void {
    this.#items = this.#items.map((item) => (this.#options.key(item) === key ? update(item) : item));
    this.#host.requestUpdate();
  }

  /** Shows a failure of something else the page did with these items, where a failed load would show. */
  showError(message: string | null): void {
    this.#error = message;
    this.#host.requestUpdate();
  }

  #nextPage(): number {
    switch (this.#options.paging ?? 'following') {
      case 'counted':
        return this.#after;
      case 'queue':
        return Math.floor(this.#items.length / this.#pageSize);
      case 'following':
        return Math.ceil(this.#items.length / this.#pageSize);
    }
  }

  async #load(page: number, startOver: boolean): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.#loading = true;
    this.#error = null;
    if (startOver) {
      this.#items = [];
      this.#answered = false;
    }
    this.#host.requestUpdate();
    try {
      const result = await this.#options.fetchPage(page, request.signal);
      // A newer search replaced this one (or the page was left): its late answer must not mix in.
      if (request.signal.aborted) {
        return;
      }
      if (this.#options.paging === 'queue' && result.size > 0) {
        this.#pageSize = result.size;
      }
      const key = this.#options.key;
      const known = new Set(this.#items.map(key));
      this.#items = [...this.#items, ...result.items.filter((item) => !known.has(key(item)))];
      this.#total = result.total;
      this.#answered = true;
      this.#after = page + 1;
      this.#options.onPage?.(result);
    } catch (error) {
      if (request.signal.aborted) {
        return;
      }
      this.#error = this.#options.explain ? this.#options.explain(error) : plainMessage(error);
    } finally {
      if (this.#request === request) {
        this.#loading = false;
      }
      this.#host.requestUpdate();
    }
  }
}
