import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  declineExercise,
  exercisePath,
  fetchSuggestions,
  libraryPath,
  publishExercise,
  type Exercise,
  type ExerciseSummary,
} from '../../api/exercises.js';
import { plainMessage } from '../../api/messages.js';
import '../../components/hrw-exercise-card.js';
import '../../components/hrw-exercise-decision.js';
import type { DeclineEvent } from '../../components/hrw-exercise-decision.js';
import { editExercisePath } from '../../exercises/paths.js';
import { PagedListController } from '../../lib/paged-list-controller.js';
import { StewardAccess } from '../../lib/steward-access.js';
import { formStyles, interactiveStyles, pageStyles } from '../../styles/shared.js';

/**
 * "/exercises/review": stewards publish suggested exercises to the library, or decline them with a reason the
 * suggesting group's hosts will read. Oldest first.
 */
export class HrwExerciseReview extends LitElement {
  static override properties = {
    busy: { state: true },
    notice: { state: true },
  };

  static override styles = [
    pageStyles,
    interactiveStyles,
    formStyles,
    css`
      .queue {
        padding: 0;
        list-style: none;
      }

      .queue > li {
        border-top: 1px solid var(--hrw-color-border);
        padding-bottom: var(--hrw-space-m);
      }

      .queue > li + li {
        margin-top: 0;
      }
    `,
  ];

  readonly #access = new StewardAccess(this, () => void this.#suggestions.loadFirst());
  /** The slug of the suggestion being decided on. */
  declare busy: string | null;
  declare notice: string | null;

  readonly #suggestions = new PagedListController<ExerciseSummary>(this, {
    fetchPage: (page, signal) => fetchSuggestions(page, signal),
    key: (exercise) => exercise.slug,
    // Decided suggestions leave the server's queue too, so the next page starts at or before the first not shown.
    paging: 'queue',
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.busy = null;
    this.notice = null;
  }

  protected override render() {
    return html`<h1>${msg('Suggested exercises')}</h1>
      ${this.#renderBody()}`;
  }

  #renderBody() {
    const forOthers = this.#access.renderForOthers({
      about: html`<p class="lead">${msg('Stewards look over each exercise a group suggests here, before it joins the library.')}</p>`,
      nothingHere: msg('there is nothing to review here'),
      elsewhere: msg(html`Everyone can <a href=${libraryPath()}>browse the exercise library</a>.`),
    });
    if (forOthers) {
      return forOthers;
    }
    const { items, loading, error } = this.#suggestions;
    return html`
      <p class="lead">
        ${msg('Oldest first. Publishing adds an exercise to the library and its feed; declining sends your reason to the hosts of the group that suggested it.')}
      </p>
      <div role="status" class="status" tabindex="-1">
        ${this.notice ? html`<div class="alert success"><p>${this.notice}</p></div>` : nothing}
      </div>
      ${error
        ? html`<div class="alert" role="alert">
            <p>${error}</p>
            <p>
              <button type="button" class="secondary" @click=${() => void this.#suggestions.loadMore()}>${msg('Try again')}</button>
            </p>
          </div>`
        : nothing}
      ${loading && items.length === 0 ? html`<p role="status">${msg('Loading the suggestions…')}</p>` : nothing}
      ${!loading && !error && items.length === 0 ? html`<p>${msg('Nothing is waiting. Thank you for keeping up.')}</p>` : nothing}
      ${items.length > 0
        ? html`<ol class="queue">
            ${items.map((exercise) => this.#renderSuggestion(exercise))}
          </ol>`
        : nothing}
      ${this.#suggestions.hasMore
        ? html`<button type="button" class="secondary" @click=${() => void this.#suggestions.loadMore()}>
            ${msg('Show more suggestions')}
          </button>`
        : nothing}
    `;
  }

  #renderSuggestion(exercise: ExerciseSummary) {
    const which = html`<span class="visually-hidden"> “${exercise.title}”</span>`;
    return html`<li>
      <hrw-exercise-card .exercise=${exercise} heading-level="2" detailed></hrw-exercise-card>
      <p class="row">
        <a href=${exercisePath(exercise.slug)}>${msg('See the prompts and how to run it')}${which}</a>
        <a href=${editExercisePath(exercise.slug)}>${msg('Edit')}${which}</a>
      </p>
      <hrw-exercise-decision
        exercise-title=${exercise.title}
        ?busy=${this.busy === exercise.slug}
        @hrw-publish=${() =>
          void this.#decide(
            exercise,
            () => publishExercise(exercise.slug),
            msg(str`“${exercise.title}” is published and in the library now.`),
          )}
        @hrw-decline=${(event: DeclineEvent) =>
          void this.#decide(
            exercise,
            () => declineExercise(exercise.slug, event.reason),
            msg(str`“${exercise.title}” is declined; the group’s hosts will see why.`),
          )}
      ></hrw-exercise-decision>
    </li>`;
  }

  async #decide(exercise: ExerciseSummary, action: () => Promise<Exercise>, done: string): Promise<void> {
    this.busy = exercise.slug;
    this.#suggestions.showError(null);
    this.notice = null;
    try {
      await action();
      this.#suggestions.remove(exercise.slug);
      this.notice = done;
    } catch (error) {
      this.#suggestions.showError(`“${exercise.title}”: ${plainMessage(error)}`);
    } finally {
      this.busy = null;
    }
    await this.updateComplete;
    // The buttons just pressed are gone; the message saying what happened is the next place to be.
    this.renderRoot.querySelector<HTMLElement>(this.#suggestions.error ? '.alert[role="alert"]' : '.status')?.focus();
  }
}

customElements.define('hrw-exercise-review', HrwExerciseReview);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-exercise-review': HrwExerciseReview;
  }
}
