import { beforeAll, describe, expect, it } from 'vitest';
import type { HrwApp } from '../src/app-index.js';

// The server can send a shared finder link's page with its first results inside <hrw-app>; the app keeps them
// below the page, never above its header, until the finder shows its own.
let app: HrwApp;

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await app.updateComplete;
  }
}

beforeAll(async () => {
  window.history.replaceState(null, '', '/hosting');
  document.body.innerHTML =
    '<hrw-app><section class="first-results"><h2>2 groups within 25 km of Northampton, MA</h2></section></hrw-app>';
  app = document.querySelector('hrw-app') as HrwApp;
  await import('../src/app-index.js');
  await settle();
});

describe('the first results sent with the page', () => {
  it('are shown in the main area, after the page, not above the header', () => {
    const preview = app.querySelector('.first-results');
    expect(preview?.closest('main')).not.toBeNull();
    expect(app.firstElementChild?.classList.contains('first-results')).toBe(false);
  });

  it('go away once the finder reports its own results', async () => {
    const page = app.querySelector('main .container')!.firstElementChild!;
    page.dispatchEvent(new CustomEvent('hrw-results-shown', { bubbles: true, composed: true }));
    await settle();
    expect(app.querySelector('.first-results')).toBeNull();
  });
});
