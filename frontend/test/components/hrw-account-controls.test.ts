import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/hrw-account-controls.js';
import { showLocale } from '../../src/i18n/locale.js';

afterEach(() => {
  document.body.replaceChildren();
});

async function renderControls(props: Partial<{ status: 'signed-out' | 'busy' | 'signed-in'; displayName: string; steward: boolean }>) {
  const controls = document.createElement('hrw-account-controls');
  Object.assign(controls, props);
  document.body.append(controls);
  await controls.updateComplete;
  return controls;
}

function buttonLabels(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('button')].map((button) => button.textContent?.trim() ?? '');
}

describe('hrw-account-controls', () => {
  it('offers Sign in when signed out and asks for it with an event', async () => {
    const controls = await renderControls({ status: 'signed-out' });
    const asked: string[] = [];
    document.addEventListener('hrw-sign-in', (event) => asked.push(event.type), { once: true });

    expect(buttonLabels(controls.shadowRoot!)).toEqual(['Sign in']);
    controls.shadowRoot!.querySelector('button')!.click();

    expect(asked).toEqual(['hrw-sign-in']);
  });

  it('shows who is signed in and offers Sign out', async () => {
    const controls = await renderControls({ status: 'signed-in', displayName: 'Alex' });
    const asked: string[] = [];
    document.addEventListener('hrw-sign-out', (event) => asked.push(event.type), { once: true });

    expect(controls.shadowRoot!.textContent).toContain('Signed in as Alex');
    expect(buttonLabels(controls.shadowRoot!)).toEqual(['Sign out']);
    controls.shadowRoot!.querySelector('button')!.click();

    expect(asked).toEqual(['hrw-sign-out']);
  });

  it('does not ask twice while a sign-in is under way', async () => {
    const controls = await renderControls({ status: 'busy' });
    let asked = 0;
    document.addEventListener('hrw-sign-in', () => asked++);

    controls.shadowRoot!.querySelector('button')!.click();

    expect(asked).toBe(0);
    expect(controls.shadowRoot!.querySelector('button')!.getAttribute('aria-disabled')).toBe('true');
  });

  it('gives stewards one Stewards link to their dashboard, named with what is waiting', async () => {
    const controls = await renderControls({ status: 'signed-in', displayName: 'Sam', steward: true });
    controls.reviewWaiting = 4;
    await controls.updateComplete;
    const links = [...controls.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];

    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/steward']);
    expect(links[0]!.getAttribute('aria-label')).toBe('Stewards, 4 waiting');
    expect(links[0]!.textContent?.replace(/\s+/g, '')).toBe('Stewards4');
    expect(links[0]!.querySelector('.count')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('says kindly when nothing is waiting, and shows no number before the count is known', async () => {
    const controls = await renderControls({ status: 'signed-in', displayName: 'Sam', steward: true });
    const link = () => controls.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="/steward"]')!;
    expect(link().hasAttribute('aria-label')).toBe(false);
    expect(link().textContent?.trim()).toBe('Stewards');

    controls.reviewWaiting = 0;
    await controls.updateComplete;
    expect(link().getAttribute('aria-label')).toBe('Stewards, nothing waiting');
    expect(link().querySelector('.count')).toBeNull();
  });

  it('shows no review link to anyone else', async () => {
    const signedIn = await renderControls({ status: 'signed-in', displayName: 'Alex', steward: false });
    const signedOut = await renderControls({ status: 'signed-out' });

    expect(signedIn.shadowRoot!.querySelector('a')).toBeNull();
    expect(signedOut.shadowRoot!.querySelector('a')).toBeNull();
  });

  it('speaks Spanish once the language is switched, without being rendered again by its page', async () => {
    const controls = await renderControls({ status: 'signed-in', displayName: 'Sam', steward: true });
    controls.reviewWaiting = 4;
    await controls.updateComplete;
    try {
      await showLocale('es', { remember: false });
      await controls.updateComplete;
      expect(controls.shadowRoot!.textContent?.replace(/\s+/g, ' ')).toContain('Sesión iniciada como Sam');
      expect(controls.shadowRoot!.querySelector('a[href="/steward"]')!.getAttribute('aria-label')).toBe('Custodios, 4 en espera');
      expect(buttonLabels(controls.shadowRoot!)).toEqual(['Cerrar sesión']);
    } finally {
      await showLocale('en', { remember: false });
    }
  });
});
