// Browser journeys of the signed-in group screens, through the real Keycloak login page: a newcomer registers a
// listing (after the form explains its mistakes), a steward approves it and declines another with a reason, and
// the host meets a stale edit from a second window and loads the version saved first.
//   HRW_BASE_URL           the running app (e.g. http://localhost:8081). Required: without it these are skipped.
//   HRW_NEWCOMER_USER      demo account with no groups, who registers them (default "newcomer", "Jo")
//   HRW_NEWCOMER_PASSWORD  its password (default "newcomer-demo")
//   HRW_STEWARD_USER       demo steward account (default "steward", "Sam")
//   HRW_STEWARD_PASSWORD   its password (default "steward-demo")
//   HRW_CHROMIUM           browser binary (default: Debian's headless shell, else /usr/bin/chromium)
// Every run registers two new listings with names of its own (one approved, one declined) on the server it runs
// against; the town search needs the gazetteer (Northampton, MA).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertFitsPhones,
  assertWatchedClean,
  DESKTOP,
  issuerOriginOf,
  keycloakLogin,
  launchBrowser,
  signInAt,
  watchedPage,
} from './support.mjs';

const baseUrl = process.env.HRW_BASE_URL?.replace(/\/+$/, '');
const appOrigin = baseUrl ? new URL(baseUrl).origin : '';
const NEWCOMER = {
  username: process.env.HRW_NEWCOMER_USER ?? 'newcomer',
  password: process.env.HRW_NEWCOMER_PASSWORD ?? 'newcomer-demo',
  displayName: 'Jo',
};
const STEWARD = {
  username: process.env.HRW_STEWARD_USER ?? 'steward',
  password: process.env.HRW_STEWARD_PASSWORD ?? 'steward-demo',
  displayName: 'Sam',
};
const NETWORK = 'Harm Reduction Works-HRW';
const RUN = Date.now();
/** The listing registered, approved and then edited twice; and the one that is declined. */
const APPROVED = { locality: `Approval Hollow ${RUN}`, name: `${NETWORK} Approval Hollow ${RUN}`, slug: null };
const DECLINED = { locality: `Decline Hollow ${RUN}`, name: `${NETWORK} Decline Hollow ${RUN}`, slug: null };
const DECLINE_REASON = `Please add the day and the room people should look for (run ${RUN}).`;
const PENDING_NOTE = 'This listing is waiting for a steward to look it over. Only its hosts and the stewards can see it.';
const DECLINED_NOTE = 'This listing was not added to the directory. Only its hosts and the stewards can see it.';
const STALE = 'Someone else changed this listing while you were editing it.';
// Refused saves are answered 400 (the form's mistakes) or 409 (the stale edit) on purpose here, and Chromium logs
// every such response as a console error.
const EXPECTED_CONSOLE_ERROR = /Failed to load resource: the server responded with a status of (400|409)\b/;

let browser;
let issuerOrigin;

/**
 * A watched page (./support.mjs) that also keeps the CSP violations of every app document it shows, not only
 * the one on screen at the end: each full page load (sign-in, goto) starts a new document.
 */
async function watched(contextOptions = {}) {
  const watch = await watchedPage(browser, appOrigin, { timezoneId: 'America/New_York', ...contextOptions });
  const csp = [];
  await watch.context.exposeBinding('__hrwReportCsp', ({ frame }, text) => {
    if (new URL(frame.url()).origin === appOrigin) {
      csp.push(`${frame.url()}: ${text}`);
    }
  });
  await watch.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__hrwReportCsp?.(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { ...watch, csp };
}

/**
 * No CSP violations, no script or console errors (but the refusals this file causes on purpose), nothing but the
 * app and Keycloak contacted.
 */
async function assertClean(watch, who, expectedConsoleError = EXPECTED_CONSOLE_ERROR) {
  assert.deepEqual(watch.csp, [], `${who}: no CSP violations on any page`);
  await assertWatchedClean(watch, who, { allowedOrigins: [appOrigin, issuerOrigin], expectedConsoleError });
}

/** The texts an element's aria-describedby points at, in its own shadow root: what a screen reader adds to it. */
function describedBy(locator) {
  return locator.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => element.getRootNode().getElementById(id)?.textContent?.trim() ?? `(missing #${id})`),
  );
}

