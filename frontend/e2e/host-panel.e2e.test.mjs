// Browser journey of the host panel on the group page, through the real Keycloak login page: the demo host
// confirms "we still meet", cancels one date and moves another, invites a co-host, follows the links to host mode,
// the meeting log and the plan, pauses and resumes the group, and closes it after being asked. A visitor never sees
// the panel. Runs on a 390 x 844 phone screen, with axe and no sideways scrolling.
//   HRW_BASE_URL          the running app with the demo accounts. Required: without it the test is skipped.
//   HRW_DEMO_USER         demo host account (default "host"), HRW_DEMO_PASSWORD its password (default "host-demo")
//   HRW_STEWARD_USER      demo steward account (default "steward"), HRW_STEWARD_PASSWORD (default "steward-demo")
//   HRW_CHROMIUM          browser binary (default: Debian's headless shell, else /usr/bin/chromium)
//   HRW_SCREENSHOTS       a folder to save the panel's screenshots in (optional)
// Every run registers a listing of its own as the demo host (approved by the steward through the API with the
// token of a real sign-in), so closing it touches nothing any other test uses.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import {
  accessToken,
  apiAs,
  assertNoSideways,
  assertWatchedClean,
  axeViolations,
  issuerOriginOf,
  launchBrowser,
  signInAt,
  watchedPage,
} from './support.mjs';

const baseUrl = process.env.HRW_BASE_URL?.replace(/\/+$/, '');
const appOrigin = baseUrl ? new URL(baseUrl).origin : '';
const STEWARD = {
  username: process.env.HRW_STEWARD_USER ?? 'steward',
  password: process.env.HRW_STEWARD_PASSWORD ?? 'steward-demo',
};
const SHOTS = process.env.HRW_SCREENSHOTS;
const RUN = Date.now();
const LOCALITY = `Host Panel Hollow ${RUN}`;
const PHONE = { viewport: { width: 390, height: 844 }, timezoneId: 'America/New_York' };
let browser;
let issuerOrigin;
let host;
let slug;

async function shot(page, name) {
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await page.locator('hrw-group-page').locator('.host-panel').screenshot({ path: `${SHOTS}/${name}.png` });
  }
}

function api(token, method, path, body) {
  return apiAs(baseUrl, token, method, path, body);
}

/** A weekly Tuesday-evening listing in Northampton, MA. */
function listing() {
  return {
    locality: LOCALITY,
    description: 'We meet in the back room; tea and snacks.',
    format: 'open',
    focus: [],
    attendance: 'in-person',
    venue: 'Community Center',
    address: '12 Main Street',
    city: 'Northampton',
    region: 'MA',
    postalCode: '01060',
    country: 'US',
    latitude: 42.3251,
    longitude: -72.6412,
    locationVisibility: 'approximate',
    schedule: { recurrence: 'weekly', days: ['tuesday'], start: '19:00', durationMinutes: 90, timeZone: 'America/New_York' },
    offerings: [],
    languages: ['en'],
    contactMethod: 'form',
    privateEmail: 'hosts@host-panel.example.org',
  };
}

/** The panel's live message, once it says `text`. */
async function announced(page, text) {
  await page.locator('hrw-group-page [role="status"]').filter({ hasText: text }).waitFor();
}

