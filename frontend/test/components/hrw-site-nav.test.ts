import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/hrw-site-nav.js';
import { primaryLinks } from '../../src/navigation.js';

afterEach(() => {
  document.body.replaceChildren();
});

async function renderNav(currentPath: string) {
  const nav = document.createElement('hrw-site-nav');
  nav.links = primaryLinks;
  nav.currentPath = currentPath;
  nav.label = 'Main';
  document.body.append(nav);
  await nav.updateComplete;
  return nav.shadowRoot!;
}

describe('hrw-site-nav', () => {
  it('renders a labelled navigation landmark of real links in order', async () => {
    const root = await renderNav('/');

    expect(root.querySelector('nav')?.getAttribute('aria-label')).toBe('Main');
    const links = [...root.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Script', '/script'],
      ['Groups', '/groups'],
      ['Exercises', '/exercises'],
      ['Learnings', '/learnings'],
      ['Start a group', '/start-a-group'],
    ]);
  });

  it('marks only the current page, ignoring a trailing slash', async () => {
    const root = await renderNav('/groups/');

    const current = [...root.querySelectorAll('a[aria-current="page"]')].map((a) => a.textContent?.trim());
    expect(current).toEqual(['Groups']);
  });

  it('marks the Script link as the current section on the pages inside it', async () => {
    const root = await renderNav('/script/host');

    const script = root.querySelector('a[href="/script"]');
    expect(script?.getAttribute('aria-current')).toBe('true');
    expect(root.querySelectorAll('a[aria-current="page"]')).toHaveLength(0);
  });
});
