// Browser tests of the foundation pages in Spanish, driven through Debian's Chromium: reached by the browser's
// preference and by the header's switch (remembered), with <html lang="es">, no English of the catalogue left, axe
// clean, and nothing sideways on the two phones.
//   HRW_BASE_URL       the running app. Unset: dist/ is served by ./static-server.mjs, which is all these tests need.
//   HRW_CHROMIUM       browser binary (default: Debian's headless shell, else /usr/bin/chromium)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  appUnderTest,
  assertFitsPhones,
  assertNoEnglishLeft,
  assertWatchedClean,
  axeViolations,
  launchBrowser,
  PHONE,
  watchedPage as watchedPageOf,
} from './support.mjs';

const SITE = 'Harm Reduction Works-HRW';

/** Each foundation page with its Spanish heading, one of its Spanish sections and its title. */
const PAGES = [
  { path: '/', heading: 'Empieza aquí', section: 'La reducción de daños incluye la abstinencia' },
  { path: '/start-a-group', heading: 'Empezar un grupo', section: 'Empieza con personas de confianza' },
  { path: '/hosting', heading: 'Cómo llevar una reunión', section: 'Facilitar sin controlar' },
];

let baseUrl;
let appOrigin;
let app;
let browser;

before(async () => {
  app = await appUnderTest();
  baseUrl = app.baseUrl;
  appOrigin = new URL(baseUrl).origin;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.close();
});

function watchedPage(contextOptions = {}) {
  return watchedPageOf(browser, appOrigin, contextOptions);
}

async function openHeading(page, path, name) {
  const response = await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  return response;
}

/** The header's language switch: the button that offers the other language, named in that language. */
function languageSwitch(page, name) {
  return page.locator('hrw-language-switch').getByRole('button', { name, exact: true });
}

/** What has the keyboard focus, looking into shadow roots: its tag, text and lang. */
function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) {
      element = element.shadowRoot.activeElement;
    }
    return { tag: element?.localName, text: element?.textContent?.trim(), lang: element?.getAttribute('lang') };
  });
}

describe('the foundation pages in Spanish', () => {
  test("in the browser's language (es-MX): Spanish throughout, titled in Spanish, axe clean, fitting both phones", async () => {
    const watched = await watchedPage({ locale: 'es-MX', viewport: PHONE });
    const { context, page } = watched;
    for (const { path, heading, section } of PAGES) {
      await openHeading(page, path, heading);
      await page.getByRole('heading', { level: 2, name: section, exact: true }).waitFor();
      assert.equal(await page.title(), `${heading} | ${SITE}`, `${path}: the document's title`);
      await assertNoEnglishLeft(page, path);
      await assertFitsPhones(page, `${path} in Spanish`);
    }
    // The name is never translated, even inside a Spanish sentence.
    assert.ok(await page.getByText(/Cada reunión de Harm Reduction Works-HRW tiene una persona anfitriona\./).isVisible());
    await assertWatchedClean(watched, 'the foundation pages in Spanish', { allowedOrigins: [appOrigin] });
    await context.close();
  });

  test('a page that does not exist says so in Spanish, and leads back to the start', async () => {
    const watched = await watchedPage({ locale: 'es-MX' });
    const { context, page } = watched;
    const response = await openHeading(page, '/en-ningun-lado', 'No encontramos esa página');
    // A 404, so that search engines do not list a mistyped link as a page; the app still explains it.
    assert.equal(response.status(), 404);
    assert.equal(await page.title(), `Página no encontrada | ${SITE}`);
    await assertNoEnglishLeft(page, 'the not-found page');
    assert.deepEqual(await axeViolations(page), [], 'axe on the not-found page');

    await page.getByRole('link', { name: 'Ve a la página de inicio', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Empieza aquí', exact: true }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    await assertWatchedClean(watched, 'the not-found page in Spanish', {
      allowedOrigins: [appOrigin],
      expectedConsoleError: /status of 404/, // the browser reports the page's own 404
    });
    await context.close();
  });

  test("by the header's switch, from the keyboard: the switch names each language in itself, and the choice outlives a reload", async () => {
    const watched = await watchedPage({ locale: 'en-US', viewport: PHONE });
    const { context, page } = watched;
    await openHeading(page, '/hosting', 'Hosting a meeting');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    const toSpanish = languageSwitch(page, 'Español');
    assert.equal(await toSpanish.getAttribute('lang'), 'es', 'the switch is read out in Spanish');

    // From the top of the page: the skip link, the name, then the switch, before the menu.
    let stops = 0;
    do {
      await page.keyboard.press('Tab');
      stops++;
    } while ((await focused(page)).text !== 'Español' && stops < 6);
    assert.deepEqual(await focused(page), { tag: 'button', text: 'Español', lang: 'es' }, 'the switch has the focus');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Cómo llevar una reunión', exact: true }).waitFor();
    assert.equal(await page.title(), `Cómo llevar una reunión | ${SITE}`);
    const toEnglish = languageSwitch(page, 'English');
    assert.equal(await toEnglish.getAttribute('lang'), 'en', 'the way back is read out in English');
    await assertNoEnglishLeft(page, '/hosting after the switch');
    assert.deepEqual(await axeViolations(page), [], 'axe on /hosting after the switch');

    // The choice is remembered over a reload and on the other pages, whatever the browser prefers.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Cómo llevar una reunión', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Volver al inicio', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Empieza aquí', exact: true }).waitFor();
    await assertNoEnglishLeft(page, '/ after a reload');
    await openHeading(page, '/start-a-group', 'Empezar un grupo');
    await assertNoEnglishLeft(page, '/start-a-group after a reload');

    // And back to English the same way.
    await toEnglish.click();
    await page.getByRole('heading', { level: 1, name: 'Start a group', exact: true }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.title(), `Start a group | ${SITE}`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Start a group', exact: true }).waitFor();

    await assertWatchedClean(watched, 'switching languages', { allowedOrigins: [appOrigin] });
    await context.close();
  });
});
