import { LitElement, html } from 'lit';
import '../../components/hrw-not-yet-available.js';
import { pageStyles } from '../../styles/shared.js';

/** "/groups": finding a meeting (not built yet). */
export class HrwGroups extends LitElement {
  static override styles = [pageStyles];

  protected override render() {
    return html`
      <h1>Find a group</h1>
      <hrw-not-yet-available>
        <p class="lead">
          This section will help you find a Harm Reduction Works-HRW meeting to join, and see when and where each
          group meets.
        </p>
      </hrw-not-yet-available>
    `;
  }
}

customElements.define('hrw-groups', HrwGroups);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-groups': HrwGroups;
  }
}
