import { LitElement, css, html } from 'lit';
import { interactiveStyles, pageStyles } from '../styles/shared.js';

/**
 * The plain notice for a section that is not built yet. The page supplies its heading and, in the slot,
 * what the section will be for.
 */
export class HrwNotYetAvailable extends LitElement {
  static override styles = [
    pageStyles,
    interactiveStyles,
    css`
      :host {
        max-width: none;
      }
    `,
  ];

  protected override render() {
    return html`
      <slot></slot>
      <div class="callout">
        <p><strong>This section is not available yet.</strong> It will appear here once it is ready.</p>
      </div>
      <p><a href="/">Back to Start here</a></p>
    `;
  }
}

customElements.define('hrw-not-yet-available', HrwNotYetAvailable);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-not-yet-available': HrwNotYetAvailable;
  }
}
