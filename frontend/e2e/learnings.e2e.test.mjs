// Browser test of shared learnings, end to end: the demo host signs in through Keycloak, asks other groups a
// question as one of their groups, replies to it as a different group, marks that reply as the one that helped as
// the asking group, and sees the question answered. A network-only post is then invisible to someone signed out.
// Each run adds two posts and a reply, with a unique title, to the example groups.
//   HRW_BASE_URL       the running app with the demo profile: the example groups, all hosted by the demo host.
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
  DESKTOP,
  issuerOriginOf,
  launchBrowser,
  signInHere,
  watchedPage,
} from './support.mjs';

const baseUrl = process.env.HRW_BASE_URL?.replace(/\/+$/, '');
const appOrigin = baseUrl ? new URL(baseUrl).origin : '';
/** Example groups of the demo profile (SampleGroups), all hosted by the demo host. */
const ASKING = { slug: 'worcester-example', name: 'Harm Reduction Works-HRW Worcester (example)' };
const REPLYING = { slug: 'northampton-example', name: 'Harm Reduction Works-HRW Northampton (example)' };
const SHARING = { slug: 'springfield-example', name: 'Harm Reduction Works-HRW Springfield (example)' };
/** Chromium reports every failed response on the console; the anonymous look at a network-only post expects one. */
const EXPECTED_404 = /status of 404/;

let browser;
let issuerOrigin;

/** The compose form, open and ready, with the person's groups loaded. */
async function openComposeForm(page, path, heading) {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.getByLabel('Which of your groups posts it').waitFor();
}

/** Sends the form and waits for the new post's page; answers its address. */
async function send(page, button, title) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.waitForURL((url) => /^\/learnings\/\d+$/.test(url.pathname));
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  return page.url();
}

function aboutThePost(page) {
  return page.getByRole('list', { name: 'About this post' });
}

function assertClean(watched, where, { allow404 = false } = {}) {
  return assertWatchedClean(watched, where, {
    allowedOrigins: [appOrigin, issuerOrigin],
    expectedConsoleError: allow404 ? EXPECTED_404 : null,
  });
}

describe('shared learnings', { skip: baseUrl ? false : 'HRW_BASE_URL not set: this test needs the real API and Keycloak' }, () => {
  before(async () => {
    issuerOrigin = await issuerOriginOf(baseUrl);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('a group asks, another group replies, the asking group marks the reply that helped, and network-only stays in the network', async () => {
    const host = await watchedPage(browser, appOrigin);
    const { page } = host;
    const stamp = Date.now();
    const question = `Where do other groups meet? (${stamp})`;

    // Ask, as the asking group.
    await page.goto(`${baseUrl}/learnings/new?kind=question`);
    await page.getByRole('heading', { level: 1, name: 'Ask other groups a question' }).waitFor();
    await signInHere(page, { appOrigin, issuerOrigin, sameQuery: true });
    await page.getByLabel('Which of your groups posts it').selectOption(ASKING.slug);
    assert.ok(await page.getByRole('radio', { name: /^A question:/ }).isChecked(), 'the address chose a question');
    assert.ok(await page.getByRole('radio', { name: 'Everyone (public)', exact: true }).isChecked(), 'public unless chosen otherwise');
    await page.getByLabel('Title', { exact: true }).fill(question);
    await page
      .getByLabel('Your question, with what would help to know')
      .fill('Our library room said **no** after two meetings. Where do you meet, and how did you ask?');
    const topics = page.getByLabel('Topics (optional)');
    await topics.fill('Finding a venue');
    await topics.press('Enter');
    await page.getByRole('button', { name: 'Remove topic finding-a-venue' }).waitFor();
    await page.getByRole('checkbox', { name: 'Ask HRH413’s stewards' }).check();

    // The preview is the server's rendering of the Markdown.
    const preview = page.getByRole('button', { name: 'Preview', exact: true });
    await preview.click();
    await page.locator('hrw-markdown-field .preview strong', { hasText: 'no' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the compose form with its preview');
    await page.setViewportSize({ width: 320, height: 640 });
    await assertNoSideways(page, 'the compose form at 320 px');
    await page.setViewportSize(DESKTOP);
    await preview.click();

    const questionUrl = await send(page, 'Ask the question', question);
    await aboutThePost(page).getByText('Not answered yet', { exact: true }).waitFor();
    await page.getByRole('link', { name: ASKING.name, exact: true }).first().waitFor();

    // Reply, as a different group.
    await page.getByLabel('Reply as').selectOption(REPLYING.slug);
    await page.getByLabel('Your reply').fill('We meet at the public health department’s community room. We asked the outreach team first.');
    await page.getByRole('button', { name: 'Post the reply', exact: true }).click();
    const reply = page.locator('hrw-reply-item').filter({ has: page.getByRole('heading', { level: 3, name: REPLYING.name, exact: true }) });
    await reply.waitFor();

    // Mark it, as the asking group, and it shows as answered, now and after a reload.
    const mark = reply.getByRole('button', { name: 'This is the reply that helped' });
    await mark.click();
    await reply.getByRole('button', { name: 'This is the reply that helped', pressed: true }).waitFor();
    await aboutThePost(page).getByText('Answered', { exact: true }).waitFor();
    await reply.getByText(`The reply that helped ${ASKING.name}`).waitFor();
    await page.goto(questionUrl);
    await page.getByRole('heading', { level: 1, name: question, exact: true }).waitFor();
    await aboutThePost(page).getByText('Answered', { exact: true }).waitFor();
    await assertClean(host, 'asking and answering');

    // Share something for the network only.
    const sensitive = `Which agencies to go to, and which to avoid (${stamp})`;
    await openComposeForm(page, '/learnings/new', 'Share with other groups');
    await page.getByLabel('Which of your groups posts it').selectOption(SHARING.slug);
    await page.getByRole('radio', { name: /^What worked:/ }).check();
    await page.getByLabel('Title', { exact: true }).fill(sensitive);
    await page.getByLabel('What you tried and how it went').fill('The county clinic on Main Street has been kind to our members every time.');
    await page.getByRole('radio', { name: /^Network only: signed-in hosts and stewards/ }).check();
    const sensitiveUrl = await send(page, 'Share it', sensitive);
    await aboutThePost(page).getByText('Network only', { exact: true }).waitFor();
    await assertClean(host, 'sharing for the network');
    await host.context.close();

    // Someone signed out cannot read it: the API says 404, and so does the page.
    const id = new URL(sensitiveUrl).pathname.split('/').pop();
    assert.equal((await fetch(`${baseUrl}/api/v1/learnings/${id}`)).status, 404, 'the API hides it from anonymous readers');
    const stranger = await watchedPage(browser, appOrigin);
    await stranger.page.goto(sensitiveUrl);
    await stranger.page.getByRole('heading', { level: 1, name: 'We could not find that post' }).waitFor();
    assert.equal(await stranger.page.getByText(sensitive).count(), 0, 'the title is nowhere on the page');
    assert.equal(await stranger.page.getByText('county clinic').count(), 0, 'nor its words');
    assert.ok(stranger.seen.consoleErrors.filter((message) => EXPECTED_404.test(message)).length <= 1, 'one expected 404 at most');
    await assertClean(stranger, 'a network-only post, signed out', { allow404: true });
    await stranger.context.close();
  });
});
