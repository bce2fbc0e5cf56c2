import { beforeAll, describe, expect, it } from 'vitest';
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

  it('shows a sign-in notice in the header as a status message', async () => {
    app.account = { ...app.account, notice: 'Sign-in is unavailable right now; everything public still works.' };
    await app.updateComplete;

    const status = app.querySelector('header [role="status"]');
    expect(status?.textContent).toBe('Sign-in is unavailable right now; everything public still works.');
  });
});
