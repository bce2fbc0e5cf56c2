import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { ApiError } from '../../api/client.js';
import {
  declineExercise,
  fetchExercise,
  fetchUsage,
  libraryPath,
  publishExercise,
  type Exercise,
  type ExerciseUsage,
} from '../../api/exercises.js';
import { groupPath } from '../../api/groups.js';
import { plainMessage } from '../../api/messages.js';
import '../../components/hrw-exercise-decision.js';
import type { DeclineEvent } from '../../components/hrw-exercise-decision.js';
import {
  aboutMinutes,
  contentNotesInWords,
  kindLabel,
  languageInWords,
  languageNote,
  minutesInWords,
  ratingInWords,
  statusLabel,
  suitsLabel,
  themesInWords,
  usageInWords,
} from '../../exercises/labels.js';
import { editExercisePath, slugFromPath, textLanguage } from '../../exercises/paths.js';
import { formatDate } from '../../i18n/format.js';
import { AccountController } from '../../lib/account-controller.js';
import { badgeStyles, formStyles, interactiveStyles, pageStyles } from '../../styles/shared.js';

/**
 * "/exercises/{slug}": one exercise, with its content notes before anything else, how to run it, where it comes
 * from and how groups found it. Stewards can edit it, and publish or decline a suggestion.
 */
export class HrwExercisePage extends LitElement {
  static override properties = {
    exercise: { state: true },
    usage: { state: true },
    loading: { state: true },
    error: { state: true },
    missing: { state: true },
    usageError: { state: true },
    busy: { state: true },
    stewardError: { state: true },
    notice: { state: true },
  };

  static override styles = [
    pageStyles,
    interactiveStyles,
    formStyles,
    badgeStyles,
    css`
      .badges {
        margin-bottom: var(--hrw-space-m);
      }

      .notes {
        font-size: var(--hrw-text-l);
      }

      .summary,
      .how {
        white-space: pre-line;
      }

      .muted {
        color: var(--hrw-color-muted);
        font-size: var(--hrw-text-s);
      }

      dl {
        margin: 0 0 var(--hrw-space-m);
      }

      dt {
        font-weight: 700;
      }

      dd {
        margin: 0 0 var(--hrw-space-s);
      }

      .prompts li {
        padding-left: 0.2rem;
      }

      .shared {
        padding: 0;
        list-style: none;
      }

      .shared li + li {
        margin-top: var(--hrw-space-m);
      }

      figure {
        margin: 0;
        padding-left: var(--hrw-space-m);
        border-left: 4px solid var(--hrw-color-border);
      }

      blockquote {
        margin: 0 0 0.3rem;
        white-space: pre-line;
      }

      figcaption {
        font-size: var(--hrw-text-s);
        color: var(--hrw-color-muted);
      }

      .source {
        overflow-wrap: anywhere;
      }

      .stewards {
        margin-top: var(--hrw-space-xl);
        padding: var(--hrw-space-s) var(--hrw-space-m) var(--hrw-space-m);
        border: 1px solid var(--hrw-color-border);
        border-radius: var(--hrw-radius);
      }

      .stewards h2 {
        margin-top: var(--hrw-space-s);
      }
    `,
  ];

  declare exercise: Exercise | null;
  declare usage: ExerciseUsage | null;
  declare loading: boolean;
  declare error: string | null;
  declare missing: boolean;
  declare usageError: string | null;
  declare busy: boolean;
  declare stewardError: string | null;
  declare notice: string | null;

  readonly #slug = slugFromPath(window.location.pathname) ?? '';
  #request: AbortController | null = null;
  /** A suggestion is visible only with a token: once the sign-in is restored, ask again. */
  readonly #account = new AccountController(this, (before) => {
    const signedIn = this.#account.state.status === 'signed-in';
    if (before.status !== 'signed-in' && signedIn && (this.missing || this.exercise?.status !== 'published')) {
      void this.#load();
    }
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.exercise = null;
    this.usage = null;
    this.loading = true;
    this.error = null;
    this.missing = false;
    this.usageError = null;
    this.busy = false;
    this.stewardError = null;
    this.notice = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  override disconnectedCallback(): void {
    this.#request?.abort();
    super.disconnectedCallback();
  }

