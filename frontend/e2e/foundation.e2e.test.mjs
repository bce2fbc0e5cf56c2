// Browser tests of the app's foundations, driven through Debian's Chromium.
//   HRW_BASE_URL       the running app (e.g. http://localhost:8081). Unset: dist/ is served by ./static-server.mjs
//                      with an unreachable identity provider, and the Keycloak sign-in test is skipped.
//   HRW_DEMO_USER      demo host account for the sign-in test (default "host")
//   HRW_DEMO_PASSWORD  its password (default "host-demo")
//   HRW_CHROMIUM       browser binary (default: Debian's headless shell, else /usr/bin/chromium)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  appUnderTest,
  assertWatchedClean,
  axeViolations,
  DEMO_HOST,
  issuerOriginOf,
  launchBrowser,
  signInHere,
  watchedPage as watchedPageOf,
} from './support.mjs';

const DISPLAY_NAME = 'Alex';
const UNAVAILABLE = 'Sign-in is unavailable right now; everything public still works.';
const PUBLIC_PAGES = ['/', '/start-a-group', '/hosting', '/script', '/groups', '/exercises', '/learnings', '/developers'];
const NO_PAGE = '/nowhere';

let baseUrl;
let appOrigin;
let issuerOrigin;
let app;
let browser;

before(async () => {
  app = await appUnderTest();
  baseUrl = app.baseUrl;
  appOrigin = new URL(baseUrl).origin;
  issuerOrigin = await issuerOriginOf(baseUrl);

  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.close();
});

function watchedPage(contextOptions = {}) {
  return watchedPageOf(browser, appOrigin, contextOptions);
}

async function open(page, path) {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

describe('Harm Reduction Works-HRW foundations', () => {
  test('the server sends the Content-Security-Policy the app is built for', async () => {
    const response = await fetch(`${baseUrl}/hosting`);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /style-src 'self'/);
    assert.match(await response.text(), /<hrw-app>/, 'a deep link is answered with the app');
  });

  test('pages load, deep links work, nothing but the app is contacted, no errors or CSP violations', async () => {
    const { context, page, seen, cspViolations } = await watchedPage();
    await open(page, '/');
    await page.getByRole('heading', { level: 1, name: 'Start here' }).waitFor();
    assert.equal(await page.title(), 'Start here | Harm Reduction Works-HRW');
    assert.ok(await page.getByText('Harm Reduction Works-HRW', { exact: true }).first().isVisible());

    await page.goto(`${baseUrl}/hosting`);
    await page.getByRole('heading', { level: 1, name: 'Hosting a meeting' }).waitFor();

    await page.getByRole('link', { name: 'Groups', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Find a group' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/groups');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Hosting a meeting' }).waitFor();

    for (const path of PUBLIC_PAGES) {
      await open(page, path);
    }

    // Anonymous browsing stays on the app: not even the sign-in service is contacted.
    await assertWatchedClean({ seen, cspViolations }, 'anonymous browsing', { allowedOrigins: [appOrigin] });
    await context.close();
  });

  test('a mistyped address is a 404 (not a page to search engines) that still shows the app\'s not-found page', async () => {
    const { context, page, seen, cspViolations } = await watchedPage();
    const response = await page.goto(`${baseUrl}${NO_PAGE}`);
    assert.equal(response.status(), 404);
    await page.getByRole('heading', { level: 1, name: 'We could not find that page' }).waitFor();
    await page.getByRole('link', { name: 'Go to Start here', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Start here' }).waitFor();
    await assertWatchedClean({ seen, cspViolations }, 'the not-found page', {
      allowedOrigins: [appOrigin],
      expectedConsoleError: /status of 404/, // the browser reports the page's own 404
    });
    await context.close();
  });

  test('axe finds no accessibility violations (and the dark colour scheme keeps its contrast)', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const { context, page } = await watchedPage({ colorScheme });
      for (const path of ['/', '/start-a-group', '/hosting', '/groups', '/developers', NO_PAGE]) {
        await open(page, path);
        const violations = await axeViolations(page, colorScheme === 'dark' ? { rules: ['color-contrast'] } : {});
        assert.deepEqual(violations, [], `${path} (${colorScheme})`);
      }
      await context.close();
    }
  });

  test('at 320 px wide no page scrolls sideways', async () => {
    const { context, page } = await watchedPage({ viewport: { width: 320, height: 640 } });
    for (const path of [...PUBLIC_PAGES, NO_PAGE]) {
      await open(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} overflows by ${overflow}px`);
    }
    await context.close();
  });

  test('works from the keyboard: the skip link comes first and leads to the main content', async () => {
    const { context, page } = await watchedPage();
    await open(page, '/hosting');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    assert.ok(await skip.evaluate((link) => link.matches(':focus-visible')));
    assert.ok(await skip.isVisible(), 'the focused skip link is visible');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await context.close();
  });

  test(
    'signing in with the demo host and signing out again',
    { skip: process.env.HRW_BASE_URL ? false : 'HRW_BASE_URL not set: there is no identity provider to sign in with' },
    async () => {
      const { context, page, seen, cspViolations } = await watchedPage();
      await open(page, '/hosting');

      await signInHere(page, { appOrigin, issuerOrigin, account: { ...DEMO_HOST, displayName: DISPLAY_NAME } });
      assert.deepEqual(await cspViolations(), []);

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL((url) => url.origin === appOrigin && url.pathname === '/');
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      assert.equal(await page.getByText(`Signed in as ${DISPLAY_NAME}`).count(), 0);

      await assertWatchedClean({ seen, cspViolations }, 'signing in and out', { allowedOrigins: [appOrigin, issuerOrigin] });
      await context.close();
    },
  );

  test(
    'when the identity provider is out of reach, sign-in says so calmly and the pages keep working',
    { skip: process.env.HRW_BASE_URL ? 'runs only against the local dist/ server, whose provider is unreachable' : false },
    async () => {
      const { context, page, cspViolations } = await watchedPage();
      await open(page, '/hosting');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('status').filter({ hasText: UNAVAILABLE }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/hosting');
      await page.getByRole('link', { name: 'Start a group', exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Start a group' }).waitFor();
      assert.deepEqual(await cspViolations(), []);
      await context.close();
    },
  );
});
