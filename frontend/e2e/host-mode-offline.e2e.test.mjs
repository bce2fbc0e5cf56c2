// Browser test of host mode with no network, through the packaged app and the real Keycloak: the demo host opens
// host mode online, the connection drops, a reload still finds them signed in with their group, the meeting they log
// is kept on the device ("waiting to send"), and once the connection is back it reaches the log exactly once.
//   HRW_BASE_URL       the running app with the demo profile (the example groups, all hosted by the demo host).
//                      Required: without it the test is skipped.
//   HRW_DEMO_USER      demo host account (default "host")
//   HRW_DEMO_PASSWORD  its password (default "host-demo")
//   HRW_CHROMIUM       browser binary (default: Debian's headless shell, else /usr/bin/chromium)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertNoSideways,
  assertWatchedClean,
  axeViolations,
  issuerOriginOf,
  launchBrowser,
  signInHere,
  watchedPage,
} from './support.mjs';

const baseUrl = process.env.HRW_BASE_URL?.replace(/\/+$/, '');
const appOrigin = baseUrl ? new URL(baseUrl).origin : '';
/** An example group no other journey logs meetings for; its clock (New York) is the browser's too. */
const GROUP = { slug: 'holyoke-example', timeZone: 'America/New_York' };
const HOST_MODE = '/script/host?meeting=focused&lang=en';
/** What Chromium says when a request meets the cut network: the test cuts it on purpose. */
const OFFLINE_ERRORS = /ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch|Network Error/;

let browser;
let issuerOrigin;

/** The access token the app holds in this tab, to read the log the way the app does. */
function pageToken(page) {
  return page.evaluate(() => {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i);
      if (key?.startsWith('oidc.user:')) {
        return JSON.parse(sessionStorage.getItem(key)).access_token;
      }
    }
    return null;
  });
}

function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: GROUP.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Today's focused meetings in the group's log, read from the API with the page's token. */
async function todaysFocusedMeetings(token) {
  const response = await fetch(`${baseUrl}/api/v1/groups/${GROUP.slug}/meetings?page=0&size=50`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
  });
  assert.equal(response.status, 200, 'the hosts read their log');
  const log = await response.json();
  return log.items.filter((entry) => entry.date === today() && entry.meeting === 'focused');
}

describe('host mode offline', { skip: baseUrl ? false : 'HRW_BASE_URL not set: this test needs the real API and Keycloak' }, () => {
  before(async () => {
    issuerOrigin = await issuerOriginOf(baseUrl);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('a host stays signed in offline, logs the meeting, sees it waiting, and it reaches the log once when the network returns', async () => {
    const watched = await watchedPage(browser, appOrigin, { timezoneId: GROUP.timeZone });
    const { context, page } = watched;

    await page.goto(`${baseUrl}${HOST_MODE}`);
    await page.getByRole('heading', { level: 1, name: 'Host mode' }).waitFor();
    await signInHere(page, { appOrigin, issuerOrigin, sameQuery: true });
    const token = await pageToken(page);
    assert.ok(token, 'the app holds a token');
    // An earlier run's entry for today would turn this run's into a 409: remove it through the API.
    for (const entry of await todaysFocusedMeetings(token)) {
      const removed = await fetch(`${baseUrl}/api/v1/groups/${GROUP.slug}/meetings/${entry.id}`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${token}` },
      });
      assert.equal(removed.status, 204);
    }

    // Online: choose the group, and wait until the service worker has kept what host mode needs.
    const groupChoice = page.getByLabel('This meeting is for');
    await groupChoice.selectOption(GROUP.slug);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
      }
    });
    await page.getByText('Saved on this device').waitFor();

    // The network drops and the page is reloaded: still signed in, still for the same group, the log form there.
    await context.setOffline(true);
    const reload = await page.reload();
    assert.ok(reload?.fromServiceWorker(), 'the page came from the service worker');
    await page.getByRole('heading', { level: 1, name: 'Host mode' }).waitFor();
    await page.getByText('Signed in as').first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Sign in', exact: true }).count(), 0, 'no sign-in button offline');
    await page.getByText('No connection right now. You stay signed in here').waitFor();
    await groupChoice.waitFor();
    assert.equal(await groupChoice.inputValue(), GROUP.slug, 'the chosen group is kept');

    await page.getByRole('button', { name: 'Log this meeting', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Log this meeting' }).waitFor();
    assert.ok(await page.getByRole('radio', { name: 'Focused meeting', exact: true }).isChecked());
    await page.getByRole('radio', { name: '1–5', exact: true }).check();
    await page.getByRole('radio', { name: '4 Good', exact: true }).check();
    await page.getByRole('button', { name: 'Add to the log', exact: true }).click();
    await page.getByText('Kept on this device: waiting to send.').waitFor();
    const waiting = page.getByRole('region', { name: 'Waiting to send' });
    await waiting.waitFor();
    assert.match(await waiting.innerText(), /One meeting is kept on this device/);
    assert.ok(await waiting.getByRole('button', { name: 'Send now' }).isVisible());
    assert.deepEqual(await axeViolations(page), [], 'host mode, waiting to send');

    // Still kept after another reload offline, and fits a phone.
    await page.reload();
    await waiting.waitFor();
    assert.match(await waiting.innerText(), /Focused meeting · /);
    for (const viewport of [{ width: 390, height: 844 }, { width: 320, height: 640 }]) {
      await page.setViewportSize(viewport);
      await waiting.scrollIntoViewIfNeeded();
      await assertNoSideways(page, `host mode waiting to send at ${viewport.width} px`);
      const send = await waiting.getByRole('button', { name: 'Send now' }).boundingBox();
      assert.ok(send && send.width >= 44 && send.height >= 44, `"Send now" is a 44 px target at ${viewport.width} px`);
      assert.deepEqual(await axeViolations(page), [], `host mode waiting to send at ${viewport.width} px`);
    }
    assert.equal((await todaysFocusedMeetings(token)).length, 0, 'nothing reached the log while offline');

    // The network returns: the kept meeting goes by itself, on the browser's online event or on the next retry
    // (outbox-sync.ts RETRY_MS, 20 s). Chromium 150 no longer tells the page when Playwright's offline mode ends.
    await context.setOffline(false);
    await page.getByText(/^Sent: the focused meeting of .* is in the log of /).waitFor({ timeout: 45_000 });
    await waiting.waitFor({ state: 'detached' });
    const logged = await todaysFocusedMeetings(token);
    assert.equal(logged.length, 1, 'exactly one entry in the log');
    assert.equal(logged[0].headcount, '1-5');
    assert.equal(logged[0].rating, 4);
    assert.equal(await page.evaluate(() => localStorage.getItem('hrw-meeting-outbox')), null, 'nothing left on the device');

    await assertWatchedClean(watched, 'host mode offline', {
      allowedOrigins: [appOrigin, issuerOrigin],
      expectedConsoleError: OFFLINE_ERRORS,
    });
    await context.close();
  });
});
