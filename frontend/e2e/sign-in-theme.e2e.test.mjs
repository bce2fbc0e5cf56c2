// The sign-in pages look like the hub and speak its words: Keycloak's login and registration pages, reached through
// the app's "Sign in", carry our theme (deploy/keycloak/themes/hrw), in English and Spanish, at a phone's width too.
//   HRW_BASE_URL       the running app (e.g. http://localhost:8081). Required: without it these are skipped.
//   HRW_OIDC_ISSUER    the Keycloak realm the app should name (optional: checked when set)
//   HRW_DEMO_USER      demo host account (default "host"), HRW_DEMO_PASSWORD its password (default "host-demo")
//   HRW_CHROMIUM       browser binary (default /usr/bin/chromium)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { assertWatchedClean, issuerOriginOf, keycloakLogin, launchBrowser, watchedPage } from './support.mjs';

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
  },
  es: {
    title: 'Iniciar sesión',
    signIn: 'Iniciar sesión',
    noAccount: '¿Organizas un grupo o quieres añadir uno al directorio?',
    register: 'Crear una cuenta',
    purpose: 'La cuenta es solo para quienes organizan un grupo o lo añaden al directorio.',
    noAccountNeeded: 'No necesitas una cuenta para encontrar una reunión ni para ir a una.',
    back: 'Volver a iniciar sesión',
  },
};

let browser;
let issuerOrigin;

/** Opens the app's home page and follows its "Sign in" (inside the Menu on a phone) to Keycloak's page. */
async function openSignIn(page, { phone = false, signIn = 'Sign in' } = {}) {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  if (phone) {
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
  }
  await page.getByRole('button', { name: signIn, exact: true }).click();
  await page.waitForURL((url) => url.origin === issuerOrigin);
  await page.locator('#kc-form-login').waitFor();
}

/** Text with its white space made single, as a reader sees it. */
async function textOf(locator) {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

async function assertNoSeriousAxeViolations(page, where, { colorScheme = 'light' } = {}) {
  const axe = new AxeBuilder({ page });
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
    const watched = await watchedPage(browser, appOrigin, { viewport: { width: 1280, height: 800 }, locale: 'en-US' });
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
    const watched = await watchedPage(browser, appOrigin, { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
    await openSignIn(watched.page);
    assert.equal(
      await watched.page.locator('#kc-login').evaluate((element) => getComputedStyle(element).backgroundColor),
      DARK_ACCENT,
    );
    await assertNoSeriousAxeViolations(watched.page, 'sign-in page (dark)', { colorScheme: 'dark' });
    await watched.context.close();
  });

  test('in Spanish when the browser asks for it, sign-in and registration alike', async () => {
    const watched = await watchedPage(browser, appOrigin, { viewport: { width: 1280, height: 800 }, locale: 'es-ES' });
    const { context, page } = watched;
    await openSignIn(page, { signIn: 'Iniciar sesión' });
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

  test('at 320 px wide, reached through the Menu, neither page scrolls sideways', async () => {
    const watched = await watchedPage(browser, appOrigin, { viewport: { width: 320, height: 640 } });
    const { context, page } = watched;
    await openSignIn(page, { phone: true });
    await assertNoSidewaysScroll(page, 'sign-in page');
    await page.getByRole('link', { name: WORDS.en.register, exact: true }).click();
    await page.locator('#kc-register-form').waitFor();
    await assertNoSidewaysScroll(page, 'registration page');
    await assertWatchedClean(watched, 'phone sign-in', { allowedOrigins: [appOrigin, issuerOrigin] });
    await context.close();
  });
});
