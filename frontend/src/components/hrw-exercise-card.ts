import { LitElement, css, html, nothing } from 'lit';
import { exercisePath, type ExerciseSummary } from '../api/exercises.js';
import {
  KIND_LABELS,
  STATUS_LABELS,
  SUITS_LABELS,
  THEME_LABELS,
  contentNotesInWords,
  minutesInWords,
  usageInWords,
} from '../exercises/labels.js';
import { listInWords } from '../groups/labels.js';
import { badgeStyles, interactiveStyles } from '../styles/shared.js';

/**
 * One exercise in a list: its title, content notes first of all, then kind, length, themes and who made it.
 * `detailed` adds the summary and the full source, for stewards deciding on a suggestion. Props in, nothing out.
 */
export class HrwExerciseCard extends LitElement {
  static override properties = {
    exercise: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    detailed: { type: Boolean },
  };

  static override styles = [
    interactiveStyles,
    badgeStyles,
    css`
      :host {
        display: block;
      }

      article {
        padding: var(--hrw-space-m) 0;
      }

      .title {
        margin: 0 0 0.4rem;
        font-size: var(--hrw-text-l);
        line-height: 1.3;
      }

      p {
        margin: 0 0 0.4rem;
      }

      .notes {
        padding: 0.3rem 0.6rem;
        border-left: 4px solid var(--hrw-color-notice-border);
        background: var(--hrw-color-notice-bg);
        border-radius: 0 var(--hrw-radius) var(--hrw-radius) 0;
      }

      .summary {
        white-space: pre-line;
      }

      .themes,
      .source,
      .used {
        color: var(--hrw-color-muted);
        font-size: var(--hrw-text-s);
        overflow-wrap: anywhere;
      }
    `,
  ];

  declare exercise: ExerciseSummary | null;
  declare headingLevel: number;
  declare detailed: boolean;

  constructor() {
    super();
    this.exercise = null;
    this.headingLevel = 3;
    this.detailed = false;
  }

  protected override render() {
    const exercise = this.exercise;
    if (!exercise) {
      return nothing;
    }
    const link = html`<a href=${exercisePath(exercise.slug)}>${exercise.title}</a>`;
    return html`
      <article>
        ${this.headingLevel === 2 ? html`<h2 class="title">${link}</h2>` : html`<h3 class="title">${link}</h3>`}
        ${exercise.contentNotes.length > 0
          ? html`<p class="notes"><strong>Content notes:</strong> ${contentNotesInWords(exercise.contentNotes)}</p>`
          : nothing}
        <ul class="badges" aria-label="About this exercise">
          <li>${KIND_LABELS[exercise.kind]}</li>
          <li>${minutesInWords(exercise.suggestedMinutes)}</li>
          <li>${SUITS_LABELS[exercise.suits]}</li>
          ${exercise.status !== 'published' ? html`<li class="quiet">${STATUS_LABELS[exercise.status]}</li>` : nothing}
        </ul>
        ${exercise.themes.length > 0
          ? html`<p class="themes">Themes: ${listInWords(exercise.themes.map((theme) => THEME_LABELS[theme]))}</p>`
          : nothing}
        ${this.detailed ? html`<p class="summary">${exercise.summary}</p>` : nothing} ${this.#renderSource(exercise)}
        ${exercise.status === 'published' ? html`<p class="used">${usageInWords(exercise.timesUsed)}</p>` : nothing}
      </article>
    `;
  }

  #renderSource(exercise: ExerciseSummary) {
    const source = exercise.source;
    if (!this.detailed) {
      return html`<p class="source">By ${source.creator}</p>`;
    }
    const details = [source.publisher, source.year === null ? null : String(source.year)].filter(Boolean).join(', ');
    return html`<p class="source">
      From
      ${source.url
        ? html`<a href=${source.url} rel="noopener noreferrer"><cite>${source.title}</cite></a>`
        : html`<cite>${source.title}</cite>`}
      by ${source.creator}${details ? ` (${details})` : ''}. ${source.freeToAccess ? 'Free to access.' : 'Not free to access.'}
    </p>`;
  }
}

customElements.define('hrw-exercise-card', HrwExerciseCard);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-exercise-card': HrwExerciseCard;
  }
}
