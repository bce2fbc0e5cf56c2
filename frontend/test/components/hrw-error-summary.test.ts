import { afterEach, describe, expect, it } from 'vitest';
import { LitElement, html } from 'lit';
import '../../src/components/hrw-error-summary.js';
import { showLocale } from '../../src/i18n/locale.js';
import type { HrwErrorSummary } from '../../src/components/hrw-error-summary.js';

/** A form-like host: the summary and its fields share one shadow root, as in the hub's forms. */
class SummaryHost extends LitElement {
  static override properties = { items: { attribute: false } };
  declare items: { field: string | null; message: string }[];
  constructor() {
    super();
    this.items = [];
  }
  protected override render() {
    return html`<hrw-error-summary .items=${this.items}></hrw-error-summary>
      <label for="name">Name</label><input id="name" />
      <fieldset id="days"><legend>Day</legend><input type="checkbox" name="days" value="monday" /><input type="checkbox" name="days" value="friday" checked /></fieldset>`;
  }
}
customElements.define('summary-host', SummaryHost);

afterEach(() => document.body.replaceChildren());

async function mount(items: SummaryHost['items']) {
  const host = document.createElement('summary-host') as SummaryHost;
  host.items = items;
  document.body.append(host);
  await host.updateComplete;
  const summary = host.shadowRoot!.querySelector<HrwErrorSummary>('hrw-error-summary')!;
  await summary.updateComplete;
  return { host, summary, root: summary.shadowRoot! };
}

describe('the error summary', () => {
  it('shows nothing while there is nothing to say', async () => {
    const { root } = await mount([]);
    expect(root.querySelector('.summary')).toBeNull();
  });

  it('is titled with how many problems there are, takes focus, and lists each problem as a link to its field', async () => {
    const { host, summary, root } = await mount([
      { field: 'name', message: 'Enter your name' },
      { field: 'days', message: 'Choose a day' },
      { field: null, message: 'We could not reach the server just now.' },
    ]);
    const box = root.querySelector<HTMLElement>('.summary')!;
    expect(box.getAttribute('role')).toBe('group');
    expect(root.getElementById(box.getAttribute('aria-labelledby')!)?.textContent).toBe('There are 3 problems');
    summary.focus();
    expect(root.activeElement).toBe(box);

    const links = [...root.querySelectorAll('a')];
    expect(links.map((link) => [link.getAttribute('href'), link.textContent])).toEqual([
      ['#name', 'Enter your name'],
      ['#days', 'Choose a day'],
    ]);
    expect(root.querySelectorAll('li')[2]?.textContent).toBe('We could not reach the server just now.');

    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    links[0]!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(host.shadowRoot!.activeElement?.id).toBe('name');
    // A set of choices: its chosen box, where a keyboard would land.
    links[1]!.click();
    expect((host.shadowRoot!.activeElement as HTMLInputElement).value).toBe('friday');
  });

  it('says “There is a problem” for one', async () => {
    const { root } = await mount([{ field: 'name', message: 'Enter your name' }]);
    expect(root.querySelector('h2')?.textContent).toBe('There is a problem');
  });

  it('counts the problems in Spanish too, one and many', async () => {
    await showLocale('es', { remember: false });
    try {
      const one = await mount([{ field: 'name', message: 'Escribe tu nombre' }]);
      expect(one.root.querySelector('h2')?.textContent).toBe('Hay un problema');
      document.body.replaceChildren();
      const two = await mount([
        { field: 'name', message: 'Escribe tu nombre' },
        { field: 'days', message: 'Elige un día' },
      ]);
      expect(two.root.querySelector('h2')?.textContent).toBe('Hay 2 problemas');
      expect(document.documentElement.lang).toBe('es');
    } finally {
      await showLocale('en', { remember: false });
    }
  });
});