describe('the host panel on the group page', { skip: baseUrl ? false : 'HRW_BASE_URL not set: this test needs the real API and Keycloak' }, () => {
  before(async () => {
    issuerOrigin = await issuerOriginOf(baseUrl);
    browser = await launchBrowser();

    // The host signs in for real; their listing is registered with that sign-in and approved by the steward's.
    // Signed in on a wide window, where the header shows its Sign in button; the journeys then run on a phone.
    host = await watchedPage(browser, appOrigin, { timezoneId: PHONE.timezoneId });
    await signInAt(host.page, '/groups', { baseUrl, appOrigin, issuerOrigin });
    await host.page.setViewportSize(PHONE.viewport);
    const registered = await api(await accessToken(host.page), 'POST', '/api/v1/groups', listing());
    assert.equal(registered.status, 201, JSON.stringify(registered.body));
    slug = registered.body.slug;
    const steward = await watchedPage(browser, appOrigin);
    await signInAt(steward.page, '/groups/review', { baseUrl, appOrigin, issuerOrigin, account: STEWARD });
    const approved = await api(await accessToken(steward.page), 'POST', `/api/v1/review/groups/${slug}/approval`);
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    await steward.context.close();
  });

  after(async () => {
    await host?.context.close();
    await browser?.close();
  });

  async function openPanel() {
    await host.page.goto(`${baseUrl}/groups/${slug}`);
    await host.page.getByRole('heading', { level: 2, name: 'For the hosts' }).waitFor();
  }

  test('a visitor sees the public page without the panel', async () => {
    const visitor = await watchedPage(browser, appOrigin, PHONE);
    await visitor.page.goto(`${baseUrl}/groups/${slug}`);
    await visitor.page.getByRole('heading', { level: 1, name: new RegExp(LOCALITY) }).waitFor();
    await visitor.page.getByRole('heading', { level: 2, name: 'When' }).waitFor();
    assert.equal(await visitor.page.getByRole('heading', { name: 'For the hosts' }).count(), 0);
    assert.equal(await visitor.page.getByRole('button', { name: 'We still meet' }).count(), 0);
    await assertWatchedClean(visitor, 'the visitor', { allowedOrigins: [appOrigin] });
    await visitor.context.close();
  });

  test('“We still meet” is a button, its result is announced, and the panel is axe-clean at 390 and 320 px', async () => {
    const { page } = host;
    await openPanel();
    await shot(page, '1-panel');
    assert.deepEqual(await axeViolations(page), [], 'the group page with the host panel');
    await assertNoSideways(page, 'the group page at 390 px');
    await page.getByRole('button', { name: 'We still meet' }).click();
    await announced(page, 'Thank you. The listing now shows it was confirmed today.');
    const today = await page.evaluate(() =>
      new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }).format(new Date()),
    );
    await page.getByText(`Last confirmed by the hosts on ${today}.`).waitFor();
    await page.setViewportSize({ width: 320, height: 640 });
    await assertNoSideways(page, 'the group page at 320 px');
    await page.setViewportSize(PHONE.viewport);
  });

  test('a host cancels one date and moves another, with the keyboard alone, and the public page says so', async () => {
    const { page } = host;
    await openPanel();
    const cancel = page.getByRole('button', { name: /^Cancel the meeting on / }).first();
    await cancel.focus();
    await page.keyboard.press('Enter');
    await announced(page, /Cancelled\. The page and the calendar now say there is no meeting on /);
    const said = await page.locator('hrw-group-page [role="status"]').innerText();
    const day = said.match(/no meeting on (.+?)\./)[1];
    await page.getByRole('listitem').filter({ hasText: `No meeting on ${day}` }).first().waitFor();

    const move = page.getByRole('button', { name: /^Move the meeting on / }).first();
    await move.focus();
    await page.keyboard.press('Enter');
    const date = page.getByLabel('New date');
    assert.equal(await date.evaluate((input) => input === input.getRootNode().activeElement), true, 'the new date has focus');
    const from = await date.inputValue();
    const next = new Date(`${from}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    await date.fill(next.toISOString().slice(0, 10));
    await page.getByLabel('New start time').fill('18:30');
    await shot(page, '2-move-form');
    await page.getByRole('button', { name: 'Move the meeting', exact: true }).press('Enter');
    await announced(page, /Moved\. The meeting on .+ is now on .+ at 6:30 PM\./);
    await page.getByText(/moves to .+ at 6:30 PM/).first().waitFor();

    // Undo puts the moved date back.
    const undo = page.getByRole('button', { name: /^Undo\W+The meeting on .+ moves to/ });
    await undo.click();
    await announced(page, /is back at its usual time\./);
    assert.equal(await page.getByRole('button', { name: /^Undo\W+The meeting on .+ moves to/ }).count(), 0);
  });

  test('a host invites a co-host and is shown the code, how to pass it on and when it expires', async () => {
    const { page } = host;
    await openPanel();
    await page.getByRole('button', { name: 'Invite a co-host' }).click();
    await announced(page, 'Here is a new co-host code. It is shown only this once.');
    const code = await page.locator('hrw-cohost-invite #invite-code').innerText();
    assert.match(code, /^[0-9a-f]{24}$/);
    await page.getByText('Pass it on in person or in a private message').waitFor();
    await page.getByText(/It works once, until \w{3}, \w{3} \d+, \d+:\d\d [AP]M\./).waitFor();
    await shot(page, '3-invite');
    assert.deepEqual(await axeViolations(page), [], 'the panel with a code');
  });

  test('the panel links to host mode, the meeting log and the plan', async () => {
    const { page } = host;
    await openPanel();
    await page.getByRole('link', { name: 'Host mode', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Host mode' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/script/host');
    assert.equal(new URL(page.url()).searchParams.get('group'), slug, 'host mode opens on this group');

    await openPanel();
    await page.getByRole('link', { name: 'Meeting log', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/groups/${slug}/meetings`);
    await page.getByRole('heading', { level: 2, name: 'Log a meeting' }).waitFor();
    await page.getByRole('link', { name: 'host mode' }).first().waitFor();
    assert.equal(await page.getByRole('link', { name: 'host mode' }).first().getAttribute('href'), `/script/host?group=${slug}`);

    await openPanel();
    await page.getByRole('link', { name: 'The plan for the next meetings' }).click();
    await page.waitForURL((url) => url.pathname === `/groups/${slug}/meetings` && url.hash === '#plan');
    const plan = page.getByRole('heading', { level: 2, name: 'Planning the next meetings' });
    await page.waitForFunction(() => {
      const root = document.querySelector('hrw-group-meetings')?.shadowRoot;
      return root?.activeElement?.id === 'plan';
    });
    assert.ok(await plan.isVisible());
  });

  test('a host pauses and resumes the group, then closes it after saying yes', async () => {
    const { page } = host;
    await openPanel();
    await page.getByRole('button', { name: 'Pause the group' }).click();
    await announced(page, 'The group is paused. It is out of the search, and its page says it is taking a break.');
    await page.getByText('This group is taking a break.').waitFor();
    await shot(page, '4-paused');
    await page.getByRole('button', { name: 'Resume the group' }).click();
    await announced(page, 'Welcome back. The group is in the search again, with its usual meetings.');

    await page.getByRole('button', { name: 'Close the group…' }).click();
    await page.getByText('Close the group for good?').waitFor();
    await shot(page, '5-close-question');
    await page.getByRole('button', { name: 'Keep it open' }).click();
    await page.getByRole('button', { name: 'Close the group…' }).click();
    await page.getByRole('button', { name: 'Yes, close the group' }).click();
    await announced(page, 'The group is closed. Its page now says it no longer meets, and it is out of the search.');
    await page.getByText('This group no longer meets.').waitFor();
    await shot(page, '6-closed');
    assert.deepEqual(await axeViolations(page), [], 'the closed group’s page');

    await assertWatchedClean(host, 'the host', { allowedOrigins: [appOrigin, issuerOrigin] });
  });
});
