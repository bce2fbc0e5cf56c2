// The BMLT interface proven with a real BMLT client: Crouton (@bmlt-enabled/croutonjs), as a group's own web site
// would embed it, in headless Chromium, calling the packaged app cross-origin by JSONP.
//   HRW_BASE_URL   the running app with the demo profile's example groups. Required: without it this is skipped.
// The text journey registers its own listings, signed in as the demo host and approved by the demo steward.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { getTypesForLanguage } from '@code4recovery/spec';
import {
  DEMO_HOST,
  DEMO_STEWARD,
  accessToken,
  apiAs,
  issuerOriginOf,
  launchBrowser,
  signInAt,
  watchedPage,
} from './support.mjs';

const baseUrl = process.env.HRW_BASE_URL?.replace(/\/+$/, '');
const croutonDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/@bmlt-enabled/croutonjs');
// The example groups around Northampton, MA: few enough for Crouton's list by weekday.
const AREA = '&services[]=1&lat_val=42.3251&long_val=-72.6412&geo_width_km=60';
const RUN = Date.now();
const WORD_JOINER = /\u2060/g;

// A group's web site: Crouton's files and a page that runs it against our root server, nothing from elsewhere.
function sitePage(root, customQuery) {
  const config = {
    root_server: root,
    custom_query: customQuery,
    theme: '',
    show_map: false,
    show_qrcode: false,
    filter_tabs: 1000,
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A group's site</title>
<link rel="stylesheet" href="/crouton/crouton.css"></head><body><div id="bmlt-tabs"></div>
<script src="/crouton/crouton.js"></script><script>
window.__done = false;
window.__failures = [];
addEventListener('unhandledrejection', (e) => window.__failures.push(String(e.reason?.message ?? e.reason)));
const config = ${JSON.stringify(config)};
config.tileUrl = location.origin + '/tiles/{z}/{x}/{y}.png';
config.nominatimUrl = location.origin + '/nominatim/';
config.on_complete = () => { window.__done = true; };
var crouton = new Crouton(config);
crouton.render();
</script></body></html>`;
}

function startSite(root) {
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    try {
      if (url.pathname === '/site.html') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(sitePage(root, url.searchParams.get('q')));
        return;
      }
      if (url.pathname.startsWith('/crouton/') && !url.pathname.includes('..')) {
        const file = path.join(croutonDir, url.pathname.slice('/crouton/'.length));
        const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
        response.writeHead(200, { 'content-type': type });
        response.end(await readFile(file));
        return;
      }
    } catch {
      // fall through to 404
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Whether a meeting is one of the demo's example groups. Other journeys register, pause and close groups near
 * Northampton while this one runs, so the lists are compared on the example groups, which no journey changes.
 */
function isExample(meetingName) {
  return meetingName.endsWith(' (example)');
}

async function expectedMeetings(query) {
  const response = await fetch(`${baseUrl}/api/bmlt/client_interface/json/?switcher=GetSearchResults${query}`);
  assert.equal(response.status, 200);
  return response.json();
}

let browser;
let site;
let siteOrigin;

async function render(query) {
  const { context, page, seen } = await watchedPage(browser, siteOrigin);
  await page.goto(`${siteOrigin}/site.html?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => window.__done || window.__failures.length > 0
    || /No meetings found/.test(document.getElementById('bmlt-tabs')?.innerText ?? ''), null, { timeout: 20000 });
  const state = await page.evaluate(() => ({ done: window.__done, failures: window.__failures }));
  const rows = await page.locator('#bmlt-tabs .bmlt-data-row').evaluateAll((els) => els.map((el) => ({
    id: el.id.replace('meeting-data-row-', ''),
    name: el.querySelector('.meeting-name')?.textContent.trim(),
    day: el.querySelector('.bmlt-day')?.textContent.trim(),
    time: el.querySelector('.bmlt-time-2')?.textContent.trim(),
  })));
  return { context, page, seen, state, rows };
}

