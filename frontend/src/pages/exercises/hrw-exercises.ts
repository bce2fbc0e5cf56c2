import { LitElement, html } from 'lit';
import '../../components/hrw-not-yet-available.js';
import { pageStyles } from '../../styles/shared.js';

/** "/exercises": exercises shared between groups (not built yet). */
export class HrwExercises extends LitElement {
  static override styles = [pageStyles];

  protected override render() {
    return html`
      <h1>Exercises</h1>
      <hrw-not-yet-available>
        <p class="lead">
          This section will gather exercises that groups have used and shared, such as readings, podcasts and
          creative pieces, to help hosts choose one for their next meeting.
        </p>
      </hrw-not-yet-available>
    `;
  }
}

customElements.define('hrw-exercises', HrwExercises);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-exercises': HrwExercises;
  }
}
