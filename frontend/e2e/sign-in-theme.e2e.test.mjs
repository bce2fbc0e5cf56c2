// The sign-in pages look like the hub and speak its words: Keycloak's login and registration pages, reached through
// the app's "Sign in", carry our theme (deploy/keycloak/themes/hrw), in English and Spanish, at a phone's width too.
// They speak the language the hub is in (the app asks Keycloak for it), whatever the browser prefers.
//   HRW_BASE_URL       the running app (e.g. http://localhost:8081). Required: without it these are skipped.
//   HRW_OIDC_ISSUER    the Keycloak realm the app should name (optional: checked when set)
//   HRW_DEMO_USER      demo host account (default "host"), HRW_DEMO_PASSWORD its password (default "host-demo")
//   HRW_CHROMIUM       browser binary (default: Debian's headless shell, else /usr/bin/chromium)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { assertNoEnglishLeft, assertWatchedClean, axeOn, DEMO_HOST, DESKTOP, issuerOriginOf, keycloakLogin, launchBrowser, watchedPage } from './support.mjs';

const baseUrl = process.env.HRW_BASE_URL?.replace(/\/+$/, '');
const appOrigin = baseUrl ? new URL(baseUrl).origin : '';
const NAME = 'Harm Reduction Works-HRW';
/** --hrw-color-accent and --hrw-color-on-accent of the web app's light scheme, as computed colours. */
const ACCENT = 'rgb(11, 95, 90)';
const ON_ACCENT = 'rgb(255, 255, 255)';
/** --hrw-color-accent of the dark scheme. */
const DARK_ACCENT = 'rgb(116, 211, 200)';
const WORDS = {
  en: {
    title: 'Sign in',
    signIn: 'Sign in',
    noAccount: 'Do you host a group, or want to list one?',
    register: 'Create an account',
    purpose: 'An account is only for people who host a group or list one in the directory.',
    noAccountNeeded: 'You do not need an account to find a meeting or to go to one.',
    back: 'Back to sign in',
    forgot: 'Forgot your password?',
    languages: 'Language',
  },
  es: {
    title: 'Iniciar sesión',
    signIn: 'Iniciar sesión',
    noAccount: '¿Organizas un grupo o quieres añadir uno al directorio?',
    register: 'Crear una cuenta',
    purpose: 'La cuenta es solo para quienes organizan un grupo o lo añaden al directorio.',
    noAccountNeeded: 'No necesitas una cuenta para encontrar una reunión ni para ir a una.',
    back: 'Volver a iniciar sesión',
    forgot: '¿Olvidaste tu contraseña?',
    languages: 'Idioma',
  },
};

/** Our theme's texts, as Keycloak reads them: `key=value` lines. */
function themeMessages(locale) {
  const file = new URL(`../../deploy/keycloak/themes/hrw/login/messages/messages_${locale}.properties`, import.meta.url);
  return new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !/^\s*[#!]/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')).trim(), line.slice(line.indexOf('=') + 1).trim()]),
  );
}

/** The English texts of our theme that its Spanish words differ from: none may be left on a Spanish page. */
const OUR_ENGLISH = (() => {
  const spanish = themeMessages('es');
  return [...themeMessages('en')].filter(([key, text]) => spanish.get(key) !== text).map(([, text]) => text);
})();

/**
 * The hub's own words for an English text of the web app, in `locale`: the Spanish from its catalogue
 * (xliff/es.xlf), or the English while that text is not marked for translation yet.
 */
function hubText(english, locale) {
  if (locale === 'en') {
    return english;
  }
  const catalogue = readFileSync(new URL('../xliff/es.xlf', import.meta.url), 'utf8');
  const escaped = english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return catalogue.match(new RegExp(`<source>${escaped}</source>\\s*<target>([^<]*)</target>`))?.[1] ?? english;
}

let browser;
let issuerOrigin;

/**
 * A page whose hub is in `hub` ('en' or 'es') as a person's own choice, remembered where the app keeps it, on a
 * browser that prefers `contextOptions.locale`.
 */
async function pageWithHubIn(hub, contextOptions) {
  const watched = await watchedPage(browser, appOrigin, contextOptions);
  await watched.page.goto(`${baseUrl}/`);
  await watched.page.evaluate((locale) => localStorage.setItem('hrw-locale', locale), hub);
  return watched;
}

/**
 * Opens the app's home page and follows its "Sign in" (inside the Menu on a phone) to Keycloak's page. `hub` is
 * the language the hub is expected to show.
 */
async function openSignIn(page, { phone = false, hub = 'en' } = {}) {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), hub, `the hub is in ${hub}`);
  if (phone) {
    await page.getByRole('button', { name: hubText('Menu', hub), exact: true }).click();
  }
  await page.getByRole('button', { name: hubText('Sign in', hub), exact: true }).click();
  await page.waitForURL((url) => url.origin === issuerOrigin);
  await page.locator('#kc-form-login').waitFor();
}

