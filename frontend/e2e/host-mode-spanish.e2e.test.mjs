// Browser journey of the script and host mode for a reader whose browser asks for Spanish (es-MX), against the
// packaged app: with no language in the address, the script page is in Spanish and reads the Spanish script; host
// mode's controls are in Spanish (<html lang="es">, no English message of the catalogue left, axe clean) on a 390 x
// 844 and a 320 x 640 phone; its clock runs; and switching the app to English from inside host mode (the site header,
// with its switch, is aside there) keeps the section on screen and the running clock, across a reload too.
//   HRW_BASE_URL   the running app (e.g. http://localhost:8081). Required: else skipped.
//   HRW_CHROMIUM   browser binary (default: Debian's headless shell, else /usr/bin/chromium)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
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
let browser;

/** The meeting clock's time in seconds, read from host mode's bar ("1:05" is 65). */
function meetingSeconds(page) {
  return page.evaluate(() => {
    const bar = document.querySelector('hrw-host-mode').shadowRoot.querySelector('hrw-host-bar').shadowRoot;
    const [minutes, seconds] = bar.querySelector('[role="timer"] .time').textContent.split(':').map(Number);
    return minutes * 60 + seconds;
  });
}

/** Waits until the meeting clock shows more than `seconds`: it is running. */
function clockPasses(page, seconds) {
  return page.waitForFunction((after) => {
    const bar = document.querySelector('hrw-host-mode')?.shadowRoot?.querySelector('hrw-host-bar')?.shadowRoot;
    const text = bar?.querySelector('[role="timer"] .time')?.textContent;
    if (!text) {
      return false;
    }
    const [minutes, secs] = text.split(':').map(Number);
    return minutes * 60 + secs > after;
  }, seconds);
}

describe('the script and host mode in Spanish', { skip: baseUrl ? false : 'HRW_BASE_URL not set: these tests need the real script API' }, () => {
  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('a browser that asks for Spanish gets the Spanish script and a Spanish host mode, and can switch to English mid-meeting', async () => {
    const watched = await watchedPage(browser, appOrigin, { locale: 'es-MX', viewport: PHONE, timezoneId: 'America/Mexico_City' });
    const { context, page } = watched;

    // The script page, with no language in the address: the app and the script are both in Spanish.
    await page.goto(`${baseUrl}/script`);
    await page.getByRole('heading', { level: 1, name: 'El guion de la reunión' }).waitFor();
    await page.getByRole('heading', { name: 'Bienvenida para reuniones abiertas' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.ok(await page.getByRole('radio', { name: 'Español' }).isChecked(), 'the Spanish script is the one chosen');
    assert.ok(await page.getByText('Nota para la persona anfitriona').first().isVisible(), 'host notes labelled in Spanish');
    assert.match(await page.getByText(/^Versión \d+, publicada el/).innerText(), /^Versión \d+, publicada el \d{1,2} de [a-z]+ de \d{4}$/);
    await assertNoEnglishLeft(page, 'the script page');
    assert.deepEqual(await axeViolations(page), [], 'the script page in Spanish');

    // Host mode from there: its controls in Spanish, the Spanish script, at both phone sizes.
    await page.getByRole('link', { name: 'Abrir el modo anfitrión' }).click();
    await page.getByRole('heading', { level: 1, name: 'Modo anfitrión' }).waitFor();
    assert.equal(new URL(page.url()).search, '?meeting=open&lang=es');
    await page.getByText('1 de 12', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Antes de empezar' }).waitFor();
    assert.match(await page.getByRole('timer', { name: 'Reunión' }).innerText(), /0:00\s+de \d+ min/);
    for (const screen of [PHONE, SMALL_PHONE]) {
      await page.setViewportSize(screen);
      await assertNoSideways(page, `host mode in Spanish at ${screen.width} px`);
      await assertNoEnglishLeft(page, `host mode at ${screen.width} px`);
      assert.deepEqual(await axeViolations(page), [], `host mode in Spanish at ${screen.width} x ${screen.height}`);
    }

    // The clock runs, and the host moves on to the third section (the welcome) and to the exercise and back.
    await page.getByRole('button', { name: 'Iniciar el reloj' }).click();
    await clockPasses(page, 0);
    await page.getByRole('button', { name: /Siguiente/ }).click();
    await page.getByRole('button', { name: /Siguiente/ }).click();
    await page.getByText('3 de 12', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Bienvenida para reuniones abiertas' }).waitFor();
    assert.ok(await page.getByRole('button', { name: 'Pausar' }).isVisible(), 'the clock is running');
    await assertNoEnglishLeft(page, 'host mode with the clock running at 320 px');
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('ArrowRight');
    }
    await page.getByText('7 de 12', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'El ejercicio de hoy' }).waitFor();
    await assertNoEnglishLeft(page, 'host mode at the exercise');
    await assertNoSideways(page, 'host mode at the exercise at 320 px');
    assert.deepEqual(await axeViolations(page), [], 'host mode at the exercise, in Spanish');
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('ArrowLeft');
    }
    await page.getByText('3 de 12', { exact: true }).waitFor();

    // English from inside host mode: the same section, the same running clock, the same Spanish script.
    await page.setViewportSize(PHONE);
    const before = await meetingSeconds(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Host mode' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.getByText('3 of 12', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Bienvenida para reuniones abiertas' }).waitFor();
    assert.ok(await page.getByRole('button', { name: 'Pause' }).isVisible(), 'the clock still runs');
    const atSwitch = await meetingSeconds(page);
    assert.ok(atSwitch >= before, `the clock went on from ${before} s (now ${atSwitch} s)`);
    await clockPasses(page, atSwitch);
    assert.equal(new URL(page.url()).search, '?meeting=open&lang=es', 'the script stays the Spanish one');
    assert.deepEqual(await axeViolations(page), [], 'host mode in English over the Spanish script');
    await page.keyboard.press('ArrowRight');
    await page.getByText('4 of 12', { exact: true }).waitFor();

    // A reload mid-meeting keeps the choice of English, the Spanish script, the place and the clock.
    const beforeReload = await meetingSeconds(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Host mode' }).waitFor();
    await page.getByText('4 of 12', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Qué significa aquí la reducción de daños' }).waitFor();
    assert.ok(await page.getByRole('button', { name: 'Pause' }).isVisible(), 'the clock ran on across the reload');
    await clockPasses(page, beforeReload);

    await assertWatchedClean(watched, 'the script and host mode in Spanish', { allowedOrigins: [appOrigin] });
    await context.close();
  });
});
