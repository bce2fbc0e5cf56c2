// Browser journey of a co-host joining, through the real Keycloak: the demo host makes a one-time code on one of
// their groups' pages; someone new opens the link from the message, creates an account on Keycloak's registration
// page, comes back with the code filled in, tries a wrong code first, then joins and sees the host panel on the
// group's page; the steward, holding the same link, is told it was used. Then the demo host, who hosts many groups, reads a post the new co-host shared and finds one
// "This helped" control that acts for the group chosen. On 390 x 844 and 320 x 640 phone screens, with axe.
//   HRW_BASE_URL          the running app with the demo accounts. Required: without it the test is skipped.
//   HRW_DEMO_USER         demo host account (default "host"), HRW_DEMO_PASSWORD its password (default "host-demo")
//   HRW_STEWARD_USER      demo steward account (default "steward"), HRW_STEWARD_PASSWORD (default "steward-demo")
//   HRW_CHROMIUM          browser binary (default: Debian's headless shell, else /usr/bin/chromium)
// The new account's name carries the run's time, so a rerun against the same Keycloak registers another.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  accessToken,
  apiAs,
  assertFitsPhones,
  assertWatchedClean,
  DESKTOP,
  issuerOriginOf,
  keycloakRegister,
  launchBrowser,
  PHONE,
  signInAt,
  watchedPage,
} from './support.mjs';

const baseUrl = process.env.HRW_BASE_URL?.replace(/\/+$/, '');
const appOrigin = baseUrl ? new URL(baseUrl).origin : '';
const RUN = Date.now();
const NEWCOMER = {
  username: `cohost-${RUN}`,
  email: `cohost-${RUN}@example.org`,
  firstName: 'Robin',
  lastName: 'Example',
  password: `co-host-${RUN}`,
};
const STEWARD = {
  username: process.env.HRW_STEWARD_USER ?? 'steward',
  password: process.env.HRW_STEWARD_PASSWORD ?? 'steward-demo',
};
/** The wrong code's 404, which the browser logs as a failed request: the journey causes it on purpose. */
const EXPECTED_404 = /status of 404/;

let browser;
let issuerOrigin;

/** One of the demo's example groups, which no journey registers, pauses or closes. */
function isExample(hosted) {
  return hosted.slug.endsWith('-example');
}
let host;
let newcomer;
/** The demo group the code is made for, and the code. */
let group;
let code;
let postId;