  protected override render() {
    if (this.exercise) {
      return this.#renderExercise(this.exercise);
    }
    if (this.missing) {
      return html`
        <h1>${msg('We could not find that exercise')}</h1>
        <p class="lead">
          ${msg('Its address may have changed, or it may be a suggestion that only the stewards and the suggesting group’s hosts can see.')}
        </p>
        <p><a href=${libraryPath()}>${msg('Look through the exercise library')}</a></p>
      `;
    }
    return html`
      <h1>${msg('An exercise')}</h1>
      ${this.loading ? html`<p role="status">${msg('Loading the exercise…')}</p>` : nothing}
      ${this.error
        ? html`<div class="alert" role="alert">
            <p>${msg(str`The exercise did not load. ${this.error}`)}</p>
            <p><button type="button" @click=${() => void this.#load()}>${msg('Try again')}</button></p>
          </div>`
        : nothing}
    `;
  }

  #renderExercise(exercise: Exercise) {
    const lang = textLanguage(exercise.language) ?? nothing;
    const language = languageNote(exercise.language);
    return html`
      <p class="muted"><a class="standalone" href=${libraryPath()}>${msg('All exercises')}</a></p>
      <h1 lang=${lang}>${exercise.title}</h1>
      <ul class="badges" aria-label=${msg('About this exercise')}>
        ${language ? html`<li class="language">${language}</li>` : nothing}
        <li>${kindLabel(exercise.kind)}</li>
        <li>${minutesInWords(exercise.suggestedMinutes)}</li>
        ${exercise.status !== 'published' ? html`<li class="quiet">${statusLabel(exercise.status)}</li>` : nothing}
      </ul>
      ${this.#renderStatus(exercise)}
      ${exercise.contentNotes.length > 0
        ? html`<div class="alert notes" role="note">
            <p><strong>${msg('Content notes:')}</strong> ${contentNotesInWords(exercise.contentNotes)}.</p>
            <p class="muted">${msg('Say so before you start, and remind everyone they can step out or pass at any time.')}</p>
          </div>`
        : nothing}
      <p class="summary" lang=${lang}>${exercise.summary}</p>
      <dl>
        <dt>${msg('Suggested time')}</dt>
        <dd>${aboutMinutes(exercise.suggestedMinutes)}</dd>
        <dt>${msg('Suits')}</dt>
        <dd>${suitsLabel(exercise.suits)}</dd>
        <dt>${exercise.themes.length === 1 ? msg('Theme') : msg('Themes')}</dt>
        <dd>${themesInWords(exercise.themes)}</dd>
        <dt>${msg('Language')}</dt>
        <dd>${languageInWords(exercise.language)}</dd>
      </dl>
      ${exercise.howToRun
        ? html`<h2>${msg('How to run it')}</h2>
            <p class="how" lang=${lang}>${exercise.howToRun}</p>`
        : nothing}
      <h2>${msg('Discussion prompts')}</h2>
      <ol class="prompts" lang=${lang}>
        ${exercise.prompts.map((prompt) => html`<li>${prompt}</li>`)}
      </ol>
      ${this.#renderSource(exercise)} ${exercise.status === 'published' ? this.#renderUsage() : nothing}
      ${this.#account.state.status === 'signed-in' && this.#account.state.steward ? this.#renderStewards(exercise) : nothing}
    `;
  }