/**
 * Asserts a field is marked invalid, and that `message` is shown right after it and read out with it. A field with
 * several mistakes shows them joined with ". ".
 */
async function assertFieldError(page, field, message) {
  assert.equal(await field.getAttribute('aria-invalid'), 'true', `${message}: the field is marked invalid`);
  const id = await field.getAttribute('id');
  const shown = page.locator('hrw-group-form').locator(`#${id}-error`);
  assert.ok(await shown.isVisible(), `${message}: shown beside the field`);
  const text = (await shown.innerText()).trim();
  assert.ok(text.split('. ').includes(message), `"${message}" is among the messages beside #${id}: "${text}"`);
  assert.ok((await describedBy(field)).includes(text), `${message}: read out with the field`);
  return text;
}

/** Fills the register form with a valid in-person listing, the town chosen from the suggestions. */
async function fillListing(page, listing) {
  await page.getByLabel('Place name').fill(listing.locality);
  await page.getByText(`The group will be called “${listing.name}”.`).waitFor();
  await page.getByLabel('About the group').fill('A small, friendly circle in the library’s back room. Come as you are.');
  await page.getByRole('radio', { name: /^Open meeting/ }).check();
  await page.getByRole('radio', { name: 'In person', exact: true }).check();
  await page.getByLabel('Town', { exact: true }).fill('Northampton');
  await page.getByRole('button', { name: /^Northampton, MA/ }).first().click();
  await page.getByText(/^Chosen: Northampton, /).waitFor();
  await page.getByLabel('Building or room (optional)').fill('Forbes Library, community room');
  await page.getByRole('radio', { name: 'Every week' }).check();
  await page.getByRole('checkbox', { name: 'Tuesday' }).check();
  await page.getByLabel('Starts at').fill('18:30');
  await page.getByLabel('Length in minutes').fill('90');
  assert.equal(await page.getByLabel('Time zone').inputValue(), 'America/New_York');
  await page.getByLabel(/^Private email/).fill('jo@demo.invalid');
}

/** From the register form on screen: sends a valid listing and follows the link to its page, now pending. */
async function registerListing(page, listing) {
  await fillListing(page, listing);
  await page.getByRole('button', { name: 'Send for review' }).click();
  await page.getByRole('status').filter({ hasText: `Thank you. ${listing.name} is registered.` }).waitFor();
  await page.getByRole('link', { name: 'See your listing' }).click();
  await page.getByRole('heading', { level: 1, name: listing.name, exact: true }).waitFor();
  listing.slug = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
  assert.match(listing.slug, /hollow/, 'the address is made from the place name');
  await page.getByText(PENDING_NOTE).waitFor();
}

/** What the public (nobody signed in) gets for a listing's API address. */
async function publicStatus(slug) {
  const response = await fetch(`${baseUrl}/api/v1/groups/${encodeURIComponent(slug)}`, { headers: { accept: 'application/json' } });
  return response.status;
}

/** One entry of the steward's review list, by the group's name. */
function pendingEntry(page, name) {
  return page
    .locator('hrw-group-review li')
    .filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
}

const SKIP = baseUrl ? false : 'HRW_BASE_URL not set: these journeys need the real API and Keycloak';

