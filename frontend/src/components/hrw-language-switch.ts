import { LitElement, css, html } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { currentLocale, showLocale, type Locale } from '../i18n/locale.js';
import { interactiveStyles } from '../styles/shared.js';

/** Each language named in itself, so a reader finds their own whichever language the page is in now. */
const OWN_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

/**
 * Switches the whole app between English and Spanish, and remembers the choice. With two languages it offers the
 * other one, written in that language and marked with its lang so screen readers pronounce it rightly.
 */
export class HrwLanguageSwitch extends LitElement {
  static override styles = [
    interactiveStyles,
    css`
      :host {
        display: inline-block;
      }

      button {
        min-height: var(--hrw-language-switch-height, 2.75rem);
        padding: var(--hrw-language-switch-padding, 0.2rem 0.6rem);
        font: inherit;
        font-weight: 600;
        color: var(--hrw-color-accent);
        background: none;
        border: 1px solid var(--hrw-color-border);
        border-radius: var(--hrw-radius, 6px);
        cursor: pointer;
      }

      /* Over the shared button:hover, whose dark fill would hide this accent text (and stays after a tap on a phone). */
      button:hover {
        border-color: var(--hrw-color-accent);
        background: var(--hrw-color-accent-soft);
        color: var(--hrw-color-accent-strong);
      }
    `,
  ];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override render() {
    const other: Locale = currentLocale() === 'en' ? 'es' : 'en';
    return html`<button type="button" lang=${other} @click=${() => this.#switchTo(other)}>${OWN_NAMES[other]}</button>`;
  }

  async #switchTo(locale: Locale): Promise<void> {
    try {
      await showLocale(locale, { remember: true });
    } catch {
      // Its texts could not be fetched (offline before they were ever loaded): the page stays as it is.
      return;
    }
    this.dispatchEvent(new CustomEvent('hrw-locale-chosen', { bubbles: true, composed: true, detail: { locale } }));
  }
}

customElements.define('hrw-language-switch', HrwLanguageSwitch);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-language-switch': HrwLanguageSwitch;
  }
}
