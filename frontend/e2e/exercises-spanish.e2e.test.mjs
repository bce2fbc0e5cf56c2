// Browser journey of the exercise library in Spanish, through the real Keycloak. The starter library has no piece in
// Spanish, so a host makes one: signed in, they switch the app to Spanish with the header's switch, and the suggest
// form (all in Spanish, its language already "Español") sends it; a steward publishes it through the API. Then
// someone whose browser prefers Spanish (es-MX) opens the library: <html lang="es">, no English text of the
// catalogue left, English pieces marked "En inglés"; the language filter (kept in the address) shows the Spanish
// piece marked "En español" with its title in its own lang; and its page says the same. Axe and no sideways
// scrolling at 390 and 320 px along the way.
//   HRW_BASE_URL          the running app with the demo accounts. Required: without it the test is skipped.
//   HRW_DEMO_USER         demo host account (default "host"), HRW_DEMO_PASSWORD its password (default "host-demo")
//   HRW_STEWARD_USER      demo steward account (default "steward"), HRW_STEWARD_PASSWORD (default "steward-demo")
//   HRW_CHROMIUM          browser binary (default: Debian's headless shell, else /usr/bin/chromium)
// It adds one published exercise in Spanish to the library (a new slug each run).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  accessToken,
  apiAs,
  assertFitsPhones,
  assertNoEnglishLeft,
  assertWatchedClean,
  axeViolations,
  DEMO_STEWARD,
  issuerOriginOf,
  launchBrowser,
  signInAt,
  watchedPage,
} from './support.mjs';

const baseUrl = process.env.HRW_BASE_URL?.replace(/\/+$/, '');
const appOrigin = baseUrl ? new URL(baseUrl).origin : '';

/** A piece written in Spanish, as a host would suggest it. */
const PIECE = {
  title: 'Cartas a quien ya no está',
  summary:
    'Cada persona escribe unas líneas a alguien que perdió, por una sobredosis o por otra razón, y quien quiera las lee en voz alta. Abre una conversación sobre el duelo sin prisa y sin juicios.',
  prompt: '¿Qué le dirías hoy si pudieras?',
  sourceTitle: 'Cartas a quien ya no está',
  creator: 'Un grupo de Harm Reduction Works-HRW',
};

let browser;
let issuerOrigin;
/** The published Spanish piece's slug, made by the first test. */
let slug;