describe('the BMLT interface, read by Crouton', { skip: baseUrl ? false : 'HRW_BASE_URL not set: this needs the real API' }, () => {

  before(async () => {
    browser = await launchBrowser();
    site = await startSite(`${baseUrl}/api/bmlt`);
    siteOrigin = `http://127.0.0.1:${site.address().port}`;
  });

  after(async () => {
    await browser?.close();
    browser = undefined;
    await new Promise((resolve) => site?.close(resolve));
  });

  test('Crouton lists every meeting near Northampton with its day and time', async () => {
    const meetings = (await expectedMeetings(AREA)).filter((m) => isExample(m.meeting_name));
    assert.ok(meetings.length >= 3, `several example meetings near Northampton: ${meetings.length}`);
    const { context, page, seen, state, rows } = await render(AREA);
    assert.deepEqual(state.failures, [], 'no JSONP request failed');
    assert.equal(state.done, true, 'Crouton finished rendering');
    assert.deepEqual(rows.filter((r) => isExample(r.name)).map((r) => r.id).sort(), meetings.map((m) => m.id_bigint).sort(),
      'one row per meeting');
    const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    for (const meeting of meetings) {
      const row = rows.find((r) => r.id === meeting.id_bigint);
      assert.equal(row.name, meeting.meeting_name);
      assert.ok(row.name.startsWith('Harm Reduction Works-HRW '));
      assert.equal(row.day, days[Number(meeting.weekday_tinyint) - 1]);
      const [hour, minute] = meeting.start_time.split(':').map(Number);
      const clock = `${((hour + 11) % 12) + 1}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'am' : 'pm'}`;
      assert.ok(row.time.toLowerCase().startsWith(clock), `${row.name}: ${row.time} starts at ${clock}`);
    }
    assert.deepEqual(seen.pageErrors, [], 'no script errors');
    const allowed = new Set([siteOrigin, new URL(baseUrl).origin]);
    assert.deepEqual([...seen.origins].filter((o) => !allowed.has(o)), [], 'nothing loaded from a third party');
    await page.locator('.meeting-name a').first().click();
    await page.locator('#meeting_modal').waitFor({ state: 'visible' });
    await context.close();
  });

  test('Crouton\'s weekday filter is answered by the server', async () => {
    const query = `${AREA}&weekdays[]=2`;
    const meetings = (await expectedMeetings(query)).filter((m) => isExample(m.meeting_name));
    const { context, state, rows } = await render(query);
    assert.equal(state.done || meetings.length === 0, true);
    assert.equal(rows.filter((r) => isExample(r.name)).length, meetings.length);
    assert.ok(rows.every((r) => r.day === 'Monday'), rows.map((r) => r.day).join(', '));
    await context.close();
  });
});

// Text as hosts type it, read by Crouton 4.1.12. Crouton escapes most values but inserts location_text and
// location_info unescaped in its meeting details (crouton-default-templates.js), comments that start with "http" and
// the online link into a link's HTML (crouton-handlebars-extensions.js): the server sends the text raw, made inert
// only where it could be read as markup (BmltText.java), so it shows as typed everywhere and nothing runs.
const VENUE = `St. Mary's Hall & Annex <img src=x onerror="window.__pwned='venue'">`;
const NOTES = "Side door <script>window.__pwned='notes'</script> &amp; up the stairs, room < 5";
const DESCRIPTION = "https://example.org/x' onmouseover='window.__pwned=1' <img src=x onerror=window.__pwned='comments'>";
const LINK = "https://meet.example.org/hrw'><img/src=x/onerror=window.__pwned='link'>";
const TYPED = `Crouton Hollow ${RUN}`;
const MONTHLY = `Crouton Monthly ${RUN}`;

function listing(locality, schedule) {
  return {
    locality,
    description: DESCRIPTION,
    format: 'open',
    focus: [],
    attendance: 'hybrid',
    venue: VENUE,
    address: '12 Main Street',
    city: locality,
    region: 'VT',
    postalCode: '05401',
    country: 'US',
    latitude: 44.4759,
    longitude: -73.2121,
    locationVisibility: 'exact',
    locationNotes: NOTES,
    onlineUrl: LINK,
    onlineVisibility: 'public',
    schedule: { durationMinutes: 90, timeZone: 'America/New_York', start: '19:00', ...schedule },
    offerings: [],
    languages: ['en'],
    contactMethod: 'form',
    privateEmail: 'hosts@crouton-hollow.example.org',
  };
}

/** Crouton's query for one group, found by name with the root server's meeting_key. */
function byName(locality) {
  return `&meeting_key=meeting_name&meeting_key_value=${encodeURIComponent(`Harm Reduction Works-HRW ${locality}`)}`;
}

