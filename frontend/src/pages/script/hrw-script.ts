import { LitElement, html } from 'lit';
import '../../components/hrw-not-yet-available.js';
import { pageStyles } from '../../styles/shared.js';

/** "/script": the shared meeting script (not built yet). */
export class HrwScript extends LitElement {
  static override styles = [pageStyles];

  protected override render() {
    return html`
      <h1>The script</h1>
      <hrw-not-yet-available>
        <p class="lead">
          This section will hold the script that every Harm Reduction Works-HRW meeting follows, with the welcome
          for open meetings, the welcome for focused meetings, and the shared part that comes after.
        </p>
      </hrw-not-yet-available>
    `;
  }
}

customElements.define('hrw-script', HrwScript);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-script': HrwScript;
  }
}
