// Browser tests of the meeting script: the reader, host mode and host mode offline, against the packaged app.
//   HRW_BASE_URL   the running app (e.g. http://localhost:8081). Required: these tests read the real script API,
//                  so without it they are skipped.
//   HRW_CHROMIUM   browser binary (default: Debian's headless shell, else /usr/bin/chromium)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations as axeViolationsOf, launchBrowser, watchedPage } from './support.mjs';

const baseUrl = process.env.HRW_BASE_URL?.replace(/\/+$/, '');
const appOrigin = baseUrl ? new URL(baseUrl).origin : '';
let browser;

function axeViolations(page, colorScheme = 'light') {
  return axeViolationsOf(page, colorScheme === 'dark' ? { rules: ['color-contrast'] } : {});
}

/** The text of a role="timer" element, e.g. "Meeting 0:03 of 73 min". */
function timerText(page, name) {
  return page.getByRole('timer', { name }).innerText();
}

describe('the meeting script', { skip: baseUrl ? false : 'HRW_BASE_URL not set: these tests need the real script API' }, () => {
  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('the reader switches between open and focused meetings and into Spanish, in a shareable address', async () => {
    const { context, page, seen, cspViolations } = await watchedPage(browser, appOrigin);
    await page.goto(`${baseUrl}/script?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'The meeting script' }).waitFor();
    await page.getByRole('heading', { name: 'Welcome for open meetings' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Welcome for focused meetings' }).count(), 0);
    assert.ok(await page.getByText('Note for the host').first().isVisible(), 'host notes are labelled');
    // The number is not fixed: script-drafts.e2e.test.mjs publishes new versions on the same server.
    assert.match(await page.getByText(/^Version \d+, published/).innerText(), /Version \d+, published \w+ \d+, \d{4}/);

    await page.getByRole('radio', { name: 'Focused' }).check();
    await page.getByRole('heading', { name: 'Welcome for focused meetings' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Welcome for open meetings' }).count(), 0);
    assert.equal(new URL(page.url()).searchParams.get('meeting'), 'focused');

    await page.getByRole('radio', { name: 'Español' }).check();
    await page.getByRole('heading', { name: 'Bienvenida para reuniones enfocadas' }).waitFor();
    assert.ok(await page.getByText('Nota para la persona anfitriona').first().isVisible());
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'es');

    // The address is the view: opening it again shows the same script.
    await page.reload();
    await page.getByRole('heading', { name: 'Bienvenida para reuniones enfocadas' }).waitFor();
    assert.ok(await page.getByRole('radio', { name: 'Focused' }).isChecked());

    const a4 = await page.getByRole('link', { name: 'PDF, A4' }).getAttribute('href');
    assert.equal(a4, '/api/v1/script?meeting=focused&lang=es&format=pdf&paper=a4');
    const pdf = await fetch(`${baseUrl}${a4}`);
    assert.equal(pdf.status, 200);
    assert.match(pdf.headers.get('content-type') ?? '', /application\/pdf/);
    const markdown = await page.getByRole('link', { name: 'Markdown' }).getAttribute('href');
    assert.equal((await fetch(`${baseUrl}${markdown}`)).status, 200);
    assert.equal(await page.getByRole('link', { name: 'Open host mode' }).getAttribute('href'), '/script/host?meeting=focused&lang=es');

    await page.getByRole('link', { name: 'Version history' }).click();
    await page.getByRole('heading', { level: 1, name: 'Versions of the script' }).waitFor();
    await page.getByRole('heading', { name: /^Version \d+/ }).first().waitFor();

    assert.deepEqual(seen.consoleErrors, []);
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(await cspViolations(), []);
    assert.deepEqual([...seen.origins].filter((origin) => origin !== appOrigin), []);
    await context.close();
  });

  test('host mode steps through the sections from the keyboard, with its clocks, and keeps working offline', async () => {
    const { context, page, seen, cspViolations } = await watchedPage(browser, appOrigin);
    await page.goto(`${baseUrl}/script?meeting=open&lang=en`);
    await page.getByRole('heading', { name: 'Welcome for open meetings' }).waitFor();
    await page.getByRole('link', { name: 'Open host mode' }).click();
    await page.getByRole('heading', { level: 1, name: 'Host mode' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/script/host');
    await page.getByText('1 of 12', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Before you begin' }).waitFor();
    assert.match(await timerText(page, 'Meeting'), /0:00\s+of 73 min/);

    await page.keyboard.press('ArrowRight');
    await page.getByText('2 of 12', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Opening' }).waitFor();
    assert.match(await timerText(page, 'This section'), /of 2 min/);

    await page.getByRole('button', { name: 'Start the clock' }).click();
    await page.waitForFunction(() => {
      const bar = document.querySelector('hrw-host-mode')?.shadowRoot?.querySelector('hrw-host-bar');
      const clock = bar?.shadowRoot?.querySelector('[role="timer"] .time');
      return clock && clock.textContent !== '0:00';
    });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByText('4 of 12', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'What harm reduction means here' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Welcome for focused meetings' }).count(), 0);
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('heading', { name: 'Welcome for open meetings' }).waitFor();
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('ArrowRight');
    }
    await page.getByRole('heading', { name: 'The exercise' }).waitFor();
    assert.match(await timerText(page, 'This section'), /of 10–20 min/);
    assert.deepEqual(await axeViolations(page), [], '/script/host');

    // Offline: once the service worker controls the page and has kept what it loaded, a reload needs no network.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
      }
    });
    await page.getByText('Saved on this device').waitFor();
    await context.setOffline(true);
    const reload = await page.reload();
    assert.ok(reload?.fromServiceWorker(), 'the page came from the service worker');
    await page.getByRole('heading', { level: 1, name: 'Host mode' }).waitFor();
    await page.getByRole('heading', { name: 'The exercise' }).waitFor();
    await page.getByText('7 of 12', { exact: true }).waitFor();
    assert.ok(await page.getByRole('button', { name: 'Pause' }).isVisible(), 'the clock kept running across the reload');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: 'A note on the exercise' }).waitFor();
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(await cspViolations(), []);
    assert.deepEqual(seen.consoleErrors, []);
    // And the network really was out of reach, for the service worker too: what it never kept cannot load.
    const unkept = await page.evaluate(() =>
      fetch(`/api/v1/script/versions?page=0&size=1&probe=${Date.now()}`).then(
        (response) => response.status,
        () => 'failed',
      ),
    );
    assert.equal(unkept, 'failed');
    await context.setOffline(false);

    assert.deepEqual([...seen.origins].filter((origin) => origin !== appOrigin), []);
    await context.close();
  });

  test('axe finds nothing on the reader and host mode, in light and dark, and nothing scrolls sideways at 320 px', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const { context, page } = await watchedPage(browser, appOrigin, { colorScheme, viewport: { width: 320, height: 640 } });
      for (const [path, heading] of [
        ['/script?meeting=focused&lang=es', 'Bienvenida para reuniones enfocadas'],
        ['/script/host?meeting=open&lang=es', 'Antes de empezar'],
        ['/script/versions', 'Version 1'],
        ['/script/drafts', 'Edit the script'],
      ]) {
        await page.goto(`${baseUrl}${path}`);
        await page.getByRole('heading', { name: heading }).first().waitFor();
        assert.deepEqual(await axeViolations(page, colorScheme), [], `${path} (${colorScheme})`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${path} overflows by ${overflow}px`);
      }
      await context.close();
    }
  });
});