describe('registering, reviewing and editing a group listing, signed in', { skip: SKIP }, () => {
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

  test('a newcomer signs in from the register form, is told what to fix, then registers a listing that waits for review', async () => {
    const jo = await watched();
    const { page } = jo;
    await page.goto(`${baseUrl}/groups/new`);
    await page.getByRole('heading', { level: 1, name: 'Register a group' }).waitFor();
    await page.getByRole('button', { name: 'Sign in to continue' }).click();
    await keycloakLogin(page, { appOrigin, issuerOrigin, account: NEWCOMER, path: '/groups/new' });
    await page.getByRole('button', { name: 'Send for review' }).waitFor();

    // Sent empty: a summary at the top that takes focus, and each mistake beside its field, in plain words.
    await page.getByRole('button', { name: 'Send for review' }).click();
    const summary = page.getByRole('group', { name: 'There are 4 problems', exact: true });
    await summary.waitFor();
    assert.equal(await summary.evaluate((box) => box.getRootNode().activeElement === box), true, 'focus is on the summary');
    const placeName = page.getByLabel('Place name');
    await assertFieldError(page, placeName, 'Enter the group’s place name, such as your town or neighbourhood');
    await assertFieldError(
      page,
      page.locator('hrw-group-form').locator('#privateEmail'),
      'Enter the private email address where messages from people who want to come arrive',
    );
    assert.equal(await page.getByRole('link', { name: 'See your listing' }).count(), 0, 'nothing was registered');
    // Signed in, with its mistakes shown (the form at its longest): nothing sideways and nothing for axe, on both phones.
    await assertFitsPhones(page, 'the signed-in register form with its mistakes shown', { after: DESKTOP });

    // Everything right but a mistyped email address: only that field is marked, and the others are kept.
    await fillListing(page, APPROVED);
    const email = page.getByLabel(/^Private email/);
    await email.fill('jo at demo.invalid');
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.locator('hrw-group-form').locator('#privateEmail-error').waitFor();
    await assertFieldError(page, email, 'Enter the private email address in the form name@example.org');
    const marked = await page
      .locator('hrw-group-form')
      .evaluate((form) => [...form.shadowRoot.querySelectorAll('[aria-invalid="true"]')].map((field) => `${field.id}: ${field.getRootNode().getElementById(`${field.id}-error`)?.textContent?.trim()}`));
    assert.deepEqual(marked, ['privateEmail: Enter the private email address in the form name@example.org'], 'only the email address is marked');
    assert.equal(await placeName.getAttribute('aria-invalid'), 'false', 'the place name is fine now');
    assert.equal(await placeName.inputValue(), APPROVED.locality, 'what was typed is kept');

    // Corrected and sent: registered, and the listing's own page says it waits for a steward.
    await email.fill('jo@demo.invalid');
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.getByRole('status').filter({ hasText: `Thank you. ${APPROVED.name} is registered.` }).waitFor();
    await page.getByText('A steward will look it over soon').waitFor();
    await page.getByRole('link', { name: 'See your listing' }).click();
    await page.getByRole('heading', { level: 1, name: APPROVED.name, exact: true }).waitFor();
    APPROVED.slug = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
    assert.match(APPROVED.slug, /^approval-hollow/, 'the address is made from the place name');
    await page.getByText(PENDING_NOTE).waitFor();
    assert.ok(await page.getByText(/^Every Tuesday, 6:30–8:00 PM$/).isVisible(), 'the schedule reads back as entered');
    assert.ok(await page.getByRole('link', { name: 'Change this listing' }).isVisible(), 'the registrant hosts it');
    assert.equal(await publicStatus(APPROVED.slug), 404, 'nobody else sees it before a steward has');

    await assertClean(jo, 'newcomer');
    await jo.context.close();
  });

  test('a steward approves the new listing, and declines a second one with a reason the host is told of', async () => {
    assert.ok(APPROVED.slug, 'needs the listing the first journey registers, and it did not');

    // The newcomer registers a second listing, to be declined.
    const jo = await watched();
    await signInAt(jo.page, '/groups/new', { baseUrl, appOrigin, issuerOrigin, account: NEWCOMER });
    await registerListing(jo.page, DECLINED);

    // The steward, in a browser of their own, finds both in the review list.
    const sam = await watched();
    const { page } = sam;
    await signInAt(page, '/', { baseUrl, appOrigin, issuerOrigin, account: STEWARD });
    // The header's one way in for stewards, then the queue from their dashboard.
    await page.getByRole('link', { name: /^Stewards, \d+ waiting$/ }).click();
    await page.getByRole('link', { name: 'New groups to review' }).click();
    await page.getByRole('heading', { level: 1, name: 'New groups to review' }).waitFor();
    const approved = pendingEntry(page, APPROVED.name);
    const declined = pendingEntry(page, DECLINED.name);
    await approved.waitFor();
    await declined.waitFor();

    await approved.getByRole('button', { name: `Approve ${APPROVED.name}`, exact: true }).click();
    await page.getByRole('status').filter({ hasText: `${APPROVED.name} is approved and now in the directory.` }).waitFor();
    await approved.waitFor({ state: 'detached' });
    assert.equal(await publicStatus(APPROVED.slug), 200, 'the approved listing is public');

    // Declining asks for a reason first, then takes it.
    await declined.getByRole('button', { name: 'Decline…' }).click();
    const reason = declined.getByLabel('Why it is declined');
    await reason.waitFor();
    assert.equal(await reason.evaluate((element) => element.getRootNode().activeElement === element), true, 'focus is in the reason box');
    const decline = declined.getByRole('button', { name: `Decline ${DECLINED.name}`, exact: true });
    await decline.click();
    const reasonMissing = 'Write a few words for the hosts, so they know what to change.';
    await declined.getByText(reasonMissing).waitFor();
    assert.equal(await reason.getAttribute('aria-invalid'), 'true');
    assert.ok((await describedBy(reason)).includes(reasonMissing), 'the message is read out with the box');
    await reason.fill(DECLINE_REASON);
    await decline.click();
    await page.getByRole('status').filter({ hasText: `${DECLINED.name} is declined; the hosts will see why.` }).waitFor();
    await declined.waitFor({ state: 'detached' });
    assert.equal(await publicStatus(DECLINED.slug), 404, 'the declined listing stays out of the directory');

    // A fresh look at the queue: neither is waiting any more.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'New groups to review' }).waitFor();
    await page.getByText(/Loading the new listings/).waitFor({ state: 'detached' });
    assert.equal(await pendingEntry(page, APPROVED.name).count(), 0);
    assert.equal(await pendingEntry(page, DECLINED.name).count(), 0);

    await assertClean(sam, 'steward');
    await assertClean(jo, 'newcomer');
    await sam.context.close();
    await jo.context.close();

    // Later, the host follows a link to the declined listing and signs in there: it says it was not added. (Signed
    // out, the listing is hidden: the first look answers 404.)
    const later = await watched();
    await signInAt(later.page, `/groups/${DECLINED.slug}`, { baseUrl, appOrigin, issuerOrigin, account: NEWCOMER });
    await later.page.getByRole('heading', { level: 1, name: DECLINED.name, exact: true }).waitFor();
    await later.page.getByText(DECLINED_NOTE).waitFor();
    await assertClean(later, 'newcomer, later', /Failed to load resource: the server responded with a status of 404\b/);
    await later.context.close();
  });

  test(
    'the host reads the steward’s reason on the declined listing',
    async () => {
      assert.ok(DECLINED.slug, 'needs the listing the second journey declines, and it did not');
      const jo = await watched();
      await signInAt(jo.page, `/groups/${DECLINED.slug}`, { baseUrl, appOrigin, issuerOrigin, account: NEWCOMER });
      await jo.page.getByText(DECLINED_NOTE).waitFor();
      await jo.page.getByText(DECLINE_REASON).waitFor({ timeout: 5_000 });
      await jo.context.close();
    },
  );

  test(
    'a signed-in host who reloads the page of a listing only hosts may see still sees it',
    async () => {
      assert.ok(DECLINED.slug, 'needs the listing the second journey declines, and it did not');
      const jo = await watched();
      await signInAt(jo.page, `/groups/${DECLINED.slug}`, { baseUrl, appOrigin, issuerOrigin, account: NEWCOMER });
      await jo.page.getByText(DECLINED_NOTE).waitFor();
      await jo.page.reload();
      await jo.page.getByText(`Signed in as ${NEWCOMER.displayName}`).waitFor();
      await jo.page.getByRole('heading', { level: 1, name: DECLINED.name, exact: true }).waitFor({ timeout: 5_000 });
      await jo.page.getByText(DECLINED_NOTE).waitFor();
      await jo.context.close();
    },
  );

  test('a host saving over a change made in another window is told so, and can load the version saved first', async () => {
    assert.ok(APPROVED.slug && DECLINED.slug, 'needs the listing the first journeys register and approve, and they did not');
    const firstChange = `Now in the upstairs reading room; take the elevator (first window, run ${RUN}).`;
    const secondChange = `This text from the second window must never be saved (run ${RUN}).`;
    const editPath = `/groups/${APPROVED.slug}/edit`;

    // Two windows of the same host, each signed in, each with the edit form open on the same revision.
    const one = await watched();
    const two = await watched();
    for (const window of [one, two]) {
      await signInAt(window.page, `/groups/${APPROVED.slug}`, { baseUrl, appOrigin, issuerOrigin, account: NEWCOMER });
      await window.page.getByRole('heading', { level: 1, name: APPROVED.name, exact: true }).waitFor();
      assert.equal(await window.page.getByText(PENDING_NOTE).count(), 0, 'approved: it no longer says it waits');
      await window.page.getByRole('link', { name: 'Change this listing' }).click();
      await window.page.waitForURL((url) => url.pathname === editPath);
      await window.page.getByRole('heading', { level: 1, name: 'Change your listing' }).waitFor();
      await window.page.getByRole('button', { name: 'Save changes' }).waitFor();
      assert.equal(await window.page.getByLabel('Place name').inputValue(), APPROVED.locality);
    }

    // The first window saves and lands back on the group, showing the change.
    await one.page.getByLabel('About the group').fill(firstChange);
    await one.page.getByRole('button', { name: 'Save changes' }).click();
    await one.page.waitForURL((url) => url.pathname === `/groups/${APPROVED.slug}`);
    await one.page.getByText(firstChange).waitFor();

    // The second window, still on the old revision, saves something else and is told what happened.
    const { page } = two;
    await page.getByLabel('About the group').fill(secondChange);
    await page.getByRole('button', { name: 'Save changes' }).click();
    const stale = page.getByRole('alert').filter({ hasText: STALE });
    await stale.waitFor();
    const loadTheirs = stale.getByRole('button', { name: 'Load their version' });
    assert.ok(await loadTheirs.isVisible(), 'offered: load the saved version');
    assert.ok(await stale.getByRole('button', { name: 'Keep my version and save it' }).isVisible(), 'offered: keep mine');
    assert.equal(new URL(page.url()).pathname, editPath, 'still on the form');
    assert.equal(await page.getByLabel('About the group').inputValue(), secondChange, 'nothing typed is lost yet');

    // Loading theirs shows the first window's change in the form, and the warning goes away.
    await loadTheirs.click();
    await stale.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    assert.equal(await page.getByLabel('About the group').inputValue(), firstChange);

    // Saved now from the fresh revision, nothing conflicts; the group page carries the first change.
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL((url) => url.pathname === `/groups/${APPROVED.slug}`);
    await page.getByRole('heading', { level: 1, name: APPROVED.name, exact: true }).waitFor();
    await page.getByText(firstChange).waitFor();
    assert.equal(await page.getByText(secondChange).count(), 0, 'the stale text was never saved');
    const publicView = await (await fetch(`${baseUrl}/api/v1/groups/${APPROVED.slug}`, { headers: { accept: 'application/json' } })).json();
    assert.equal(publicView.description, firstChange, 'the directory has the first window’s text');

    await assertClean(one, 'first window');
    await assertClean(two, 'second window');
    await one.context.close();
    await two.context.close();
  });
});