describe('the exercise library in Spanish', { skip: baseUrl ? false : 'HRW_BASE_URL not set: this test needs the real API and Keycloak' }, () => {
  before(async () => {
    issuerOrigin = await issuerOriginOf(baseUrl);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('a host switches to Spanish and suggests a piece in Spanish; a steward publishes it', async () => {
    const host = await watchedPage(browser, appOrigin);
    const { page } = host;
    await signInAt(page, '/exercises', { baseUrl, appOrigin, issuerOrigin });
    await page.getByRole('button', { name: 'Español', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Ejercicios', exact: true }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');

    await page.getByRole('link', { name: 'Sugerir un ejercicio', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sugerir un ejercicio', exact: true }).waitFor();
    const form = page.locator('hrw-exercise-form');
    await form.locator('form').waitFor();
    const language = page.getByLabel('Idioma', { exact: true });
    assert.equal(await language.inputValue(), 'es', 'the piece’s language starts as the app’s');
    assert.equal((await language.locator('option:checked').innerText()).trim(), 'Español');
    await assertNoEnglishLeft(page, 'the suggest form in Spanish');
    await assertFitsPhones(page, 'the suggest form in Spanish');

    const groups = form.locator('#groupSlug');
    if ((await groups.evaluate((element) => element.tagName)) === 'SELECT') {
      // One of the demo's example groups: another journey may close a group of its own while this one runs.
      const values = await groups.locator('option').evaluateAll((options) => options.map((option) => option.value));
      await groups.selectOption(values.find((value) => value.endsWith('-example')));
    }
    await page.getByLabel('Título', { exact: true }).fill(PIECE.title);
    await form.locator('input[name="kind"][value="personal-writing"]').check();
    await page.getByLabel('Resumen', { exact: true }).fill(PIECE.summary);
    await form.locator('input[name="themes"][value="grief-and-loss"]').check();
    await form.locator('input[name="contentNotes"][value="grief"]').check();
    await page.getByLabel('Pregunta 1', { exact: true }).fill(PIECE.prompt);
    await page.getByLabel('Título del original', { exact: true }).fill(PIECE.sourceTitle);
    await page.getByLabel('Autoría, presentador o quien lo creó', { exact: true }).fill(PIECE.creator);
    await page.getByRole('button', { name: 'Enviar a revisión', exact: true }).click();

    await page.waitForURL((url) => /^\/exercises\/[^/]+$/.test(url.pathname) && url.pathname !== '/exercises/new');
    slug = new URL(page.url()).pathname.split('/')[2];
    await page.getByText('Esta sugerencia está esperando a un custodio.').waitFor();
    assert.equal(await page.locator('hrw-exercise-page h1').getAttribute('lang'), 'es');
    await assertNoEnglishLeft(page, 'the suggestion’s page in Spanish');
    await assertWatchedClean(host, 'the host', { allowedOrigins: [appOrigin, issuerOrigin] });
    await host.context.close();

    const steward = await watchedPage(browser, appOrigin);
    await signInAt(steward.page, '/exercises/review', { baseUrl, appOrigin, issuerOrigin, account: DEMO_STEWARD });
    const published = await apiAs(baseUrl, await accessToken(steward.page), 'POST', `/api/v1/review/exercises/${slug}/publication`);
    assert.equal(published.status, 200, JSON.stringify(published.body));
    assert.equal(published.body.language, 'es');
    await steward.context.close();
  });

  test('someone whose browser prefers Spanish finds it with the language filter, and reads its page', async () => {
    assert.ok(slug, 'the first test published a piece in Spanish');
    const reader = await watchedPage(browser, appOrigin, { locale: 'es-MX' });
    const { page } = reader;

    // The whole library, in Spanish: the English pieces say so.
    await page.goto(`${baseUrl}/exercises`);
    await page.getByRole('heading', { level: 1, name: 'Ejercicios', exact: true }).waitFor();
    const cards = page.locator('hrw-exercise-card');
    await cards.first().waitFor();
    await page.getByText('En inglés', { exact: true }).first().waitFor();
    await assertNoEnglishLeft(page, 'the library in Spanish');
    assert.deepEqual(await axeViolations(page), [], 'the library in Spanish');

    // The language filter, in the address like the others.
    await page.getByLabel('Idioma', { exact: true }).selectOption('es');
    await page.getByRole('button', { name: 'Mostrar ejercicios', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/exercises' && url.searchParams.get('language') === 'es');
    const card = cards.filter({ has: page.locator(`a[href="/exercises/${slug}"]`) });
    const link = card.locator(`a[href="/exercises/${slug}"]`);
    await link.waitFor();
    assert.equal(await link.getAttribute('lang'), 'es', 'the title is read in its own language');
    assert.equal((await card.locator('.badges .language').innerText()).trim(), 'En español');
    for (const badge of await cards.locator('.badges').all()) {
      assert.match(await badge.innerText(), /En español/, 'only pieces in Spanish are listed');
    }
    await page.getByText('En inglés', { exact: true }).first().waitFor({ state: 'detached' });
    await assertNoEnglishLeft(page, 'the library filtered to Spanish');
    await assertFitsPhones(page, 'the library filtered to Spanish', { ready: () => link.waitFor() });

    // The address alone brings the same search back.
    await page.reload();
    await link.waitFor();
    assert.equal(await page.getByLabel('Idioma', { exact: true }).inputValue(), 'es');

    // Its page.
    await link.click();
    const title = page.getByRole('heading', { level: 1, name: PIECE.title, exact: true });
    await title.waitFor();
    assert.equal(await title.getAttribute('lang'), 'es');
    assert.equal((await page.locator('hrw-exercise-page .badges .language').innerText()).trim(), 'En español');
    await page.getByText('Avisos de contenido:', { exact: true }).waitFor();
    await assertNoEnglishLeft(page, 'the Spanish piece’s page');
    await assertFitsPhones(page, 'the Spanish piece’s page', { ready: () => title.waitFor() });

    await assertWatchedClean(reader, 'the reader', { allowedOrigins: [appOrigin] });
    await reader.context.close();
  });
});
