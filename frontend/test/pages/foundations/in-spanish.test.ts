import { afterEach, describe, expect, it } from 'vitest';
import { showLocale } from '../../../src/i18n/locale.js';
import '../../../src/pages/foundations/hrw-hosting.js';
import '../../../src/pages/foundations/hrw-start-a-group.js';
import '../../../src/pages/system/hrw-not-found.js';

afterEach(async () => {
  document.body.replaceChildren();
  await showLocale('en', { remember: false });
});

async function render(tag: 'hrw-hosting' | 'hrw-start-a-group' | 'hrw-not-found') {
  const page = document.createElement(tag);
  document.body.append(page);
  await page.updateComplete;
  return page;
}

function text(node: ParentNode | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('the foundation pages in Spanish', () => {
  it('follow a switch of language while open, headings and links in place', async () => {
    const page = await render('hrw-hosting');
    const root = page.shadowRoot!;
    expect(text(root.querySelector('h1'))).toBe('Hosting a meeting');
    const englishHeadings = [...root.querySelectorAll('h2')].map((h) => h.id);

    await showLocale('es', { remember: false });
    await page.updateComplete;

    expect(document.documentElement.lang).toBe('es');
    expect(text(root.querySelector('h1'))).toBe('Cómo llevar una reunión');
    expect(text(root.querySelector('#facilitation'))).toBe('Facilitar sin controlar');
    expect([...root.querySelectorAll('h2')].map((h) => h.id)).toEqual(englishHeadings);
    expect([...root.querySelectorAll('#together ~ ul a')].map((a) => [a.getAttribute('href'), text(a)])).toEqual([
      ['/start-a-group', 'Empezar un grupo'],
      ['/exercises', 'Ejercicios'],
      ['/', 'Volver al inicio'],
    ]);
  });

  it('keep the link inside a translated sentence, and the name exactly as it is', async () => {
    await showLocale('es', { remember: false });
    const root = (await render('hrw-start-a-group')).shadowRoot!;

    const item = root.querySelector('#next ~ ul a[href="/groups/join"]')!.closest('li');
    expect(text(item)).toBe(
      '¿Vas a ayudar a llevar un grupo que ya está en el directorio? Pídele a una de sus personas anfitrionas un código de coanfitrión y luego usa tu código de coanfitrión.',
    );
    expect(text(root.querySelector('#name ~ .callout strong'))).toBe('Harm Reduction Works-HRW');
  });

  it('say a page was not found in Spanish, with the way back', async () => {
    await showLocale('es', { remember: false });
    const root = (await render('hrw-not-found')).shadowRoot!;

    expect(text(root.querySelector('h1'))).toBe('No encontramos esa página');
    expect(text(root.querySelector('a[href="/"]'))).toBe('Ve a la página de inicio');
  });
});
