import { LitElement, html, nothing } from 'lit';
import { LOCALE_STATUS_EVENT, msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { startEarlySearch } from './api/groups.js';
import { fetchReviewCounts, ReviewCountsEvent } from './api/review.js';
import { session, type SessionState } from './auth/session.js';
import './components/hrw-account-controls.js';
import './components/hrw-language-switch.js';
import './components/hrw-site-nav.js';
import { localeReady } from './i18n/locale.js';
import { HEADER_ASIDE_EVENT } from './lib/header-aside.js';
import { startSendingKeptMeetings } from './meetings/outbox-sync.js';
import { footerLinks, primaryLinks } from './navigation.js';
import { documentTitle, router, type RouteChange, type RouteChangeEvent } from './router.js';
import { registerServiceWorker } from './sw-register.js';

export const SITE_NAME = 'Harm Reduction Works-HRW';

/** Drawn with strokes of the text colour; the button's own word ("Menu") is what it is called. */
const menuIcon = html`<svg class="menu-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M4 6.5h16M4 12h16M4 17.5h16" />
</svg>`;
const closeIcon = html`<svg class="menu-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M6 6l12 12M18 6L6 18" />
</svg>`;

/**
 * The app shell: skip link, header with navigation and sign-in, the current page in <main>, footer.
 * It renders into the light DOM so that the skip link's #main target is a real fragment of the document;
 * its styles are in styles/shell.css.
 *
 * On a phone the header is one bar, the name and a Menu button that shows and hides the navigation and the
 * account controls below it (a disclosure: the button's aria-expanded says whether they are shown, and
 * shell.css hides them by it). On a wider screen shell.css hides the button and shows them always.
 *
 * A page can ask for the whole screen (lib/header-aside.ts): the header then keeps only the skip link and the
 * session's notice until the next navigation, and the page gives its own way out.
 */
export class HrwApp extends LitElement {
  static override properties = {
    page: { state: true },
    pageFailed: { state: true },
    currentPath: { state: true },
    account: { state: true },
    menuOpen: { state: true },
    headerAside: { state: true },
    reviewWaiting: { state: true },
  };

  declare page: HTMLElement | null;
  declare pageFailed: boolean;
  declare currentPath: string;
  declare account: SessionState;
  declare menuOpen: boolean;
  declare headerAside: boolean;
  /** For a steward, how much waits in their queues: the header's Stewards link says it. */
  declare reviewWaiting: number | null;

  #navigation = 0;
  /** Each count asked for or reported takes a number, so a slow answer never overwrites a newer one. */
  #reviewAsk = 0;
  /**
   * The first results the server sent with a shared finder link, drawn below the finder until it shows its own.
   * Not reactive on purpose: it only ever goes away, and that re-renders through #dropPreview.
   */
  #preview: Element | null = null;
  /** The page shown now, for its title in the other language when the language changes. */
  #route: RouteChange['route'] | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.page = null;
    this.pageFailed = false;
    this.currentPath = window.location.pathname;
    this.account = session.state;
    this.menuOpen = false;
    this.headerAside = false;
    this.reviewWaiting = null;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    // Taken out before the first render, which would otherwise leave it above the header.
    this.#preview ??= this.querySelector(':scope > .first-results');
    this.#preview?.remove();
    super.connectedCallback();
    session.addEventListener('change', this.#onSessionChange);
    this.addEventListener(HEADER_ASIDE_EVENT, this.#onHeaderAside);
    router.addEventListener('route-change', this.#onRouteChange);
    window.addEventListener(LOCALE_STATUS_EVENT, this.#onLocaleStatus);
    router.start();
    void session.restore();
  }

  override disconnectedCallback(): void {
    session.removeEventListener('change', this.#onSessionChange);
    this.removeEventListener(HEADER_ASIDE_EVENT, this.#onHeaderAside);
    router.removeEventListener('route-change', this.#onRouteChange);
    window.removeEventListener(LOCALE_STATUS_EVENT, this.#onLocaleStatus);
    super.disconnectedCallback();
  }

  protected override render() {
    return html`
      <header class=${this.headerAside ? 'aside' : ''} @keydown=${this.#closeMenuOnEscape}>
        <a class="skip-link" href="#main">${msg('Skip to main content')}</a>
        ${this.headerAside ? nothing : this.#renderMasthead()}
        <div class="container">
          <p class=${this.account.notice ? 'session-notice' : 'session-notice empty'} role="status">${this.account.notice ?? ''}</p>
        </div>
      </header>
      <main id="main" tabindex="-1" class=${this.headerAside ? 'header-aside' : ''}>
        <div class="container" @hrw-results-shown=${this.#dropPreview} @hrw-review-counts=${this.#onReviewCounts}>
          ${this.pageFailed ? this.#renderLoadFailure() : this.page} ${this.#preview ?? nothing}
        </div>
      </main>
      <footer>
        <div class="container">
          <hrw-site-nav label=${msg('More')} .links=${footerLinks} .currentPath=${this.currentPath}></hrw-site-nav>
          <p>
            ${msg(str`${SITE_NAME} began with HRH413 in Northampton, MA, in March 2019. Every group runs itself, and all of them share one script and one name.`)}
          </p>
        </div>
      </footer>
    `;
  }

  #renderMasthead() {
    return html`
      <div class="container masthead">
        <a class="brand" href="/"
          ><img src="/favicon.svg" alt="" /><span>Harm Reduction <span class="nowrap">Works-HRW</span></span></a
        >
        <hrw-language-switch class="language-switch"></hrw-language-switch>
        <button
          type="button"
          class="menu-button"
          aria-expanded=${this.menuOpen ? 'true' : 'false'}
          aria-controls="site-menu"
          @click=${this.#toggleMenu}
        >
          ${this.menuOpen ? closeIcon : menuIcon}${msg('Menu')}
        </button>
        <div class="site-menu" id="site-menu">
          <hrw-site-nav label=${msg('Main')} .links=${primaryLinks} .currentPath=${this.currentPath}></hrw-site-nav>
          <hrw-account-controls
            .status=${this.account.status}
            .displayName=${this.account.displayName}
            .steward=${this.account.steward}
            .reviewWaiting=${this.reviewWaiting}
            @hrw-sign-in=${this.#signIn}
            @hrw-sign-out=${this.#signOut}
          ></hrw-account-controls>
        </div>
      </div>
    `;
  }

  #renderLoadFailure() {
    return html`
      <h1>${msg('This page did not load')}</h1>
      <p>
        ${msg('The connection may have dropped for a moment.')}
        <button type="button" @click=${() => location.reload()}>${msg('Try again')}</button>
      </p>
    `;
  }

  #onSessionChange = (): void => {
    const wasSteward = this.#isSteward();
    this.account = session.state;
    if (this.#isSteward() !== wasSteward) {
      this.#refreshReviewCounts();
    }
  };

  #isSteward(): boolean {
    return this.account.status === 'signed-in' && this.account.steward;
  }

  /** Asked again on every page a steward opens, so a decision made in a queue shows in the header's count. */
  #refreshReviewCounts(): void {
    const ask = ++this.#reviewAsk;
    if (!this.#isSteward()) {
      this.reviewWaiting = null;
      return;
    }
    fetchReviewCounts().then(
      (counts) => {
        if (ask === this.#reviewAsk) {
          this.reviewWaiting = counts.total;
        }
      },
      // The header keeps what it last knew; the dashboard itself says when the counts cannot be read.
      () => undefined,
    );
  }

  #onReviewCounts = (event: Event): void => {
    this.#reviewAsk++;
    this.reviewWaiting = (event as ReviewCountsEvent).counts.total;
  };

  #onHeaderAside = (): void => {
    this.headerAside = true;
    this.menuOpen = false;
  };

  #dropPreview = (): void => {
    if (this.#preview) {
      this.#preview = null;
      this.requestUpdate();
    }
  };

  #onRouteChange = (event: Event): void => {
    void this.#show((event as RouteChangeEvent).change);
  };

  async #show(change: RouteChange): Promise<void> {
    const navigation = ++this.#navigation;
    this.currentPath = change.url.pathname;
    this.menuOpen = false;
    // The page being left may have asked for the whole screen; the next one asks again if it needs to.
    this.headerAside = false;
    if (!change.initial) {
      this.#dropPreview();
    }
    this.#route = change.route;
    document.title = documentTitle(change.route, SITE_NAME);
    if (change.route.tag !== 'hrw-steward-dashboard' && this.#isSteward()) {
      // The dashboard reads the counts itself and reports them up.
      this.#refreshReviewCounts();
    }
    let page: HTMLElement | null = null;
    try {
      await change.route.load();
      page = document.createElement(change.route.tag);
    } catch {
      page = null;
    }
    if (navigation !== this.#navigation) {
      return;
    }
    this.page = page;
    this.pageFailed = page === null;
    await this.updateComplete;
    if (page instanceof LitElement) {
      await page.updateComplete;
    }
    if (!change.initial && navigation === this.#navigation) {
      window.scrollTo(0, 0);
      this.#focusHeading(page);
    }
  }

  /** After a client-side navigation, screen reader and keyboard users start at the new page's heading. */
  #focusHeading(page: HTMLElement | null): void {
    const heading = (page ? page.shadowRoot ?? page : this).querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    } else {
      this.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
    }
  }

  /** The shell and every page re-render themselves; the document's title is the shell's to change. */
  #onLocaleStatus = (event: Event): void => {
    if ((event as CustomEvent<{ status: string }>).detail.status === 'ready' && this.#route) {
      document.title = documentTitle(this.#route, SITE_NAME);
    }
  };

  #toggleMenu = (): void => {
    this.menuOpen = !this.menuOpen;
  };

  #closeMenuOnEscape = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.menuOpen) {
      this.menuOpen = false;
      this.querySelector<HTMLButtonElement>('.menu-button')?.focus();
    }
  };

  #signIn = (): void => {
    void session.signIn(`${location.pathname}${location.search}${location.hash}`);
  };

  #signOut = (): void => {
    void session.signOut();
  };
}

startEarlySearch(location.pathname, location.search);
// The first render waits for the starting language's texts, so a Spanish reader never sees English first.
void localeReady.then(() => customElements.define('hrw-app', HrwApp));
registerServiceWorker();
startSendingKeptMeetings();

declare global {
  interface HTMLElementTagNameMap {
    'hrw-app': HrwApp;
  }
}
