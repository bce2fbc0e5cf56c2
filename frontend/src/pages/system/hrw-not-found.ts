import { LitElement, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { interactiveStyles, pageStyles } from '../../styles/shared.js';

/** Any path the app does not know. */
export class HrwNotFound extends LitElement {
  static override styles = [pageStyles, interactiveStyles];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override render() {
    return html`
      <h1>${msg('We could not find that page')}</h1>
      <p class="lead">${msg('The address may have a small typo in it, or the page may have moved. It happens.')}</p>
      <p>${msg(html`<a href="/">Go to Start here</a> to find your way from the beginning.`)}</p>
    `;
  }
}

customElements.define('hrw-not-found', HrwNotFound);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-not-found': HrwNotFound;
  }
}
