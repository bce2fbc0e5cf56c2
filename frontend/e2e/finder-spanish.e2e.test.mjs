// Browser tests of the newcomer's path in Spanish: the finder opened by a browser that prefers Mexican Spanish, its
// language filter finding the demo's Spanish-speaking group, that group's page, and the header's switch back to
// English, remembered on reload.
//   HRW_BASE_URL   the running app with the demo profile's example groups (e.g. http://localhost:8081). Required:
//                  these tests read the real directory API, so without it they are skipped.
//   HRW_CHROMIUM   browser binary (default: Debian's headless shell, else /usr/bin/chromium)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertFitsPhones,
  assertNoEnglishLeft,
  assertNoSideways,
  assertWatchedClean,
  axeViolations,
  launchBrowser,
  PHONE,
  SMALL_PHONE,
  watchedPage,
} from './support.mjs';

const baseUrl = process.env.HRW_BASE_URL?.replace(/\/+$/, '');
const appOrigin = baseUrl ? new URL(baseUrl).origin : '';
/** The demo's one Spanish-speaking group: it meets online, Wednesdays at 8 PM Chicago time. */
const SPANISH_GROUP = 'Harm Reduction Works-HRW Online, Spanish-speaking (example)';
let browser;

/** A newcomer whose browser prefers Mexican Spanish, in New York: an hour ahead of the Spanish group's clock. */
function spanishPage(viewport = PHONE) {
  return watchedPage(browser, appOrigin, { locale: 'es-MX', viewport, timezoneId: 'America/New_York' });
}

function lang(page) {
  return page.evaluate(() => document.documentElement.lang);
}