describe('text as typed, read by Crouton', { skip: baseUrl ? false : 'HRW_BASE_URL not set: this needs the real API and Keycloak' }, () => {
  before(async () => {
    browser = await launchBrowser();
    site = await startSite(`${baseUrl}/api/bmlt`);
    siteOrigin = `http://127.0.0.1:${site.address().port}`;
    const appOrigin = new URL(baseUrl).origin;
    const issuerOrigin = await issuerOriginOf(baseUrl);
    const host = await watchedPage(browser, appOrigin);
    await signInAt(host.page, '/groups', { baseUrl, appOrigin, issuerOrigin, account: DEMO_HOST });
    const steward = await watchedPage(browser, appOrigin);
    await signInAt(steward.page, '/groups/review', { baseUrl, appOrigin, issuerOrigin, account: DEMO_STEWARD });
    for (const [locality, schedule] of [
      [TYPED, { recurrence: 'weekly', days: ['thursday'] }],
      [MONTHLY, { recurrence: 'monthly', days: ['thursday'], weekOfMonth: 2 }],
    ]) {
      const registered = await apiAs(baseUrl, await accessToken(host.page), 'POST', '/api/v1/groups',
        listing(locality, schedule));
      assert.equal(registered.status, 201, JSON.stringify(registered.body));
      const approved = await apiAs(baseUrl, await accessToken(steward.page), 'POST',
        `/api/v1/review/groups/${registered.body.slug}/approval`);
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
    }
    await host.context.close();
    await steward.context.close();
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.close(resolve));
  });

  test('a venue and notes with &, \' and < show as typed in the list and the details, and no markup runs', async () => {
    const { context, page, seen, state, rows } = await render(byName(TYPED));
    assert.deepEqual(state.failures, []);
    assert.equal(rows.length, 1, 'the weekly group, found by meeting_key');
    const visible = (selector) => page.locator(selector).evaluateAll((els) => els.map((el) => el.textContent.trim()));
    const listed = await visible('#bmlt-tabs .bmlt-data-row .location-text');
    assert.deepEqual(listed.map((t) => t.replace(WORD_JOINER, '')), [VENUE], 'the list, which escapes, shows it as typed');
    const comments = await visible('#bmlt-tabs .bmlt-data-row .bmlt-comments');
    assert.ok(comments[0].replace(WORD_JOINER, '').startsWith(DESCRIPTION), comments[0]);

    await page.locator('.meeting-name a').first().click();
    await page.locator('#meeting_modal').waitFor({ state: 'visible' });
    const details = await visible('#meeting_modal .location-text');
    assert.deepEqual(details.map((t) => t.replace(WORD_JOINER, '')), [VENUE], 'the details, which do not escape');
    const info = await visible('#meeting_modal .location-information');
    assert.deepEqual(info.map((t) => t.replace(WORD_JOINER, '')), [NOTES]);
    const links = await page.locator('#meeting_modal a[href^="https://meet.example.org/"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    assert.deepEqual(links, ["https://meet.example.org/hrw%27%3E%3Cimg/src=x/onerror=window.__pwned=%27link%27%3E"],
      'the online link stays one link');

    await page.waitForTimeout(500);
    const ran = await page.evaluate(() => ({
      pwned: window.__pwned ?? null,
      images: document.querySelectorAll('#bmlt-tabs img[src="x"], #meeting_modal img[src="x"]').length,
      scripts: document.querySelectorAll('#bmlt-tabs script, #meeting_modal script').length,
      handlers: document.querySelectorAll('[onmouseover], [onerror]').length,
    }));
    assert.deepEqual(ran, { pwned: null, images: 0, scripts: 0, handlers: 0 }, 'nothing a host typed became markup');
    assert.deepEqual(seen.pageErrors, []);
    await context.close();
  });

  test('a group that meets once a month is not offered to Crouton as a weekly meeting', async () => {
    const { context, page, rows } = await render(byName(MONTHLY));
    assert.equal(rows.length, 0);
    assert.match(await page.locator('#bmlt-tabs').innerText(), /No meetings found/);
    await context.close();
  });

  test('Spanish format names are the Meeting Guide specification\'s own', async () => {
    const response = await fetch(`${baseUrl}/api/bmlt/client_interface/json/?switcher=GetFormats&show_all=1&lang_enum=es`);
    assert.equal(response.status, 200);
    const spanish = getTypesForLanguage('es');
    const formats = await response.json();
    const spec = formats.filter((f) => !f.key_string.startsWith('HRW-'));
    assert.ok(spec.length > 30);
    for (const format of spec) {
      assert.equal(format.name_string, spanish[format.key_string], format.key_string);
      assert.equal(format.lang, 'es');
    }
  });
});
