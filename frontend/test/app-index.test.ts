import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { HrwApp } from '../src/app-index.js';

let app: HrwApp;

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await app.updateComplete;
  }
}

function pageElement(): HTMLElement {
  const page = app.querySelector('main .container')!.firstElementChild;
  if (!(page instanceof HTMLElement)) {
    throw new Error('no page rendered');
  }
  return page;
}

beforeAll(async () => {
  window.history.replaceState(null, '', '/');
  await import('../src/app-index.js');
  app = document.createElement('hrw-app');
  document.body.append(app);
  await settle();
});

describe('hrw-app', () => {
  it('renders the shell: skip link first, then header, main and footer', () => {
    const root = app;
    const first = root.querySelector('a');
    expect(first?.textContent).toBe('Skip to main content');
    expect(root.querySelector('header')?.textContent).toContain('Harm Reduction Works-HRW');
    expect(root.querySelector('main#main')).not.toBeNull();
    expect(root.querySelector('footer')).not.toBeNull();
  });

  it('links to the foundations and to Use the API from the footer', () => {
    const footerNav = app.querySelector('footer hrw-site-nav')!.shadowRoot!;
    const links = [...footerNav.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toContainEqual(['Hosting a meeting', '/hosting']);
    expect(links).toContainEqual(['Use the API', '/developers']);
  });

  it('shows Start here at the root and titles the document', () => {
    expect(pageElement().localName).toBe('hrw-start-here');
    expect(document.title).toBe('Start here | Harm Reduction Works-HRW');
  });

  it('navigates on a link click without reloading, then focuses the new heading', async () => {
    const startHere = pageElement();
    const hostingLink = startHere.shadowRoot!.querySelector<HTMLAnchorElement>(
      'hrw-action-list',
    )!.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="/hosting"]')!;

    hostingLink.click();
    await settle();

    expect(window.location.pathname).toBe('/hosting');
    expect(pageElement().localName).toBe('hrw-hosting');
    expect(document.title).toBe('Hosting a meeting | Harm Reduction Works-HRW');
    expect(pageElement().shadowRoot!.activeElement?.localName).toBe('h1');
  });

  it('shows the not-found page for an unknown address and comes back with the history', async () => {
    window.history.pushState(null, '', '/no-such-page');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(pageElement().localName).toBe('hrw-not-found');

    window.history.back();
    await settle();
    expect(pageElement().localName).toBe('hrw-hosting');
  });

  it('puts the header aside while host mode is open, keeping the skip link, and brings it back on leaving', async () => {
    window.history.pushState(null, '', '/script/host?meeting=open&lang=en');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(pageElement().localName).toBe('hrw-host-mode'), { timeout: 5000 });
    await settle();
    expect(app.querySelector('header .masthead')).toBeNull();
    expect(app.querySelector('header a')?.textContent).toBe('Skip to main content');
    expect(app.querySelector('header')?.textContent).not.toContain('Menu');
    expect(app.querySelector('main#main')?.classList.contains('header-aside')).toBe(true);

    window.history.back();
    await settle();
    expect(pageElement().localName).toBe('hrw-hosting');
    expect(app.querySelector('header .masthead')).not.toBeNull();
    expect(app.querySelector('main#main')?.classList.contains('header-aside')).toBe(false);
  });
});

describe('the header menu (a disclosure, shown as a Menu button on phones)', () => {
  function menuButton(): HTMLButtonElement {
    return app.querySelector<HTMLButtonElement>('header button[aria-controls]')!;
  }

  /** Opens the menu whatever state an earlier test left it in. */
  async function openMenu(): Promise<void> {
    if (menuButton().getAttribute('aria-expanded') !== 'true') {
      menuButton().click();
      await app.updateComplete;
    }
    expect(menuButton().getAttribute('aria-expanded')).toBe('true');
  }

  function menuLink(name: string): HTMLAnchorElement {
    const nav = app.querySelector('#site-menu hrw-site-nav')!.shadowRoot!;
    return [...nav.querySelectorAll('a')].find((link) => link.textContent?.trim() === name)!;
  }

  it('is a button that controls the element holding the main navigation and the account controls', () => {
    const button = menuButton();
    const menu = app.querySelector(`#${button.getAttribute('aria-controls')}`);

    expect(button.textContent?.trim()).toBe('Menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(menu?.querySelector('hrw-site-nav')?.getAttribute('label')).toBe('Main');
    expect(menu?.querySelector('hrw-account-controls')).not.toBeNull();
  });

  it('says whether the menu is open, and each press of the button turns it over', async () => {
    menuButton().click();
    await app.updateComplete;
    expect(menuButton().getAttribute('aria-expanded')).toBe('true');

    menuButton().click();
    await app.updateComplete;
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Escape from inside the menu and puts the focus back on its button', async () => {
    await openMenu();
    const link = menuLink('Learnings');
    link.focus();

    link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await app.updateComplete;

    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menuButton());
  });

  it('leaves the focus alone on Escape while the menu is closed', async () => {
    const brand = app.querySelector<HTMLAnchorElement>('header a.brand')!;
    brand.focus();

    brand.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await app.updateComplete;

    expect(document.activeElement).toBe(brand);
  });

  it('closes once a page is chosen from it, and marks that page as the current one', async () => {
    await openMenu();

    menuLink('Start a group').click();
    await settle();

    expect(window.location.pathname).toBe('/start-a-group');
    expect(pageElement().localName).toBe('hrw-start-a-group');
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(menuLink('Start a group').getAttribute('aria-current')).toBe('page');
  });

  it('closes when the page changes by the history too', async () => {
    await openMenu();

    window.history.back();
    await settle();

    expect(pageElement().localName).toBe('hrw-hosting');
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
  });

  it('shows a sign-in notice outside the menu, so that it is seen while the menu is closed', async () => {
    app.account = { ...app.account, notice: 'Sign-in is unavailable right now; everything public still works.' };
    await app.updateComplete;

    const status = app.querySelector('header [role="status"]');
    expect(status?.textContent).toBe('Sign-in is unavailable right now; everything public still works.');
    expect(status?.closest('#site-menu')).toBeNull();
  });
});
