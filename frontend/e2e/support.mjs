// Shared by the e2e tests: Debian's Chromium through playwright-core, and pages that record what goes wrong.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';

/**
 * The app the tests run against: HRW_BASE_URL when it is set, otherwise dist/ served by ./static-server.mjs.
 * Resolves to { baseUrl, close }.
 */
export async function appUnderTest() {
  if (process.env.HRW_BASE_URL) {
    return { baseUrl: process.env.HRW_BASE_URL.replace(/\/+$/, ''), close: async () => {} };
  }
  const server = await startStaticServer();
  return { baseUrl: server.baseUrl, close: server.close };
}

/**
 * The browser: HRW_CHROMIUM, else Debian's headless shell (package chromium-headless-shell) when installed, else
 * Debian's Chromium. The shell is the same Blink as the browser without its windowing and UI, and what Playwright
 * itself runs for headless tests: on two cores all journeys took 355 s with it and 462 s with the full browser, using
 * 214 s of CPU against 332 s (the journeys, the browser and node together).
 */
const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';
const BROWSER = process.env.HRW_CHROMIUM ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

export function launchBrowser() {
  // Playwright gives every launch a fresh, temporary --user-data-dir of its own.
  return chromium.launch({
    executablePath: BROWSER,
    headless: true,
    chromiumSandbox: false,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh page that records what leaves the app, console errors and CSP violations. */
export async function watchedPage(browser, appOrigin, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  await context.addInitScript(() => {
    window.__hrwCspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__hrwCspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const seen = { origins: new Set(), consoleErrors: [], pageErrors: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      seen.origins.add(url.origin);
    }
  });
  page.on('console', (message) => {
    const onApp = new URL(page.url()).origin === appOrigin;
    if (onApp && message.type() === 'error') {
      seen.consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => {
    if (new URL(page.url()).origin === appOrigin) {
      seen.pageErrors.push(String(error));
    }
  });
  const cspViolations = async () =>
    new URL(page.url()).origin === appOrigin ? page.evaluate(() => window.__hrwCspViolations) : [];
  return { context, page, seen, cspViolations };
}

/** The demo profile's host account; the environment can name another. */
export const DEMO_HOST = {
  username: process.env.HRW_DEMO_USER ?? 'host',
  password: process.env.HRW_DEMO_PASSWORD ?? 'host-demo',
};

/** The demo profile's steward account; the environment can name another. */
export const DEMO_STEWARD = {
  username: process.env.HRW_STEWARD_USER ?? 'steward',
  password: process.env.HRW_STEWARD_PASSWORD ?? 'steward-demo',
};

/**
 * Fills the real Keycloak login page the app has just sent the browser to, and waits to be back on the app at
 * `path` (and `search`, when given), signed in. Without `issuerOrigin`, any page off the app counts as Keycloak's.
 * Without `account.displayName`, any "Signed in as" will do.
 */
export async function keycloakLogin(page, { appOrigin, issuerOrigin, account = DEMO_HOST, path, search }) {
  await page.waitForURL((url) => (issuerOrigin ? url.origin === issuerOrigin : url.origin !== appOrigin));
  await page.locator('#username').fill(account.username);
  await page.locator('#password').fill(account.password);
  await page.locator('#kc-login').click();
  // Keycloak answers a refused sign-in with its own page again: fail at once, with its words, rather than after a
  // 30 s wait that says only that the app never came back.
  const refusal = page.locator('.kc-feedback-text.pf-m-error, .pf-v5-c-alert.pf-m-danger').first();
  const outcome = await Promise.race([
    page
      .waitForURL(
        (url) => url.origin === appOrigin && url.pathname === path && (search === undefined || url.search === search),
      )
      .then(() => 'back'),
    refusal.waitFor().then(
      () => 'refused',
      () => 'no refusal',
    ),
  ]);
  if (outcome === 'refused') {
    throw new Error(`Keycloak refused to sign ${account.username} in: "${(await refusal.innerText()).trim()}"`);
  }
  await page
    .getByText(account.displayName ? `Signed in as ${account.displayName}` : 'Signed in as')
    .first()
    .waitFor();
}

/**
 * Fills the real Keycloak registration page the app has just sent the browser to with a new `account` (username,
 * email, firstName, lastName, password), and waits to be back on the app at `path` (and `search`), signed in.
 */
export async function keycloakRegister(page, { appOrigin, issuerOrigin, account, path, search }) {
  await page.waitForURL((url) => (issuerOrigin ? url.origin === issuerOrigin : url.origin !== appOrigin));
  const form = page.locator('#kc-register-form');
  await form.waitFor();
  await form.locator('#username').fill(account.username);
  await form.locator('#email').fill(account.email);
  await form.locator('#firstName').fill(account.firstName);
  await form.locator('#lastName').fill(account.lastName);
  await form.locator('#password').fill(account.password);
  await form.locator('#password-confirm').fill(account.password);
  await form.locator('[type=submit]').click();
  await page.waitForURL(
    (url) => url.origin === appOrigin && url.pathname === path && (search === undefined || url.search === search),
  );
  await page.getByText('Signed in as').first().waitFor();
}

/**
 * Signs in from the page on screen with the header's button, and waits to be back on the same path (and query,
 * with `sameQuery`), signed in.
 */
export async function signInHere(page, { appOrigin, issuerOrigin, account = DEMO_HOST, sameQuery = false }) {
  const back = new URL(page.url());
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await keycloakLogin(page, {
    appOrigin,
    issuerOrigin,
    account,
    path: back.pathname,
    ...(sameQuery ? { search: back.search } : {}),
  });
}

/** Opens `path` signed out, signs in with the header's button, and comes back to `path`. */
export async function signInAt(page, path, { baseUrl, appOrigin, issuerOrigin, account = DEMO_HOST }) {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await signInHere(page, { appOrigin, issuerOrigin, account });
}

/**
 * What every browser journey ends by checking on a watched page: no CSP violations on the page on screen, no
 * script errors, no console errors but the `expectedConsoleError` ones the test causes on purpose, and nothing
 * contacted but the `allowedOrigins`.
 */
export async function assertWatchedClean(watched, where, { allowedOrigins, expectedConsoleError = null }) {
  const { seen, cspViolations } = watched;
  assert.deepEqual(await cspViolations(), [], `${where}: no CSP violations`);
  assert.deepEqual(seen.pageErrors, [], `${where}: no script errors`);
  const errors = seen.consoleErrors.filter((message) => !expectedConsoleError?.test(message));
  assert.deepEqual(errors, [], `${where}: no console errors`);
  const allowed = new Set(allowedOrigins);
  assert.deepEqual([...seen.origins].filter((origin) => !allowed.has(origin)), [], `${where}: only ${[...allowed].join(' and ')} contacted`);
}

/**
 * Axe on the page, in its legacy mode. By default axe opens a blank page in the context to merge what it found in
 * each frame, which doubled the time of every check (about 1.1 s a page against 0.55 s on two cores) for frames we
 * do not have: the app's CSP allows none from elsewhere and it makes none, and neither do the sign-in pages. On the
 * app's pages both modes gave the same results rule by rule (violations, passes, incomplete, inapplicable).
 */
export function axeOn(page) {
  return new AxeBuilder({ page }).setLegacyMode(true);
}

/**
 * What axe finds wrong on the page (only `rules` when given), one line a rule with where: an empty list is a pass.
 */
export async function axeViolations(page, { rules } = {}) {
  const axe = axeOn(page);
  const results = await (rules ? axe.withRules(rules) : axe).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The two phones every page is tried on: a common one, and the smallest still in use. */
export const PHONE = { width: 390, height: 844 };
export const SMALL_PHONE = { width: 320, height: 640 };
/** A laptop's window, for the steps of a journey that are not about phones. */
export const DESKTOP = { width: 1280, height: 800 };

/**
 * On both phones: nothing sideways and no axe violations, once `ready` says the page has drawn at that size.
 * Leaves the page at `after` (the 390 px phone unless told).
 */
export async function assertFitsPhones(page, where, { ready = async () => {}, after = PHONE } = {}) {
  for (const screen of [PHONE, SMALL_PHONE]) {
    await page.setViewportSize(screen);
    await ready();
    await assertNoSideways(page, `${where} at ${screen.width} px`);
    assert.deepEqual(await axeViolations(page), [], `${where}: axe at ${screen.width} x ${screen.height}`);
  }
  await page.setViewportSize(after);
}

/** The origin of the sign-in server the app under test sends people to, from its own /api/v1/config. */
export async function issuerOriginOf(baseUrl) {
  const response = await fetch(`${baseUrl}/api/v1/config`);
  assert.equal(response.status, 200, 'GET /api/v1/config answers');
  return new URL((await response.json()).oidc.authority).origin;
}

/** Nothing sticks out sideways: the page works at the width of a small phone. */
export async function assertNoSideways(page, where = 'the page') {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${where} is ${overflow}px wider than the screen`);
}

/** The access token of the sign-in on this page (oidc-client-ts keeps it in sessionStorage), for API set-up calls. */
export function accessToken(page) {
  return page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    return key ? JSON.parse(sessionStorage.getItem(key)).access_token : null;
  });
}

/** Calls the API at `baseUrl` with a sign-in's token; answers the status and the JSON body (null for 204). */
export async function apiAs(baseUrl, token, method, path, body) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/**
 * The English texts of the web app's catalogue, as phrases of three words or more that a page in Spanish must not
 * show: the parts of each message between its placeholders, for every message whose Spanish differs.
 */
function englishPhrases() {
  const xliff = readFileSync(new URL('../xliff/es.xlf', import.meta.url), 'utf8');
  const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const phrases = new Set();
  for (const [, body] of xliff.matchAll(/<trans-unit id="[^"]+">([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1] ?? '';
    if (source === target) {
      continue;
    }
    for (const piece of source.split(/<x [^>]*\/>/)) {
      // Markup inside a message (a link's tags) is not text the page shows.
      const text = unescape(piece).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
      // Three words at least: shorter pieces ("In the", "and a") also open English content (a title), which keeps
      // its own language on a Spanish page.
      if (text.split(' ').filter((word) => /[A-Za-z]/.test(word)).length >= 3) {
        phrases.add(text);
      }
    }
  }
  return [...phrases];
}

/** Every text the page shows, shadow roots included (innerText stops at them), as one space-separated string. */
export async function visibleText(page) {
  return page.evaluate(() => {
    const parts = [];
    const walk = (root) => {
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          const parent = node.parentElement;
          if (parent && parent.checkVisibility?.() !== false && !parent.closest('script, style, template')) {
            parts.push(node.textContent);
          }
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          if (node.shadowRoot) {
            walk(node.shadowRoot);
          }
          walk(node);
          for (const attribute of ['aria-label', 'placeholder', 'title', 'alt']) {
            if (node.hasAttribute(attribute)) {
              parts.push(node.getAttribute(attribute));
            }
          }
        }
      }
    };
    walk(document);
    return parts.join(' ').replace(/\s+/g, ' ');
  });
}

/** Fails when a page shown in Spanish still shows an English text of the catalogue (not content, which has its own language). */
export async function assertNoEnglishLeft(page, where) {
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es', `${where}: <html lang> is es`);
  const text = await visibleText(page);
  const left = englishPhrases().filter((phrase) => text.includes(phrase));
  assert.deepEqual(left, [], `${where}: English left on a Spanish page`);
}