describe('a co-host joins with a one-time code', { skip: baseUrl ? false : 'HRW_BASE_URL not set: this test needs the real API and Keycloak' }, () => {
  before(async () => {
    issuerOrigin = await issuerOriginOf(baseUrl);
    browser = await launchBrowser();

    // Signed in on a wide window, where the header shows its Sign in button; the journey then runs on a phone.
    host = await watchedPage(browser, appOrigin, { timezoneId: 'America/New_York' });
    await signInAt(host.page, '/groups', { baseUrl, appOrigin, issuerOrigin });
    await host.page.setViewportSize(PHONE);
    const me = await apiAs(baseUrl, await accessToken(host.page), 'GET', '/api/v1/me');
    assert.ok(me.body.hosts.length > 5, `the demo host hosts many groups (${me.body.hosts.length})`);
    // One of the demo host's listed example groups: the public can see it, so its page has the whole host panel. Not
    // a group another journey registered: those come and go (one is closed) while this journey runs.
    for (const hosted of me.body.hosts.filter(isExample)) {
      const listed = await fetch(`${baseUrl}/api/v1/groups/${hosted.slug}`);
      if (listed.status === 200 && (await listed.json()).status === 'active') {
        group = hosted;
        break;
      }
    }
    assert.ok(group, 'the demo host has an active group');
  });

  after(async () => {
    await newcomer?.context.close();
    await host?.context.close();
    await browser?.close();
  });

  test('the host makes a code; someone new opens the link, creates an account, and becomes a co-host', async () => {
    // The host's side: the code, and a message to send with the link that fills it in.
    await host.page.goto(`${baseUrl}/groups/${group.slug}`);
    await host.page.getByRole('heading', { level: 2, name: 'For the hosts' }).waitFor();
    await host.page.getByRole('button', { name: 'Invite a co-host' }).click();
    code = await host.page.locator('hrw-cohost-invite #invite-code').innerText();
    assert.match(code, /^[0-9a-f]{24}$/);
    const message = await host.page.locator('hrw-cohost-invite #invite-message').innerText();
    const link = message.match(/https?:\/\/\S+\/groups\/join\?code=[0-9a-f]{24}/)?.[0];
    assert.equal(link, `${baseUrl}/groups/join?code=${code}`, 'the message carries the link with the code');
    assert.ok(message.includes(`go to ${baseUrl}/groups/join and enter the code ${code}.`), 'and the page and code apart');
    assert.ok(message.includes(group.name), 'and names the group');
    await host.page.getByRole('link', { name: `${baseUrl}/groups/join` }).waitFor();
    await assertFitsPhones(host.page, 'the host panel with a code');

    // Someone new opens the link, signed out: the page explains, and keeps the code through registering.
    newcomer = await watchedPage(browser, appOrigin, { viewport: DESKTOP });
    const { page } = newcomer;
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Become a co-host' }).waitFor();
    await page.getByText('You come straight back here with your code filled in.').waitFor();
    await assertFitsPhones(page, 'the join page signed out');
    await page.setViewportSize(DESKTOP);
    await page.getByRole('button', { name: 'Create an account' }).click();
    await keycloakRegister(page, { appOrigin, issuerOrigin, account: NEWCOMER, path: '/groups/join', search: `?code=${code}` });
    await page.setViewportSize(PHONE);

    const field = page.getByLabel('Your co-host code');
    assert.equal(await field.inputValue(), code, 'the code from the link is filled in');
    await assertFitsPhones(page, 'the join form');

    // A wrong code gets plain words, beside the field.
    await field.fill('0123 4567 89ab cdef 0123 4567');
    await page.getByRole('button', { name: 'Become a co-host' }).click();
    await page.getByRole('alert').filter({ hasText: 'We do not recognise that code.' }).waitFor();
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    await assertFitsPhones(page, 'the join form with a problem');

    // The right one, typed as a person might read it out: capitals and spaces.
    await field.fill(code.toUpperCase().replace(/(.{4})/g, '$1 ').trim());
    await page.getByRole('button', { name: 'Become a co-host' }).click();
    await page.getByRole('heading', { level: 2, name: `You now co-host ${group.name}` }).waitFor();
    assert.equal(new URL(page.url()).search, '', 'the used code leaves the address bar');
    assert.ok(await page.getByRole('link', { name: 'Open host mode' }).isVisible());
    await assertFitsPhones(page, 'the join page after joining');

    // The group's page now has the host panel for them.
    await page.getByRole('link', { name: 'Go to the group’s page' }).click();
    await page.getByRole('heading', { level: 2, name: 'For the hosts' }).waitFor();
    await page.getByRole('button', { name: 'Invite a co-host' }).waitFor();

    const again = await apiAs(baseUrl, await accessToken(page), 'GET', '/api/v1/me');
    assert.ok(again.body.hosts.some((hosted) => hosted.slug === group.slug), 'the new account hosts the group');
    await assertWatchedClean(newcomer, 'joining as a co-host', { allowedOrigins: [appOrigin, issuerOrigin], expectedConsoleError: EXPECTED_404 });
  });

  test('someone else who tries the used code is told it was used, and gains nothing', async () => {
    assert.ok(code, 'the journey above made a code');
    // The steward hosts none of the demo groups: a second person holding the same link.
    const steward = await watchedPage(browser, appOrigin, { viewport: DESKTOP });
    const { page } = steward;
    await signInAt(page, `/groups/join?code=${code}`, { baseUrl, appOrigin, issuerOrigin, account: STEWARD });
    await page.setViewportSize(PHONE);
    assert.equal(await page.getByLabel('Your co-host code').inputValue(), code, 'the code survived signing in');
    await page.getByRole('button', { name: 'Become a co-host' }).click();
    await page.getByRole('alert').filter({ hasText: 'That code has already been used. Each code works once' }).waitFor();
    await assertFitsPhones(page, 'the join form with a used code');
    const me = await apiAs(baseUrl, await accessToken(page), 'GET', '/api/v1/me');
    assert.ok(!me.body.hosts.some((hosted) => hosted.slug === group.slug), 'the steward does not host the group');
    await assertWatchedClean(steward, 'a used code', { allowedOrigins: [appOrigin, issuerOrigin], expectedConsoleError: /status of 410/ });
    await steward.context.close();
  });

  test('a post shows one "This helped" control to a host of many groups, acting for the group chosen', async () => {
    // The new co-host shares something as the group they just joined.
    const posted = await apiAs(baseUrl, await accessToken(newcomer.page), 'POST', '/api/v1/learnings', {
      groupSlug: group.slug,
      post: {
        kind: 'what-worked',
        title: `Tea first, then the script (${RUN})`,
        body: 'We start with ten minutes of tea and no agenda. People arrive late, and nobody walks into silence.',
        topics: [],
        visibility: 'public',
        askStewards: false,
      },
    });
    assert.equal(posted.status, 201, JSON.stringify(posted.body));
    postId = posted.body.id;

    const { page } = host;
    const hostedBefore = (await apiAs(baseUrl, await accessToken(page), 'GET', '/api/v1/me')).body.hosts;
    await page.goto(`${baseUrl}/learnings/${postId}`);
    await page.getByRole('heading', { level: 1, name: `Tea first, then the script (${RUN})` }).waitFor();
    const helped = page.locator('hrw-helped-control');
    const choice = helped.getByLabel('Say it for');
    await choice.waitFor();
    // Every group of theirs but the one that posted it (a group does not say its own post helped it). Other journeys
    // register and close groups of the demo host meanwhile, so the list is checked against what they hosted before
    // and after the page read it, and in full for the example groups, which stay.
    const offered = await choice.locator('option').evaluateAll((options) => options.map((option) => option.value));
    const hostedAfter = (await apiAs(baseUrl, await accessToken(page), 'GET', '/api/v1/me')).body.hosts;
    const hostedThen = new Set([...hostedBefore, ...hostedAfter].map((hosted) => hosted.slug));
    assert.deepEqual(offered.filter((slug) => !hostedThen.has(slug)), [], 'only groups the host hosts are offered');
    assert.ok(!offered.includes(group.slug), 'not the group that posted it');
    assert.deepEqual(hostedAfter.filter(isExample).map((hosted) => hosted.slug).filter((slug) => slug !== group.slug && !offered.includes(slug)), [],
      'every other group of theirs is offered');
    assert.equal(new Set(offered).size, offered.length, 'each group once');
    assert.equal(await helped.getByRole('button').count(), 1, 'one button, not one per group');
    assert.equal(await helped.getByRole('radio').count(), 0, 'no radio per group');

    const chosen = hostedAfter.filter((hosted) => isExample(hosted) && hosted.slug !== group.slug).at(-1);
    await choice.selectOption(chosen.slug);
    const button = helped.getByRole('button', { name: `This helped ${chosen.name}` });
    await button.click();
    await helped.getByRole('button', { name: `This helped ${chosen.name}`, pressed: true }).waitFor();
    await helped.getByText('Helped 1 group', { exact: true }).waitFor();
    await assertFitsPhones(page, 'a post with the helped control');

    const read = await apiAs(baseUrl, await accessToken(page), 'GET', `/api/v1/learnings/${postId}`);
    assert.deepEqual(read.body.helpedBy, [chosen.slug], 'it said so for the chosen group alone');
    assert.equal(read.body.helpedCount, 1);

    // The choice is remembered: after a reload the control still acts for that group, pressed.
    await page.reload();
    await helped.getByRole('button', { name: `This helped ${chosen.name}`, pressed: true }).waitFor();
    assert.equal(await choice.inputValue(), chosen.slug);
    await assertWatchedClean(host, 'the host inviting and saying it helped', { allowedOrigins: [appOrigin, issuerOrigin] });
  });
});
