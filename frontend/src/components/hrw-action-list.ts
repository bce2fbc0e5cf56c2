import { LitElement, css, html } from 'lit';
import { interactiveStyles } from '../styles/shared.js';

export interface ActionItem {
  href: string;
  label: string;
  description: string;
}

/** Calls to action as a list of link cards; the whole card is one real link. */
export class HrwActionList extends LitElement {
  static override properties = {
    items: { attribute: false },
  };

  static override styles = [
    interactiveStyles,
    css`
      :host {
        display: block;
      }

      ul {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
        gap: var(--hrw-space-m);
        margin: 0;
        padding: 0;
        list-style: none;
      }

      a {
        display: flex;
        flex-direction: column;
        gap: 0.35rem;
        height: 100%;
        padding: var(--hrw-space-m);
        color: var(--hrw-color-text);
        text-decoration: none;
        background: var(--hrw-color-surface);
        border: 1px solid var(--hrw-color-border);
        border-top: 4px solid var(--hrw-color-accent);
        border-radius: var(--hrw-radius);
      }

      a:hover {
        color: var(--hrw-color-text);
        border-color: var(--hrw-color-accent);
        background: var(--hrw-color-accent-soft);
      }

      .label {
        font-size: var(--hrw-text-l);
        font-weight: 700;
        color: var(--hrw-color-accent);
        text-decoration: underline;
        text-decoration-thickness: 1px;
        text-underline-offset: 0.2em;
      }

      .description {
        font-size: var(--hrw-text-s);
        color: var(--hrw-color-muted);
      }
    `,
  ];

  declare items: readonly ActionItem[];

  constructor() {
    super();
    this.items = [];
  }

  protected override render() {
    return html`
      <ul>
        ${this.items.map(
          (item) => html`
            <li>
              <a href=${item.href}>
                <span class="label">${item.label}</span>
                <span class="description">${item.description}</span>
              </a>
            </li>
          `,
        )}
      </ul>
    `;
  }
}

customElements.define('hrw-action-list', HrwActionList);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-action-list': HrwActionList;
  }
}