/** No text on screen, nor any label, title or value, is one of our theme's English texts. */
async function assertNoEnglishOfOurs(page, where) {
  const shown = await page.evaluate(() => {
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      texts.push(walker.currentNode.textContent);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], input[type=submit]')) {
      texts.push(...['aria-label', 'title', 'placeholder', 'value'].map((name) => element.getAttribute(name) ?? ''));
    }
    return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  });
  assert.deepEqual(shown.filter((text) => OUR_ENGLISH.includes(text)), [], `${where}: none of our English is left`);
}

/** Text with its white space made single, as a reader sees it. */
async function textOf(locator) {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

async function assertNoSeriousAxeViolations(page, where, { colorScheme = 'light' } = {}) {
  const axe = axeOn(page);
  const results = await (colorScheme === 'dark' ? axe.withRules(['color-contrast']) : axe).analyze();
  const violations = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(violations, [], `${where}: axe finds no serious or critical violations`);
}

async function assertNoSidewaysScroll(page, where) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, `${where}: no sideways scroll`);
}

/** CSP violations the watched page's init script caught on the page on screen (Keycloak's, here). */
function keycloakCspViolations(page) {
  return page.evaluate(() => window.__hrwCspViolations);
}

/** Our theme on the Keycloak page on screen: our name, our words, our colours and type, our note on accounts. */
async function assertOurSignInPage(page, words) {
  assert.equal(await textOf(page.locator('#kc-header-wrapper')), NAME, 'our name, in full, above the form');
  assert.equal(await textOf(page.locator('#kc-page-title')), words.title);
  const button = page.locator('#kc-login');
  assert.equal(await textOf(button), words.signIn);
  const style = await button.evaluate((element) => {
    const computed = getComputedStyle(element);
    return { background: computed.backgroundColor, color: computed.color, font: computed.fontFamily };
  });
  assert.equal(style.background, ACCENT, 'the sign-in button has the hub accent colour');
  assert.equal(style.color, ON_ACCENT);
  assert.match(style.font, /^system-ui\b/, 'the system font stack, as in the web app');
  assert.equal(
    await page.locator('#kc-header-wrapper').evaluate((element) => getComputedStyle(element, '::before').backgroundImage),
    `url("${new URL('../img/logo.svg', await page.locator('link[href$="css/hrw.css"]').evaluate((l) => l.href))}")`,
    'our logo before the name',
  );
  assert.equal(await textOf(page.locator('#kc-registration')), `${words.noAccount} ${words.register}`);
  const register = page.getByRole('link', { name: words.register, exact: true });
  assert.ok(await register.isVisible(), 'the registration link, in our words');
  assert.equal(await textOf(page.locator('#hrw-about')), `${words.purpose} ${words.noAccountNeeded}`);
  return register;
}

