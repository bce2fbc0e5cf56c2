import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { exercisePath, type ExerciseSummary } from '../api/exercises.js';
import {
  contentNotesInWords,
  kindLabel,
  languageNote,
  minutesInWords,
  statusLabel,
  suitsLabel,
  themesInWords,
  usageInWords,
} from '../exercises/labels.js';
import { textLanguage } from '../exercises/paths.js';
import { badgeStyles, interactiveStyles } from '../styles/shared.js';

/**
 * One exercise in a list: its title, content notes first of all, then kind, length, its language when that is news
 * to the reader, themes and who made it. The piece's own words (title, summary) carry the piece's language.
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
    updateWhenLocaleChanges(this);
    this.exercise = null;
    this.headingLevel = 3;
    this.detailed = false;
  }

  protected override render() {
    const exercise = this.exercise;
    if (!exercise) {
      return nothing;
    }
    const lang = textLanguage(exercise.language) ?? nothing;
    const link = html`<a href=${exercisePath(exercise.slug)} lang=${lang}>${exercise.title}</a>`;
    const language = languageNote(exercise.language);
    return html`
      <article>
        ${this.headingLevel === 2 ? html`<h2 class="title">${link}</h2>` : html`<h3 class="title">${link}</h3>`}
        ${exercise.contentNotes.length > 0
          ? html`<p class="notes"><strong>${msg('Content notes:')}</strong> ${contentNotesInWords(exercise.contentNotes)}</p>`
          : nothing}
        <ul class="badges" aria-label=${msg('About this exercise')}>
          ${language ? html`<li class="language">${language}</li>` : nothing}
          <li>${kindLabel(exercise.kind)}</li>
          <li>${minutesInWords(exercise.suggestedMinutes)}</li>
          <li>${suitsLabel(exercise.suits)}</li>
          ${exercise.status !== 'published' ? html`<li class="quiet">${statusLabel(exercise.status)}</li>` : nothing}
        </ul>
        ${exercise.themes.length > 0
          ? html`<p class="themes">${msg(str`Themes: ${themesInWords(exercise.themes)}`)}</p>`
          : nothing}
        ${this.detailed ? html`<p class="summary" lang=${lang}>${exercise.summary}</p>` : nothing} ${this.#renderSource(exercise)}
        ${exercise.status === 'published' ? html`<p class="used">${usageInWords(exercise.timesUsed)}</p>` : nothing}
      </article>
    `;
  }

  #renderSource(exercise: ExerciseSummary) {
    const source = exercise.source;
    if (!this.detailed) {
      return html`<p class="source">${msg(str`By ${source.creator}`)}</p>`;
    }
    const details = [source.publisher, source.year === null ? null : String(source.year)].filter(Boolean).join(', ');
    const title = source.url
      ? html`<a href=${source.url} rel="noopener noreferrer"><cite>${source.title}</cite></a>`
      : html`<cite>${source.title}</cite>`;
    const creator = details ? `${source.creator} (${details})` : source.creator;
    return html`<p class="source">
      ${msg(html`From ${title} by ${creator}.`)}
      ${source.freeToAccess ? msg('Free to access.') : msg('Not free to access.')}
    </p>`;
  }
}

customElements.define('hrw-exercise-card', HrwExerciseCard);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-exercise-card': HrwExerciseCard;
  }
}
