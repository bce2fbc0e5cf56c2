import { LitElement, css, html } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { NavLink } from '../navigation.js';
import { normalisePath } from '../router.js';
import { interactiveStyles } from '../styles/shared.js';

/** "page" for the page itself, "true" inside its section (host mode is part of Script), "false" elsewhere. */
function currentness(current: string, href: string): 'page' | 'true' | 'false' {
  if (current === href) {
    return 'page';
  }
  return href !== '/' && current.startsWith(`${href}/`) ? 'true' : 'false';
}

/**
 * A labelled list of links; the one for the current page is marked with aria-current. The list is a row that
 * wraps; a container can stack it through `::part(list)` (the header's menu on a phone does).
 */
export class HrwSiteNav extends LitElement {
  static override properties = {
    links: { attribute: false },
    currentPath: { attribute: 'current-path' },
    label: {},
  };

  static override styles = [
    interactiveStyles,
    css`
      :host {
        display: block;
      }

      ul {
        display: flex;
        flex-wrap: wrap;
        gap: var(--hrw-space-xs) var(--hrw-space-m);
        margin: 0;
        padding: 0;
        list-style: none;
      }

      a {
        display: inline-flex;
        align-items: center;
        min-height: 2.75rem;
        padding: 0.35rem 0.1rem;
        font-weight: 600;
        text-decoration: none;
        border-bottom: 3px solid transparent;
      }

      a:hover {
        border-bottom-color: var(--hrw-color-border);
      }

      a[aria-current='page'],
      a[aria-current='true'] {
        color: var(--hrw-color-text);
        border-bottom-color: var(--hrw-color-accent);
      }
    `,
  ];

  declare links: readonly NavLink[];
  declare currentPath: string;
  declare label: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.links = [];
    this.currentPath = '/';
    this.label = 'Main';
  }

  protected override render() {
    const current = normalisePath(this.currentPath);
    return html`
      <nav aria-label=${this.label}>
        <ul part="list">
          ${this.links.map(
            (link) => html`
              <li>
                <a href=${link.href} aria-current=${currentness(current, link.href)}>${link.label()}</a>
              </li>
            `,
          )}
        </ul>
      </nav>
    `;
  }
}

customElements.define('hrw-site-nav', HrwSiteNav);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-site-nav': HrwSiteNav;
  }
}
