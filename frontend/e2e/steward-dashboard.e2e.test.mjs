// Browser journey of the steward's week, through the real Keycloak login page as the demo steward: the header's one
// "Stewards" entry and its count, the dashboard's counts against the API's, a pending group's review card as the
// public will see the listing, and a flagged post shown whole in the moderation queue. At 390 x 844 and 320 x 640: no
// sideways scrolling, and axe finds nothing. (The warning before publishing a change made in one language only is in
// script-drafts.e2e.test.mjs: the script has one draft at a time, and only that file opens it.)
//   HRW_BASE_URL          the running app with the demo accounts. Required: without it the test is skipped.
//   HRW_DEMO_USER         demo host account (default "host"), HRW_DEMO_PASSWORD its password (default "host-demo")
//   HRW_STEWARD_USER      demo steward account (default "steward"), HRW_STEWARD_PASSWORD (default "steward-demo")
//   HRW_CHROMIUM          browser binary (default: Debian's headless shell, else /usr/bin/chromium)
// The data is made through the API with the tokens of real sign-ins: a pending listing of the run's own (left
// pending) and a post in an example group flagged by the steward (kept up again at the end, which clears the flag).
// Other journeys run at the same time and fill and empty the same queues, so the counts are checked against the
// answer the page itself was given, and what this journey decides is checked on its own post.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  accessToken,
  apiAs,
  assertFitsPhones,
  assertWatchedClean,
  DEMO_STEWARD,
  DESKTOP,
  issuerOriginOf,
  launchBrowser,
  PHONE,
  signInAt,
  watchedPage,
} from './support.mjs';

const baseUrl = process.env.HRW_BASE_URL?.replace(/\/+$/, '');
const appOrigin = baseUrl ? new URL(baseUrl).origin : '';
const RUN = Date.now();
const LOCALITY = `Steward Springs ${RUN}`;
const DESCRIPTION = `We meet upstairs at the library, run ${RUN}. Tea, and no one has to talk.`;
const POST_TITLE = `Two things that helped our first month (${RUN})`;
/** An example group of the demo profile, hosted by the demo host. */
const POSTING_GROUP = 'worcester-example';
/** Where the queues are worked through between the phone checks. */

let browser;
let issuerOrigin;
let hostToken;
let stewardToken;
let pendingSlug;
let postId;

function api(token, method, path, body) {
  return apiAs(baseUrl, token, method, path, body);
}

/** A weekly Tuesday-evening listing near Northampton, MA, shown to the public by its town only. */
function listing() {
  return {
    locality: LOCALITY,
    description: DESCRIPTION,
    format: 'open',
    focus: [],
    attendance: 'in-person',
    venue: 'Forbes Library',
    address: '20 West Street',
    city: 'Northampton',
    region: 'MA',
    postalCode: '01060',
    country: 'US',
    latitude: 42.3184,
    longitude: -72.6381,
    locationVisibility: 'approximate',
    schedule: { recurrence: 'weekly', days: ['tuesday'], start: '19:00', durationMinutes: 90, timeZone: 'America/New_York' },
    offerings: [],
    languages: ['en'],
    contactMethod: 'form',
    privateEmail: 'hosts@steward-springs.example.org',
  };
}

/** The words the dashboard gives each queue's count (see QUEUES in hrw-steward-dashboard.ts). */
function countWords(queue, count) {
  if (queue === 'scriptDrafts') {
    return count === 0 ? 'No draft open.' : count === 1 ? '1 draft open' : `${count} drafts open`;
  }
  const none = {
    groups: 'No new groups waiting.',
    exercises: 'No suggestions waiting.',
    flaggedLearnings: 'Nothing flagged right now.',
    questions: 'Every question has an answer.',
  };
  return count === 0 ? none[queue] : `${count} waiting`;
}

/**
 * Does `action`, which opens the dashboard, and answers the counts the dashboard was given: it reports the answer it
 * read up to the header (ReviewCountsEvent). Other journeys change the queues at any moment, so the page is compared
 * with its own answer, never with a second read.
 */
async function countsGiven(page, action) {
  await page.evaluate(() => {
    window.__hrwCountsGiven = new Promise((resolve) => {
      document.addEventListener('hrw-review-counts', (event) => resolve(event.counts), { once: true });
    });
  });
  await action();
  return page.evaluate(() => window.__hrwCountsGiven);
}

