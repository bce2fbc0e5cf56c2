// Browser journey of shared learnings in Spanish: the list and a post, reached by the browser's preference (es-MX)
// and by the header's language switch; then the demo host signs in through the real Keycloak from the compose form
// in Spanish, and the form's checks speak Spanish. Each page: <html lang="es">, no English text of the catalogue
// left, axe clean, and nothing sideways at 390 x 844 and 320 x 640. Nothing is posted.
//   HRW_BASE_URL       the running app with the demo profile (its sample posts and example groups). Required:
//                      without it the test is skipped.
//   HRW_DEMO_USER      demo host account (default "host"), HRW_DEMO_PASSWORD its password (default "host-demo")
//   HRW_CHROMIUM       browser binary (default: Debian's headless shell, else /usr/bin/chromium)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DEMO_HOST,
  assertFitsPhones,
  assertNoEnglishLeft,
  assertWatchedClean,
  issuerOriginOf,
  launchBrowser,
  watchedPage,
} from './support.mjs';

const baseUrl = process.env.HRW_BASE_URL?.replace(/\/+$/, '');
const appOrigin = baseUrl ? new URL(baseUrl).origin : '';
/** A sample post of the demo profile (SampleLearnings): a question to the stewards, with one reply. */
const QUESTION = 'Someone arrives very high: how do you keep the meeting welcoming for everyone?';

let browser;
let issuerOrigin;

/** The list in Spanish, once its posts are counted. */
async function listReady(page) {
  await page.getByRole('heading', { level: 1, name: 'Aprendizajes', exact: true }).waitFor();
  await page.getByRole('heading', { level: 2, name: /^\d+ publicaci(ón|ones)$/ }).waitFor();
}

/** The sample question's page in Spanish, with its reply drawn. */
async function postReady(page) {
  await page.getByRole('heading', { level: 1, name: QUESTION, exact: true }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Respuestas', exact: true }).waitFor();
  await page.locator('hrw-reply-item h3').first().waitFor();
}

/** Where each Spanish page must pass: the language, the catalogue, axe and both phones. */
async function assertSpanishPage(page, where, ready) {
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es', `${where}: <html lang>`);
  await assertNoEnglishLeft(page, where);
  await assertFitsPhones(page, where, { ready });
}

describe('shared learnings in Spanish', { skip: baseUrl ? false : 'HRW_BASE_URL not set: this test needs the real API and Keycloak' }, () => {
  before(async () => {
    issuerOrigin = await issuerOriginOf(baseUrl);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('a Spanish-speaking browser reads the list and a post in Spanish, the post itself in its own words', async () => {
    const reader = await watchedPage(browser, appOrigin, { locale: 'es-MX' });
    const { page } = reader;
    await page.goto(`${baseUrl}/learnings`);
    await listReady(page);
    assert.equal(await page.getByRole('link', { name: 'Compartir algo' }).count(), 0, 'signed out: no compose link');
    await page.getByText('Los anfitriones pueden iniciar sesión para compartir').waitFor();
    await assertSpanishPage(page, 'the learnings list (es-MX)', () => listReady(page));

    const card = page.locator('hrw-learning-card').filter({ has: page.getByRole('link', { name: QUESTION, exact: true }) });
    await card.getByRole('list', { name: 'Sobre esta publicación' }).getByText('Una pregunta', { exact: true }).waitFor();
    await card.getByText('1 respuesta', { exact: true }).waitFor();
    await card.getByRole('link', { name: QUESTION, exact: true }).click();
    await postReady(page);
    const badges = page.getByRole('list', { name: 'Sobre esta publicación' });
    await badges.getByText('Preguntó a HRH413', { exact: true }).waitFor();
    await badges.getByText('Todavía sin respuesta', { exact: true }).waitFor();
    await page.locator('p.meta', { hasText: /^De Harm Reduction Works-HRW .+, compartida el \d{1,2} [a-z]{3,5}\.? \d{4}$/ }).waitFor();
    // The group's own words stay as the group wrote them.
    await page.getByText('It happened twice this month.', { exact: false }).waitFor();
    await assertSpanishPage(page, 'a post (es-MX)', () => postReady(page));
    await assertWatchedClean(reader, 'reading in Spanish', { allowedOrigins: [appOrigin, issuerOrigin] });
    await reader.context.close();
  });

  test('the header’s switch turns the list into Spanish, and the post that follows stays in Spanish', async () => {
    const reader = await watchedPage(browser, appOrigin, { locale: 'en-US' });
    const { page } = reader;
    await page.goto(`${baseUrl}/learnings`);
    await page.getByRole('heading', { level: 1, name: 'Learnings', exact: true }).waitFor();
    await page.locator('hrw-language-switch').getByRole('button', { name: 'Español' }).click();
    await listReady(page);
    await assertSpanishPage(page, 'the learnings list (switched)', () => listReady(page));

    await page.getByRole('link', { name: QUESTION, exact: true }).click();
    await postReady(page);
    await assertSpanishPage(page, 'a post (switched)', () => postReady(page));

    // Back to English, on the same page, without a reload.
    await page.locator('hrw-language-switch').getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Replies', exact: true }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await assertWatchedClean(reader, 'switching languages', { allowedOrigins: [appOrigin, issuerOrigin] });
    await reader.context.close();
  });

  test('a host signs in from the compose form in Spanish, and the form’s checks are in Spanish', async () => {
    const host = await watchedPage(browser, appOrigin, { locale: 'es-MX' });
    const { page } = host;
    await page.goto(`${baseUrl}/learnings/new`);
    await page.getByRole('heading', { level: 1, name: 'Compartir con otros grupos', exact: true }).waitFor();
    await assertNoEnglishLeft(page, 'the compose form, signed out');

    await page.getByRole('button', { name: 'Inicia sesión para continuar', exact: true }).click();
    await page.waitForURL((url) => url.origin === issuerOrigin);
    await page.locator('#username').fill(DEMO_HOST.username);
    await page.locator('#password').fill(DEMO_HOST.password);
    await page.locator('#kc-login').click();
    await page.waitForURL((url) => url.origin === appOrigin && url.pathname === '/learnings/new');
    const group = page.getByLabel('Cuál de tus grupos la publica');
    await group.waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es', 'still Spanish after signing in');

    // Sent empty: each field says what it needs, in Spanish, and the summary links to them.
    await group.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Compartirlo', exact: true }).click();
    const titleError = page.locator('#title-error');
    await titleError.waitFor();
    assert.equal((await titleError.textContent()).trim(), 'Escribe un título: una línea que diga de qué se trata');
    const bodyError = page.locator('hrw-markdown-field #markdown-error');
    assert.equal((await bodyError.textContent()).trim(), 'Escribe lo que quieres compartir; unas cuantas oraciones bastan');
    await page.locator('hrw-error-summary').getByRole('link', { name: 'Escribe un título: una línea que diga de qué se trata' }).waitFor();

    // A question asks differently.
    await page.getByRole('radio', { name: /^Una pregunta:/ }).check();
    await page.getByText('Escribe tu pregunta en una línea', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Hacer la pregunta', exact: true }).waitFor();
    await page.getByRole('checkbox', { name: 'Preguntarles a los custodios de HRH413' }).waitFor();

    const ready = () => titleError.waitFor();
    await assertSpanishPage(page, 'the compose form with its checks', ready);
    await assertWatchedClean(host, 'composing in Spanish', { allowedOrigins: [appOrigin, issuerOrigin] });
    await host.context.close();
  });
});