describe('the sign-in pages look like the hub', { skip: baseUrl ? false : 'HRW_BASE_URL not set: this needs the app and Keycloak' }, () => {
  before(async () => {
    issuerOrigin = await issuerOriginOf(baseUrl);
    if (process.env.HRW_OIDC_ISSUER) {
      assert.equal(issuerOrigin, new URL(process.env.HRW_OIDC_ISSUER).origin, 'the app names the Keycloak under test');
    }
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('in English on a wide screen: our theme, registration in our words, accessible, and the host still signs in', async () => {
    const watched = await watchedPage(browser, appOrigin, { viewport: DESKTOP, locale: 'en-US' });
    const { context, page } = watched;
    const keycloakPage = page.waitForResponse((r) => new URL(r.url()).origin === issuerOrigin && r.request().resourceType() === 'document');
    await openSignIn(page);
    const csp = (await (await keycloakPage).allHeaders())['content-security-policy'] ?? '';
    assert.match(csp, /frame-ancestors 'self'/, 'Keycloak keeps its own CSP on the sign-in page');
    assert.match(csp, /object-src 'none'/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    const register = await assertOurSignInPage(page, WORDS.en);
    await assertNoSeriousAxeViolations(page, 'sign-in page');
    assert.deepEqual(await keycloakCspViolations(page), [], 'sign-in page: no CSP violations');

    await register.click();
    await page.locator('#kc-register-form').waitFor();
    assert.equal(await textOf(page.locator('#kc-page-title')), WORDS.en.register);
    assert.equal(await textOf(page.locator('#hrw-about')), `${WORDS.en.purpose} ${WORDS.en.noAccountNeeded}`);
    const submit = page.locator('#kc-register-form [type=submit]');
    assert.equal(await submit.getAttribute('value'), WORDS.en.register);
    assert.equal(await submit.evaluate((element) => getComputedStyle(element).backgroundColor), ACCENT);
    await assertNoSeriousAxeViolations(page, 'registration page');
    assert.deepEqual(await keycloakCspViolations(page), [], 'registration page: no CSP violations');

    await page.getByRole('link', { name: WORDS.en.back, exact: true }).click();
    await page.locator('#kc-form-login').waitFor();
    await keycloakLogin(page, { appOrigin, issuerOrigin, path: '/' });
    await assertWatchedClean(watched, 'signing in through our theme', { allowedOrigins: [appOrigin, issuerOrigin] });
    await context.close();
  });

  test('in dark colours the sign-in page keeps the hub dark accent and its contrast', async () => {
    const watched = await watchedPage(browser, appOrigin, { viewport: DESKTOP, colorScheme: 'dark' });
    await openSignIn(watched.page);
    assert.equal(
      await watched.page.locator('#kc-login').evaluate((element) => getComputedStyle(element).backgroundColor),
      DARK_ACCENT,
    );
    await assertNoSeriousAxeViolations(watched.page, 'sign-in page (dark)', { colorScheme: 'dark' });
    await watched.context.close();
  });

  test('in Spanish when the browser asks for it, sign-in and registration alike', async () => {
    const watched = await watchedPage(browser, appOrigin, { viewport: DESKTOP, locale: 'es-ES' });
    const { context, page } = watched;
    await openSignIn(page, { hub: 'es' });
    assert.equal(await page.locator('html').getAttribute('lang'), 'es');
    const register = await assertOurSignInPage(page, WORDS.es);
    await register.click();
    await page.locator('#kc-register-form').waitFor();
    assert.equal(await textOf(page.locator('#kc-page-title')), WORDS.es.register);
    assert.equal(await page.locator('#kc-register-form [type=submit]').getAttribute('value'), WORDS.es.register);
    assert.ok(await page.getByRole('link', { name: WORDS.es.back, exact: true }).isVisible());
    await assertWatchedClean(watched, 'Spanish sign-in', { allowedOrigins: [appOrigin, issuerOrigin] });
    await context.close();
  });

  test('in Spanish when the hub is, on an English browser: our Spanish throughout, accessible, and back to the hub in Spanish', async () => {
    const watched = await pageWithHubIn('es', { viewport: DESKTOP, locale: 'en-US' });
    const { context, page } = watched;
    await openSignIn(page, { hub: 'es' });
    assert.equal(await page.locator('html').getAttribute('lang'), 'es', 'Keycloak speaks the hub language');
    const register = await assertOurSignInPage(page, WORDS.es);
    assert.ok(await page.getByRole('combobox', { name: WORDS.es.languages, exact: true }).isVisible(), 'the language menu, named in Spanish');
    await assertNoEnglishOfOurs(page, 'sign-in page');
    await assertNoSeriousAxeViolations(page, 'Spanish sign-in page');

    await page.getByRole('link', { name: WORDS.es.forgot, exact: true }).click();
    await page.locator('#kc-reset-password-form').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'es');
    assert.equal(await textOf(page.locator('#kc-page-title')), WORDS.es.forgot);
    await assertNoEnglishOfOurs(page, 'forgotten-password page');
    await assertNoSeriousAxeViolations(page, 'Spanish forgotten-password page');
    await page.getByRole('link', { name: WORDS.es.back, exact: true }).click();

    await page.locator('#kc-form-login').waitFor();
    await register.click();
    await page.locator('#kc-register-form').waitFor();
    await page.locator('#kc-register-form [type=submit]').click();
    await page.locator('#kc-register-form').waitFor();
    await assertNoEnglishOfOurs(page, 'registration page, sent empty');
    await assertNoSeriousAxeViolations(page, 'Spanish registration page');
    await page.getByRole('link', { name: WORDS.es.back, exact: true }).click();

    await page.locator('#username').fill(DEMO_HOST.username);
    await page.locator('#password').fill(DEMO_HOST.password);
    await page.locator('#kc-login').click();
    await page.waitForURL((url) => url.origin === appOrigin && url.pathname === '/');
    await page.getByRole('button', { name: hubText('Sign out', 'es'), exact: true }).waitFor();
    await assertNoEnglishLeft(page, 'back on the hub, signed in');
    await assertWatchedClean(watched, 'signing in from the hub in Spanish', { allowedOrigins: [appOrigin, issuerOrigin] });
    await context.close();
  });

  test('in English when the hub is, on a Spanish browser', async () => {
    const watched = await pageWithHubIn('en', { viewport: DESKTOP, locale: 'es-MX' });
    await openSignIn(watched.page, { hub: 'en' });
    assert.equal(await watched.page.locator('html').getAttribute('lang'), 'en', 'Keycloak speaks the hub language');
    await assertOurSignInPage(watched.page, WORDS.en);
    await watched.context.close();
  });

  for (const hub of ['en', 'es']) {
    test(`at 320 px wide in ${hub}, reached through the Menu, neither page scrolls sideways, language menu included`, async () => {
      const watched = await pageWithHubIn(hub, { viewport: { width: 320, height: 640 }, locale: 'en-US' });
      const { context, page } = watched;
      await openSignIn(page, { phone: true, hub });
      assert.equal(await page.locator('html').getAttribute('lang'), hub);
      await assertNoSidewaysScroll(page, 'sign-in page');
      const languages = page.getByRole('combobox', { name: WORDS[hub].languages, exact: true });
      const box = await languages.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 320, `the language menu fits the screen: ${JSON.stringify(box)}`);
      await page.getByRole('link', { name: WORDS[hub].register, exact: true }).click();
      await page.locator('#kc-register-form').waitFor();
      await assertNoSidewaysScroll(page, 'registration page');
      await assertWatchedClean(watched, 'phone sign-in', { allowedOrigins: [appOrigin, issuerOrigin] });
      await context.close();
    });
  }
});