/** The dashboard shows the `counts` it was given, queue by queue, and the header's link says their total. */
async function assertDashboardShows(page, counts) {
  await page.locator('hrw-steward-dashboard .queues .count').first().waitFor();
  for (const queue of ['groups', 'exercises', 'flaggedLearnings', 'questions', 'scriptDrafts']) {
    const shown = await page.locator(`hrw-steward-dashboard li[data-queue="${queue}"] .count`).innerText();
    assert.equal(shown.trim(), countWords(queue, counts[queue]), `the ${queue} count`);
  }
  await page.getByRole('link', { name: `Stewards, ${counts.total} waiting`, exact: true }).waitFor({ state: 'attached' });
}

/** Whether this run's post is in the stewards' moderation queue (every page of it). */
async function inModerationQueue() {
  for (let page = 0; ; page++) {
    const response = await api(stewardToken, 'GET', `/api/v1/review/learnings?page=${page}&size=100`);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    if (response.body.items.some((item) => item.postId === postId && item.replyId == null)) {
      return true;
    }
    if ((page + 1) * response.body.size >= response.body.total) {
      return false;
    }
  }
}

describe('the steward dashboard and queues', { skip: baseUrl ? false : 'HRW_BASE_URL not set: this test needs the real API and Keycloak' }, () => {
  let steward;

  before(async () => {
    issuerOrigin = await issuerOriginOf(baseUrl);
    browser = await launchBrowser();

    // The host registers a listing (it stays pending) and shares a post with a Markdown list.
    const host = await watchedPage(browser, appOrigin);
    await signInAt(host.page, '/groups', { baseUrl, appOrigin, issuerOrigin });
    hostToken = await accessToken(host.page);
    const registered = await api(hostToken, 'POST', '/api/v1/groups', listing());
    assert.equal(registered.status, 201, JSON.stringify(registered.body));
    pendingSlug = registered.body.slug;
    const shared = await api(hostToken, 'POST', '/api/v1/learnings', {
      groupSlug: POSTING_GROUP,
      post: {
        kind: 'what-worked',
        title: POST_TITLE,
        body: 'What helped:\n\n- call ahead\n- bring a friend',
        topics: ['welcome'],
        visibility: 'public',
        askStewards: false,
      },
    });
    assert.equal(shared.status, 201, JSON.stringify(shared.body));
    postId = shared.body.id;
    await host.context.close();

    // The steward signs in on a wide window (the header shows its Sign in button there) and flags the post (the
    // steward hosts no group, so it is a flag that does not count towards hiding).
    steward = await watchedPage(browser, appOrigin);
    await signInAt(steward.page, '/', { baseUrl, appOrigin, issuerOrigin, account: DEMO_STEWARD });
    stewardToken = await accessToken(steward.page);
    const flagged = await api(stewardToken, 'POST', `/api/v1/learnings/${postId}/flags`, {
      reason: `Please check the list reads right (${RUN})`,
    });
    assert.equal(flagged.status, 202, JSON.stringify(flagged.body));
  });

  after(async () => {
    // Leave the server as other journeys expect it: the post no longer flagged.
    if (stewardToken && postId) {
      await api(stewardToken, 'POST', `/api/v1/review/learnings/posts/${postId}/restore`, {
        reason: 'Read it through in a browser test; it is fine to show.',
      });
    }
    await steward?.context.close();
    await browser?.close();
  });

  test('the header has one Stewards entry with the total, and the dashboard counts match the API', async () => {
    const { page } = steward;
    const header = page.locator('header');
    const entry = header.getByRole('link', { name: /^Stewards, \d+ waiting$/ });
    await entry.waitFor();
    for (const gone of ['Review new groups', 'Review suggested exercises']) {
      assert.equal(await header.getByRole('link', { name: gone }).count(), 0, `no "${gone}" in the header`);
    }
    const counts = await countsGiven(page, () => entry.click());
    await page.getByRole('heading', { level: 1, name: 'Stewards' }).waitFor();
    await assertDashboardShows(page, counts);
    // This run's pending listing and flagged post are waiting, whatever else is.
    assert.ok(counts.groups >= 1 && counts.flaggedLearnings >= 1, JSON.stringify(counts));
    await page.getByText(`${counts.total} things are waiting for a steward.`).waitFor();

    // On a phone the entry is in the menu, with the same name.
    await page.setViewportSize(PHONE);
    await header.getByRole('button', { name: 'Menu' }).click();
    await header.getByRole('link', { name: `Stewards, ${counts.total} waiting`, exact: true }).waitFor();
    await header.getByRole('button', { name: 'Menu' }).click();
    await assertFitsPhones(page, 'the dashboard', { ready: () => page.locator('hrw-steward-dashboard .queues .count').first().waitFor(), after: DESKTOP });

    // A decision elsewhere shows when the dashboard is visited again: it asks anew, and shows what it is told.
    assert.ok(await inModerationQueue(), 'the flagged post waits in the moderation queue');
    const kept = await api(stewardToken, 'POST', `/api/v1/review/learnings/posts/${postId}/restore`, {
      reason: 'Checked once; the flag is cleared to see the queue change.',
    });
    assert.equal(kept.status, 204, JSON.stringify(kept.body));
    assert.ok(!(await inModerationQueue()), 'the post kept up has left the moderation queue');
    await page.goto(`${baseUrl}/groups`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const again = await countsGiven(page, () => page.getByRole('link', { name: /^Stewards, \d+ waiting$/ }).click());
    await page.getByRole('heading', { level: 1, name: 'Stewards' }).waitFor();
    await assertDashboardShows(page, again);
    // Flag it again for the moderation queue below.
    const flaggedAgain = await api(stewardToken, 'POST', `/api/v1/learnings/${postId}/flags`, {
      reason: `Please check the list reads right (${RUN})`,
    });
    assert.equal(flaggedAgain.status, 202, JSON.stringify(flaggedAgain.body));
    await assertWatchedClean(steward, 'the dashboard', { allowedOrigins: [appOrigin, issuerOrigin] });
  });

  test("a pending group's review card shows its schedule, next meetings, description and place as the public sees it", async () => {
    const { page } = steward;
    await page.goto(`${baseUrl}/steward`);
    await page.getByRole('link', { name: 'New groups to review' }).click();
    await page.getByRole('heading', { level: 1, name: 'New groups to review' }).waitFor();
    const card = page.locator('hrw-group-review ol > li').filter({ hasText: LOCALITY });
    await card.waitFor();
    const listing = card.locator('dl.listing');
    const when = await listing.locator('dt:has-text("When") + dd').innerText();
    assert.match(when, /^Every Tuesday, 7:00/);
    assert.match(when, /Next: \S.*;.*;/, 'the next three meetings are listed');
    assert.doesNotMatch(await card.innerText(), /No meeting on the calendar yet/);
    assert.equal(
      (await listing.locator('dt:has-text("Where the public sees it") + dd').innerText()).trim(),
      'Near Northampton, MA; the exact place is shared when you ask.',
    );
    assert.equal((await listing.locator('dt:has-text("About the group") + dd').innerText()).trim(), DESCRIPTION);
    assert.equal(await card.getByText('20 West Street').count(), 0, 'the street stays private, as the public will see it');
    await assertFitsPhones(page, 'the group review queue', { ready: () => card.waitFor(), after: DESKTOP });
    await assertWatchedClean(steward, 'the group review queue', { allowedOrigins: [appOrigin, issuerOrigin] });
  });

  test('the moderation queue shows the flagged post whole, its list a list, and no "No open flags" above the flag', async () => {
    const { page } = steward;
    await page.goto(`${baseUrl}/steward`);
    await page.getByRole('link', { name: 'Flagged learnings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Posts to review' }).waitFor();
    const item = page.locator('hrw-learning-review ol.queue > li').filter({
      has: page.getByRole('heading', { level: 2, name: POST_TITLE, exact: true }),
    });
    await page.locator('hrw-learning-review ol.queue > li').first().waitFor();
    // Most flagged first: a flag that does not count towards hiding may be further down on a busy server.
    const more = page.getByRole('button', { name: 'Show more' });
    while ((await item.count()) === 0 && (await more.count()) > 0) {
      await more.click();
      await page.waitForTimeout(300);
    }
    await item.waitFor();
    const body = item.locator('blockquote.body');
    assert.deepEqual(await body.locator('li').allInnerTexts(), ['call ahead', 'bring a friend']);
    await body.getByRole('list').waitFor();
    assert.doesNotMatch(await body.innerText(), /- call ahead/);
    const text = await item.innerText();
    assert.doesNotMatch(text, /No open flags/);
    assert.match(text, /1 open flag from people who host no group/);
    await item.getByText(`Please check the list reads right (${RUN})`).waitFor();
    await assertFitsPhones(page, 'the moderation queue', { ready: () => item.waitFor(), after: DESKTOP });
    await assertWatchedClean(steward, 'the moderation queue', { allowedOrigins: [appOrigin, issuerOrigin] });
  });
});