  #renderStatus(exercise: Exercise) {
    const group = exercise.suggestedBy?.name ?? msg('the suggesting group');
    if (exercise.status === 'suggested') {
      return html`<div class="alert" role="status">
        <p><strong>${msg('This suggestion is waiting for a steward.')}</strong></p>
        <p>
          ${msg(str`A steward looks over each suggestion before it joins the library, usually within a few days. Until then only the stewards and the hosts of ${group} can see it.`)}
        </p>
      </div>`;
    }
    if (exercise.status === 'declined') {
      return html`<div class="alert">
        <p>
          <strong>${msg('A steward did not add this to the library.')}</strong>
          ${msg(str`Only the stewards and the hosts of ${group} can see it.`)}
        </p>
        ${exercise.declineReason ? html`<p>${msg(str`Why: ${exercise.declineReason}`)}</p>` : nothing}
      </div>`;
    }
    return nothing;
  }

  #renderSource(exercise: Exercise) {
    const source = exercise.source;
    const details = [source.publisher, source.year === null ? null : String(source.year)].filter(Boolean).join(', ');
    const host = source.url ? hostOf(source.url) : null;
    const title = source.url
      ? html`<a href=${source.url} rel="noopener noreferrer"><cite>${source.title}</cite></a>`
      : html`<cite>${source.title}</cite>`;
    const creator = details ? `${source.creator}, ${details}` : source.creator;
    return html`
      <h2>${msg('Where it comes from')}</h2>
      <p class="source">
        ${msg(html`${title} by ${creator}.`)}
        ${host ? html`<span class="muted">${msg(str`(on ${host})`)}</span>` : nothing}
      </p>
      <p>
        ${source.freeToAccess
          ? msg('Free to access.')
          : msg('Not free to access: it may need to be bought, or borrowed from a library.')}
      </p>
      ${exercise.suggestedBy
        ? html`<p>
            ${msg(html`Suggested by <a href=${groupPath(exercise.suggestedBy.slug)}>${exercise.suggestedBy.name}</a>.`)}
          </p>`
        : nothing}
    `;
  }

  #renderUsage() {
    const usage = this.usage;
    return html`
      <h2>${msg('How groups found it')}</h2>
      ${this.usageError
        ? html`<div class="alert" role="alert">
            <p>${msg(str`This part did not load. ${this.usageError}`)}</p>
            <p><button type="button" class="secondary" @click=${() => void this.#loadUsage()}>${msg('Try again')}</button></p>
          </div>`
        : nothing}
      ${usage === null && !this.usageError ? html`<p role="status">${msg('Loading…')}</p>` : nothing}
      ${usage
        ? html`
            <p>
              ${usage.timesUsed === 0
                ? msg('No group has logged a meeting with it yet.')
                : `${usageInWords(usage.timesUsed, usage.groups)}.`}
              ${usage.averageRating !== null
                ? msg(str`Hosts rated those meetings ${ratingInWords(usage.averageRating)} on average.`)
                : nothing}
            </p>
            ${usage.sharedNotes.length > 0
              ? html`<h3>${msg('Notes groups shared')}</h3>
                  <ul class="shared">
                    ${usage.sharedNotes.map(
                      (shared) => html`<li>
                        <figure>
                          <blockquote>${shared.note}</blockquote>
                          <figcaption>
                            ${msg(
                              html`<a href=${groupPath(shared.group.slug)}>${shared.group.name}</a>, ${sharedDate(shared.date)}, rated ${shared.rating} out of 5`,
                            )}
                          </figcaption>
                        </figure>
                      </li>`,
                    )}
                  </ul>`
              : nothing}
          `
        : nothing}
    `;
  }

  #renderStewards(exercise: Exercise) {
    return html`
      <section class="stewards" aria-labelledby="stewards-heading">
        <h2 id="stewards-heading">${msg('For stewards')}</h2>
        ${this.notice ? html`<div class="alert success" role="status"><p>${this.notice}</p></div>` : nothing}
        ${this.stewardError ? html`<div class="alert" role="alert"><p>${this.stewardError}</p></div>` : nothing}
        <p><a href=${editExercisePath(exercise.slug)}>${msg('Edit this exercise')}</a></p>
        ${exercise.status === 'suggested'
          ? html`<hrw-exercise-decision
              exercise-title=${exercise.title}
              ?busy=${this.busy}
              @hrw-publish=${() =>
                void this.#decide(() => publishExercise(exercise.slug), msg('Published. It is in the library now, and in the feed.'))}
              @hrw-decline=${(event: DeclineEvent) =>
                void this.#decide(
                  () => declineExercise(exercise.slug, event.reason),
                  exercise.suggestedBy
                    ? msg(str`Declined. The hosts of ${exercise.suggestedBy.name} will see why.`)
                    : msg('Declined. The group’s hosts will see why.'),
                )}
            ></hrw-exercise-decision>`
          : nothing}
      </section>
    `;
  }

  async #decide(action: () => Promise<Exercise>, done: string): Promise<void> {
    this.busy = true;
    this.stewardError = null;
    this.notice = null;
    try {
      this.exercise = await action();
      this.notice = done;
      if (this.exercise.status === 'published') {
        void this.#loadUsage();
      }
    } catch (error) {
      this.stewardError = plainMessage(error);
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    const message = this.renderRoot.querySelector<HTMLElement>('.stewards .alert');
    if (message) {
      message.tabIndex = -1;
      message.focus();
    }
  }

  async #load(): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.loading = true;
    this.error = null;
    this.missing = false;
    // Asked together: the usage of a published exercise should not wait for the exercise itself.
    const usage = this.#loadUsage(request.signal);
    try {
      this.exercise = await fetchExercise(this.#slug, request.signal);
      document.title = `${this.exercise.title} | Harm Reduction Works-HRW`;
    } catch (error) {
      if (request.signal.aborted) {
        return;
      }
      if (error instanceof ApiError && error.status === 404) {
        this.missing = true;
      } else {
        this.error = plainMessage(error);
      }
    } finally {
      if (this.#request === request) {
        this.loading = false;
      }
    }
    await usage;
  }

  async #loadUsage(signal?: AbortSignal): Promise<void> {
    this.usageError = null;
    try {
      this.usage = await fetchUsage(this.#slug, signal);
    } catch (error) {
      if (signal?.aborted) {
        return;
      }
      // A suggestion has no usage to show; only a published exercise's page shows this error.
      this.usageError = plainMessage(error);
    }
  }
}

/** "Tue, Dec 8, 2026" / "mar, 8 dic 2026": the day of the meeting a note was shared from, whatever the viewer's zone. */
function sharedDate(date: string): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return formatDate(new Date(Date.UTC(year, month - 1, day)), {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "https://www.example.org/page" -> "example.org", so people know where a link leads. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

customElements.define('hrw-exercise-page', HrwExercisePage);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-exercise-page': HrwExercisePage;
  }
}
