import { LitElement, html } from 'lit';
import '../../components/hrw-not-yet-available.js';
import { pageStyles } from '../../styles/shared.js';

/** "/learnings": what groups learn and share (not built yet). */
export class HrwLearnings extends LitElement {
  static override styles = [pageStyles];

  protected override render() {
    return html`
      <h1>Learnings</h1>
      <hrw-not-yet-available>
        <p class="lead">
          This section will be where groups share what they have learned, what is working for them, and where they
          could use other groups' help and suggestions.
        </p>
      </hrw-not-yet-available>
    `;
  }
}

customElements.define('hrw-learnings', HrwLearnings);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-learnings': HrwLearnings;
  }
}