describe('the finder in Spanish', { skip: baseUrl ? false : 'HRW_BASE_URL not set: these tests need the real directory API' }, () => {
  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('opens in Spanish by the browser’s preference, and fits both phones with its choices open', async () => {
    const watched = await spanishPage();
    const { page } = watched;
    await page.goto(`${baseUrl}/groups`);
    await page.getByRole('heading', { level: 1, name: 'Buscar un grupo' }).waitFor();
    assert.equal(await lang(page), 'es');
    // Before any search, the online groups meeting soonest, counted and told in Spanish.
    const online = page.locator('section.online');
    await online.getByRole('heading', { level: 2, name: 'Grupos en línea a los que puedes unirte desde cualquier lugar' }).waitFor();
    await online.locator('hrw-group-card').first().waitFor();
    await online.getByText(/\d+ grupos? se reúnen? en línea\./).waitFor();
    assert.ok(await page.getByLabel('Ciudad o código postal').isVisible());
    assert.ok(await page.getByLabel('Idioma de la reunión').isVisible(), 'the language choice is in sight, not folded away');
    // The app being in Spanish offers Spanish-speaking groups; it does not narrow to them by itself.
    assert.equal(new URL(page.url()).search, '');
    assert.ok(await page.getByRole('link', { name: 'Ver solo los grupos que se reúnen en español' }).isVisible());
    await assertNoEnglishLeft(page, 'the finder');
    await assertFitsPhones(page, 'the finder in Spanish');

    // Spanish runs longer than English: the folded choices must fit the smallest phone too.
    await page.setViewportSize(SMALL_PHONE);
    await page.getByText('Más opciones').click();
    await page.getByRole('radio', { name: /^Reunión enfocada, para personas que usan drogas o alcohol/ }).waitFor();
    await assertNoEnglishLeft(page, 'the finder’s choices');
    await assertNoSideways(page, 'the finder’s choices at 320 px');
    assert.deepEqual(await axeViolations(page), [], 'the finder’s choices: axe');
    await assertWatchedClean(watched, 'the finder in Spanish', { allowedOrigins: [appOrigin] });
    await watched.context.close();
  });

  test('the language filter finds the Spanish-speaking group, whose page is in Spanish too', async () => {
    const watched = await spanishPage(SMALL_PHONE);
    const { page } = watched;
    await page.goto(`${baseUrl}/groups`);
    await page.getByRole('heading', { level: 1, name: 'Buscar un grupo' }).waitFor();
    await page.getByLabel('Idioma de la reunión').selectOption('es');
    // No town typed: a language alone narrows the online groups, which anyone can join from anywhere.
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('language') === 'es');
    const online = page.locator('section.online');
    await online.getByText('Solo grupos que se reúnen en español.').waitFor();
    const group = online.getByRole('link', { name: SPANISH_GROUP });
    await group.waitFor();
    for (const card of await online.locator('hrw-group-card article').allInnerTexts()) {
      assert.match(card, /^En .*español/m, `a group listed for Spanish meets in Spanish: ${card}`);
    }
    // Its next meeting in the viewer's own time, and on the group's clock as a whole Spanish sentence.
    const card = online.locator('hrw-group-card').filter({ has: page.getByRole('link', { name: SPANISH_GROUP }) });
    const when = await card.locator('p.when').innerText();
    // (Intl may join a time to "p.m." with a no-break space: \s takes either.)
    assert.match(when, /^Próxima reunión: .* a las? \d{1,2}:\d{2}\sp\.\s?m\., en tu hora \(\d{1,2}:\d{2}\sp\.\s?m\. en Chicago\)/);
    await assertNoEnglishLeft(page, 'the finder narrowed to Spanish');
    await assertNoSideways(page, 'the finder narrowed to Spanish at 320 px');
    assert.deepEqual(await axeViolations(page), [], 'the finder narrowed to Spanish: axe');

    // A shared search by place keeps the choice: the server's first results already answer it, and the finder
    // says how far in kilometres, as Mexico measures.
    const response = await page.goto(`${baseUrl}/groups?near=Chicago%2C%20IL&language=es`);
    const served = await response.text();
    assert.match(served, /<section class="first-results"/, 'the page came with its first results');
    assert.doesNotMatch(served, /Chicago \(example\)/, 'the first results are narrowed to Spanish like the finder’s');
    await page.getByRole('heading', { level: 2, name: /^\d+ grupos? a menos de 25 km de Chicago, IL$/ }).waitFor();
    await page.locator('.first-results').waitFor({ state: 'detached' });
    await page.locator('section.online').getByRole('link', { name: SPANISH_GROUP }).waitFor();
    await assertNoEnglishLeft(page, 'a shared search narrowed to Spanish');
    await assertNoSideways(page, 'a shared search narrowed to Spanish at 320 px');
    assert.deepEqual(await axeViolations(page), [], 'a shared search narrowed to Spanish: axe');

    await page.locator('section.online').getByRole('link', { name: SPANISH_GROUP }).click();
    await page.getByRole('heading', { level: 1, name: SPANISH_GROUP }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Cuándo' }).waitFor();
    assert.equal(await lang(page), 'es');
    assert.ok(await page.getByText(/^Todos los miércoles, 8:00–9:00\sp\.\s?m\.$/).isVisible(), 'the schedule in Spanish');
    assert.ok(await page.getByText('(hora de Chicago)').isVisible());
    assert.ok(await page.getByText('Solo en línea: puedes unirte desde cualquier lugar.').isVisible());
    assert.equal(await page.locator('dl dd').nth(1).innerText(), 'Español');
    await assertNoEnglishLeft(page, 'the group’s page');
    await assertFitsPhones(page, 'the group’s page in Spanish', { after: SMALL_PHONE });
    await assertWatchedClean(watched, 'the Spanish-speaking group', { allowedOrigins: [appOrigin] });
    await watched.context.close();
  });

  test('the header’s switch goes back to English, and the choice is remembered on reload', async () => {
    const watched = await spanishPage();
    const { page } = watched;
    await page.goto(`${baseUrl}/groups?language=es`);
    await page.getByRole('heading', { level: 1, name: 'Buscar un grupo' }).waitFor();
    const toEnglish = page.locator('hrw-language-switch').getByRole('button', { name: 'English' });
    assert.ok(await toEnglish.isVisible(), 'the switch is in sight on a phone, outside the menu');
    await toEnglish.click();
    await page.getByRole('heading', { level: 1, name: 'Find a group' }).waitFor();
    assert.equal(await lang(page), 'en');
    // The page changed language, not its search: still narrowed to Spanish-speaking groups, now said in English.
    await page.getByText('Only groups that meet in Spanish.').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('language'), 'es');
    assert.ok(await page.getByLabel('Language of the meeting').isVisible());

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Find a group' }).waitFor();
    assert.equal(await lang(page), 'en', 'the choice outlives the browser’s preference for Spanish');
    assert.equal(await page.evaluate(() => localStorage.getItem('hrw-locale')), 'en');
    assert.ok(await page.locator('hrw-language-switch').getByRole('button', { name: 'Español' }).isVisible());
    assert.deepEqual(await axeViolations(page), [], 'back in English: axe');
    await assertWatchedClean(watched, 'the switch', { allowedOrigins: [appOrigin] });
    await watched.context.close();
  });
});
