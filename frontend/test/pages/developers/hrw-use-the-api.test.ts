import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../../src/pages/developers/hrw-use-the-api.js';
import { matchRoute } from '../../../src/router.js';

/** Not the test environment's default origin, so an example built from anything else would show. */
const ORIGIN = 'https://hub.example.org:8443';

interface HappyDomWindow {
  happyDOM: { setURL(url: string): void };
}

let defaultUrl: string;

beforeEach(() => {
  defaultUrl = window.location.href;
  (window as unknown as HappyDomWindow).happyDOM.setURL(`${ORIGIN}/developers`);
});

afterEach(() => {
  document.body.replaceChildren();
  (window as unknown as HappyDomWindow).happyDOM.setURL(defaultUrl);
});

async function renderPage(): Promise<ShadowRoot> {
  const page = document.createElement('hrw-use-the-api');
  document.body.append(page);
  await page.updateComplete;
  return page.shadowRoot!;
}

function examples(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('pre code')].map((code) => code.textContent ?? '');
}

describe('Use the API', () => {
  it('is the page at /developers', () => {
    const route = matchRoute('/developers/');
    expect(route.tag).toBe('hrw-use-the-api');
    expect(route.title()).toBe('Use the API');
  });

  it('builds every example address from the page’s own origin', async () => {
    const root = await renderPage();
    const lines = examples(root);
    const addresses = lines.flatMap((line) => line.match(/https?:\/\/[^\s']+/g) ?? []);

    expect(lines).toContain(`curl -H 'Accept: text/markdown' '${ORIGIN}/api/v1/script?meeting=open'`);
    expect(lines).toContain(`curl -o script.pdf '${ORIGIN}/api/v1/script?meeting=open&format=pdf&paper=a4'`);
    expect(lines).toContain(`curl '${ORIGIN}/api/v1/groups?near=Northampton%2C%20MA'`);
    expect(lines).toContain(`openapi-generator-cli generate -i ${ORIGIN}/q/openapi -g java -o hrw-client`);
    expect(addresses.length).toBeGreaterThan(15);
    expect(addresses.filter((address) => !address.startsWith(`${ORIGIN}/`))).toEqual([]);
  });

  it('links to each feed, the BMLT root server and the OpenAPI document', async () => {
    const root = await renderPage();
    const links = new Map([...root.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent?.trim()]));

    for (const feed of [
      'meeting-guide.json',
      'meeting-guide-types.json',
      'groups.geojson',
      'groups.ics',
      'exercises.atom',
      'learnings.atom',
    ]) {
      expect(links.get(`${ORIGIN}/api/v1/feeds/${feed}`), feed).toBeTruthy();
    }
    expect(links.get(`${ORIGIN}/api/bmlt/client_interface/json/?switcher=GetServerInfo`)).toBe('GetServerInfo');
    expect(examples(root)).toContain(`${ORIGIN}/api/bmlt`);
    expect(links.get(`${ORIGIN}/q/openapi`)).toBe('the OpenAPI document');
    expect(links.get(`${ORIGIN}/q/swagger-ui`)).toBe('Swagger UI');
  });

  it('says that BMLT answers leave out groups that do not meet every week, and how text is sent', async () => {
    const root = await renderPage();
    const text = root.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('groups that meet monthly or every other week are not in the BMLT answers');
    expect(text).toContain('Text comes as the host typed it');
  });

  it('keeps its headings in order and its examples wrapping on a narrow phone', async () => {
    const root = await renderPage();
    const levels = [...root.querySelectorAll('h1, h2, h3')].map((heading) => Number(heading.localName[1]));
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0)).toBeLessThanOrEqual(1));

    const pre = root.querySelector('pre')!;
    expect(getComputedStyle(pre).whiteSpace).toBe('pre-wrap');
    expect(getComputedStyle(pre).overflowWrap).toBe('anywhere');
  });
});
