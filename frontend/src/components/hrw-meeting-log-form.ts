import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { ApiError } from '../api/client.js';
import {
  HEADCOUNTS,
  logMeeting,
  meetingsPath,
  updateMeeting,
  type ExerciseRef,
  type Headcount,
  type MeetingKind,
  type MeetingLogEntry,
  type MeetingLogInput,
} from '../api/meetings.js';
import { plainMessage } from '../api/messages.js';
import { session } from '../auth/session.js';
import { FormCheck } from '../lib/form-check.js';
import { LOG_FIELDS, NOTE_LIMIT, logFieldForViolation, type LogCheckInput, type LogFieldId } from '../meetings/log-form.js';
import { groupToday } from '../meetings/meeting-log.js';
import { isNetworkTrouble, outbox, type OutboxEntry } from '../meetings/outbox.js';
import { HEADCOUNT_LABELS, MEETING_LABELS, RATINGS, loggedBeforeNote } from '../meetings/meeting-words.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';
import { focusErrorSummary } from './hrw-error-summary.js';
import './hrw-exercise-chooser.js';
import type { ExerciseChosenEvent } from './hrw-exercise-picker.js';

/** The entry was logged (or, when editing, saved). */
export class MeetingSavedEvent extends Event {
  constructor(readonly entry: MeetingLogEntry) {
    super('hrw-meeting-saved', { bubbles: true, composed: true });
  }
}

/** The log could not be reached: the entry is kept on this device and will be sent when it can be. */
export class MeetingKeptEvent extends Event {
  constructor(readonly kept: OutboxEntry) {
    super('hrw-meeting-kept', { bubbles: true, composed: true });
  }
}

/** Another host changed the entry being edited: the page should load the log again. */
export class MeetingStaleEvent extends Event {
  constructor() {
    super('hrw-meeting-stale', { bubbles: true, composed: true });
  }
}

/** The host closed the edit without saving. */
export class MeetingEditCancelledEvent extends Event {
  constructor() {
    super('hrw-meeting-edit-cancelled', { bubbles: true, composed: true });
  }
}

const NO_EXERCISE = '';
const NOT_COUNTED = '';

/**
 * Logging one meeting in a few taps: which meeting, the exercise (or none), roughly how many came, how it went, and
 * an optional note the group may share with other groups under its own name. It never asks who was there. Posts to
 * the group's log itself (or saves an edit of `entry`), so host mode and the hosts' page behave the same, and
 * announces the result with `hrw-meeting-saved`. Checked in plain words with the other forms' checker: the server's
 * problems land on the same fields, and a failed submit lists them in a summary at the top that takes focus.
 */
export class HrwMeetingLogForm extends LitElement {
  static override properties = {
    group: {},
    meeting: {},
    exercise: { attribute: false },
    date: {},
    timeZone: { attribute: false },
    askDate: { type: Boolean, attribute: 'ask-date' },
    entry: { attribute: false },
    kept: { attribute: false },
    chosenDate: { state: true },
    chosenMeeting: { state: true },
    chosenExercise: { state: true },
    offered: { state: true },
    headcount: { state: true },
    rating: { state: true },
    note: { state: true },
    share: { state: true },
    conflict: { state: true },
    saving: { state: true },
  };

  static override styles = [
    interactiveStyles,
    formStyles,
    css`
      :host {
        display: block;
      }

      fieldset {
        margin: 0 0 var(--hrw-space-m);
        padding: 0;
        border: 0;
        min-width: 0;
      }

      fieldset:focus-visible {
        outline: 3px solid var(--hrw-color-focus);
        outline-offset: 2px;
      }

      legend {
        padding: 0;
        margin-bottom: 0.3rem;
        font-weight: 700;
      }

      .tiles {
        display: flex;
        flex-wrap: wrap;
        gap: var(--hrw-space-xs);
      }

      .tiles label {
        position: relative;
        display: flex;
        margin: 0;
        font-weight: 600;
      }

      .tiles input {
        position: absolute;
        inset: 0;
        width: 100%;
        height: 100%;
        margin: 0;
        opacity: 0;
        cursor: pointer;
      }

      .tile {
        display: flex;
        align-items: center;
        justify-content: center;
        width: 100%;
        min-height: 2.75rem;
        padding: 0.45rem 0.9rem;
        border: 2px solid var(--hrw-color-accent);
        border-radius: var(--hrw-radius);
        background: var(--hrw-color-surface);
        color: var(--hrw-color-accent);
        font-size: var(--hrw-text-s);
        line-height: 1.2;
        text-align: center;
        overflow-wrap: anywhere;
      }

      input:checked + .tile {
        background: var(--hrw-color-accent);
        color: var(--hrw-color-on-accent);
      }

      /* The check mark says which is chosen without relying on colour; the radio already tells a screen reader. */
      input:checked + .tile::before {
        content: '✓';
        content: '✓' / '';
        margin-right: 0.4em;
      }

      input:hover + .tile {
        border-color: var(--hrw-color-accent-strong);
      }

      input:focus-visible + .tile {
        outline: 3px solid var(--hrw-color-focus);
        outline-offset: 3px;
      }

      /* Five in a row even at 320 px: big enough to tap without looking twice. */
      .rating .tiles {
        flex-wrap: nowrap;
        gap: 0.35rem;
      }

      .rating label {
        flex: 1 1 0;
        min-width: 0;
      }

      /* The number above its word; the check mark goes beside the number. */
      .rating .tile {
        flex-direction: column;
        min-height: 4.5rem;
        padding-inline: 0.15rem;
        overflow-wrap: normal;
      }

      .rating .word {
        font-size: 0.8125rem;
      }

      .rating .number {
        font-size: var(--hrw-text-xl);
        font-weight: 700;
      }

      .rating input:checked + .tile::before {
        content: none;
      }

      .rating input:checked + .tile .number::after {
        content: ' ✓';
        content: ' ✓' / '';
        font-size: var(--hrw-text-m);
      }

      .exercise .tile {
        justify-content: flex-start;
        text-align: left;
      }

      .check {
        display: flex;
        align-items: flex-start;
        gap: 0.5rem;
        font-weight: 600;
      }

      .check input {
        margin-top: 0.15rem;
      }

      textarea {
        min-height: 6rem;
      }

      input[type='date'] {
        max-width: 14rem;
      }

      hrw-exercise-chooser {
        margin: calc(-1 * var(--hrw-space-xs)) 0 var(--hrw-space-m);
      }
    `,
  ];

  /** The group's slug: where the entry goes. */
  declare group: string;
  /** The meeting to start with (host mode passes its own). */
  declare meeting: MeetingKind;
  /** The exercise to start with (host mode passes tonight's). */
  declare exercise: ExerciseRef | null;
  /** The meeting's date; null for today where the group meets. */
  declare date: string | null;
  /** Where the group meets: "today" is the date there. */
  declare timeZone: string | undefined;
  /** Show a date box (the hosts' page); host mode logs today's meeting. */
  declare askDate: boolean;
  /** The entry being changed, or null to log a new one. */
  declare entry: MeetingLogEntry | null;
  /** A meeting kept on this device that the log would not take as it was: the host changes it and sends it again. */
  declare kept: OutboxEntry | null;
  declare chosenDate: string;
  declare chosenMeeting: MeetingKind;
  declare chosenExercise: ExerciseRef | null;
  /** The exercises offered as choices: the one passed in, and any found with the picker. */
  declare offered: ExerciseRef[];
  declare headcount: Headcount | null;
  declare rating: number | null;
  declare note: string;
  declare share: boolean;
  declare conflict: 'logged' | 'stale' | null;
  declare saving: boolean;

  readonly #check = new FormCheck<LogCheckInput, LogFieldId>(this, {
    fields: LOG_FIELDS,
    // Without a date box there is no date field to point at: the server's word on it goes in the summary alone.
    fieldOf: (path) => {
      const field = logFieldForViolation(path);
      return field === 'date' && !this.askDate ? null : field;
    },
  });
  /** The messages beside the fields in the render under way. */
  #errors: Partial<Record<LogFieldId, string>> = {};

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.group = '';
    this.meeting = 'open';
    this.exercise = null;
    this.date = null;
    this.timeZone = undefined;
    this.askDate = false;
    this.entry = null;
    this.kept = null;
    this.chosenDate = groupToday();
    this.chosenMeeting = 'open';
    this.chosenExercise = null;
    this.offered = [];
    this.headcount = null;
    this.rating = null;
    this.note = '';
    this.share = false;
    this.conflict = null;
    this.saving = false;
  }

  /** Starts again from what the page passed in: after a meeting is logged, the form is ready for the next. */
  reset(): void {
    this.#fill();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('entry') || changed.has('kept')) {
      this.#fill();
      return;
    }
    if (this.entry || this.kept) {
      return;
    }
    if (changed.has('meeting')) {
      this.chosenMeeting = this.meeting;
    }
    if (changed.has('date') || changed.has('timeZone')) {
      this.chosenDate = this.date ?? groupToday(this.timeZone);
    }
    // Compared by slug: a page may hand over an equal exercise in a new object without meaning a new choice.
    if (changed.has('exercise') && (changed.get('exercise') as ExerciseRef | null | undefined)?.slug !== this.exercise?.slug) {
      this.#offer(this.exercise);
      this.chosenExercise = this.exercise;
    }
  }

  #fill(): void {
    const entry = this.entry;
    const kept = this.kept?.input;
    this.chosenDate = entry?.date ?? kept?.date ?? this.date ?? groupToday(this.timeZone);
    this.chosenMeeting = entry?.meeting ?? kept?.meeting ?? this.meeting;
    this.chosenExercise = entry ? entry.exercise : this.kept ? this.kept.exercise : this.exercise;
    this.offered = [];
    this.#offer(this.chosenExercise);
    this.headcount = entry?.headcount ?? kept?.headcount ?? null;
    this.rating = entry?.rating ?? (kept && kept.rating >= 1 && kept.rating <= 5 ? kept.rating : null);
    this.note = entry?.note ?? kept?.note ?? '';
    this.share = entry?.shareNote ?? kept?.shareNote ?? false;
    this.#check.reset();
    this.conflict = null;
  }

  #offer(exercise: ExerciseRef | null): void {
    if (exercise && !this.offered.some((item) => item.slug === exercise.slug)) {
      this.offered = [...this.offered, exercise];
    }
  }

  protected override render() {
    const draft = this.#checkInput();
    this.#errors = this.#check.errors(draft);
    return html`
      ${this.#renderConflict()}
      <hrw-error-summary .items=${this.#check.summary(draft)}></hrw-error-summary>
      <form
        novalidate
        @submit=${this.#submit}
        @focusout=${this.#check.left}
        @input=${this.#check.edited}
        @change=${this.#check.edited}
      >
        ${this.askDate ? this.#renderDate() : nothing}
        ${this.#tiles('meeting', msg('Which meeting'), (['open', 'focused'] as const).map((kind) => ({ value: kind, label: MEETING_LABELS[kind] })), this.chosenMeeting, (value) => (this.chosenMeeting = value as MeetingKind))}
        ${this.#renderExercise()}
        ${this.#tiles(
          'headcount',
          msg('About how many came (optional)'),
          [{ value: NOT_COUNTED, label: msg('Not counted') }, ...HEADCOUNTS.map((range) => ({ value: range, label: HEADCOUNT_LABELS[range] }))],
          this.headcount ?? NOT_COUNTED,
          (value) => (this.headcount = value === NOT_COUNTED ? null : (value as Headcount)),
        )}
        ${this.#renderRating()}
        <div class="field">
          <label for="note">${msg('A note for the group’s record (optional)')}</label>
          <p class="hint" id="note-hint">
            ${msg(str`What worked, what to try next time. Please leave out names and anything that could tell someone who was there. Up to ${NOTE_LIMIT} characters.`)}
          </p>
          <textarea
            id="note"
            maxlength=${NOTE_LIMIT}
            aria-describedby=${this.#errors.note ? 'note-hint note-error' : 'note-hint'}
            aria-invalid=${this.#errors.note ? 'true' : 'false'}
            .value=${this.note}
            @input=${(event: Event) => (this.note = (event.target as HTMLTextAreaElement).value)}
          ></textarea>
          ${this.#error('note')}
        </div>
        <div class="field">
          <label class="check">
            <input
              id="shareNote"
              type="checkbox"
              aria-describedby=${this.#errors.shareNote ? 'shareNote-hint shareNote-error' : 'shareNote-hint'}
              aria-invalid=${this.#errors.shareNote ? 'true' : 'false'}
              .checked=${this.share}
              @change=${(event: Event) => (this.share = (event.target as HTMLInputElement).checked)}
            />
            <span>${msg('Share this note with other groups (shown as the group, never you)')}</span>
          </label>
          <p class="hint" id="shareNote-hint">${msg('It then appears on the exercise’s page under the group’s name.')}</p>
          ${this.#error('shareNote')}
        </div>
        <p class="row">
          <button type="submit" ?disabled=${this.saving}>
            ${this.saving ? msg('Saving…') : this.entry ? msg('Save changes') : this.kept ? msg('Send to the log') : msg('Add to the log')}
          </button>
          ${this.entry || this.kept
            ? html`<button type="button" class="secondary" @click=${() => this.dispatchEvent(new MeetingEditCancelledEvent())}>
                ${msg('Cancel')}
              </button>`
            : nothing}
        </p>
      </form>
    `;
  }

  #renderConflict() {
    if (this.conflict === 'logged') {
      return html`<div class="alert" role="alert" tabindex="-1">
        <p><strong>${msg('This meeting is already in the log.')}</strong></p>
        <p>${loggedBeforeNote(this.chosenMeeting, this.chosenDate)}</p>
        <p><a href=${meetingsPath(this.group)}>${msg('See the meeting log')}</a></p>
      </div>`;
    }
    if (this.conflict === 'stale') {
      return html`<div class="alert" role="alert" tabindex="-1">
        <p>${msg('Another host changed this entry while you were editing it, so your change was not saved.')}</p>
        <p><button type="button" @click=${() => this.dispatchEvent(new MeetingStaleEvent())}>${msg('Load the latest log')}</button></p>
      </div>`;
    }
    return nothing;
  }

  #renderDate() {
    return html`<div class="field">
      <label for="date">${msg('Date of the meeting')}</label>
      <input
        id="date"
        type="date"
        max=${groupToday(this.timeZone)}
        required
        aria-describedby=${this.#errors.date ? 'date-error' : nothing}
        aria-invalid=${this.#errors.date ? 'true' : 'false'}
        .value=${this.chosenDate}
        @input=${(event: Event) => (this.chosenDate = (event.target as HTMLInputElement).value)}
      />
      ${this.#error('date')}
    </div>`;
  }

  #renderExercise() {
    const choices = [
      ...this.offered.map((exercise) => ({ value: exercise.slug, label: exercise.title })),
      { value: NO_EXERCISE, label: msg('No exercise') },
    ];
    return html`
      <div class="exercise">
        ${this.#tiles('exerciseSlug', msg('Exercise'), choices, this.chosenExercise?.slug ?? NO_EXERCISE, (value) => {
          this.chosenExercise = this.offered.find((exercise) => exercise.slug === value) ?? null;
        })}
      </div>
      <hrw-exercise-chooser
        search-id="log-exercise-search"
        label=${msg('Choose from the library')}
        @hrw-exercise-chosen=${this.#picked}
      ></hrw-exercise-chooser>
    `;
  }

  #renderRating() {
    const id = 'rating';
    return html`
      <fieldset
        id=${id}
        class="rating"
        tabindex="-1"
        aria-describedby=${this.#errors.rating ? 'rating-hint rating-error' : 'rating-hint'}
      >
        <legend>${msg('How did it go?')}</legend>
        <p class="hint" id="rating-hint">${msg('For the group’s own sense of how meetings are going: 1 was hard going, 5 was great.')}</p>
        <div class="tiles">
          ${RATINGS.map(
            (choice) => html`<label>
              <input
                type="radio"
                name=${id}
                value=${choice.value}
                required
                .checked=${this.rating === choice.value}
                @change=${() => (this.rating = choice.value)}
              /><span class="tile"><span class="number">${choice.value}</span> <span class="word">${choice.word}</span></span>
            </label>`,
          )}
        </div>
        ${this.#error(id)}
      </fieldset>
    `;
  }

  #tiles(id: LogFieldId, legend: string, choices: readonly { value: string; label: string }[], current: string, set: (value: string) => void) {
    return html`
      <fieldset id=${id} tabindex="-1" aria-describedby=${this.#errors[id] ? `${id}-error` : nothing}>
        <legend>${legend}</legend>
        <div class="tiles">
          ${choices.map(
            (choice) => html`<label>
              <input type="radio" name=${id} .value=${choice.value} .checked=${current === choice.value} @change=${() => set(choice.value)} /><span
                class="tile"
                >${choice.label}</span
              >
            </label>`,
          )}
        </div>
        ${this.#error(id)}
      </fieldset>
    `;
  }

  #error(field: LogFieldId) {
    const message = this.#errors[field];
    return message ? html`<p class="field-error" id=${`${field}-error`}>${message}</p>` : nothing;
  }

  #picked = async (event: ExerciseChosenEvent): Promise<void> => {
    // Chosen here, for this log entry only: the page does not need to hear of it.
    event.stopPropagation();
    const picked = event.exercise;
    const exercise: ExerciseRef = { slug: picked.slug, title: picked.title, suggestedMinutes: picked.suggestedMinutes };
    this.#offer(exercise);
    this.chosenExercise = exercise;
    // After the chooser has closed and given focus back to its button: on to the choice itself.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#exerciseSlug input:checked`)?.focus();
  };

  /** Exactly what was tapped: nothing optional is sent unless it was given. */
  input(): MeetingLogInput {
    const note = this.note.trim();
    return {
      date: this.chosenDate,
      meeting: this.chosenMeeting,
      exerciseSlug: this.chosenExercise?.slug ?? null,
      headcount: this.headcount,
      rating: this.rating ?? 0,
      note: note || null,
      shareNote: note !== '' && this.share,
    };
  }

  #checkInput(): LogCheckInput {
    return { askDate: this.askDate, today: groupToday(this.timeZone), date: this.chosenDate, rating: this.rating, note: this.note };
  }

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.saving) {
      return;
    }
    this.conflict = null;
    if (!this.#check.submit(this.#checkInput())) {
      await focusErrorSummary(this);
      return;
    }
    this.saving = true;
    const input = this.input();
    try {
      const entry = this.entry
        ? await updateMeeting(this.group, this.entry.id, input, this.entry.revision)
        : await this.#log(input);
      this.#replaceKept();
      this.dispatchEvent(new MeetingSavedEvent(entry));
    } catch (error) {
      const kept = this.entry ? null : this.#keep(input, error);
      if (kept) {
        this.#replaceKept();
        this.dispatchEvent(new MeetingKeptEvent(kept));
      } else {
        await this.#showFailure(error);
      }
    } finally {
      this.saving = false;
    }
  };

  /** Posts a new entry; a token that ran out mid-meeting is renewed once, silently, where that can be done. */
  async #log(input: MeetingLogInput): Promise<MeetingLogEntry> {
    try {
      return await logMeeting(this.group, input);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401 && (await session.renew())) {
        return logMeeting(this.group, input);
      }
      throw error;
    }
  }

  /**
   * Keeps a new entry on this device when the log could not be reached, or the sign-in ended (the host signs in
   * again and it goes then). Null when the failure is the log's answer about the entry itself, or nothing can be
   * kept (nobody signed in, storage off).
   */
  #keep(input: MeetingLogInput, error: unknown): OutboxEntry | null {
    const account = session.state.account;
    const keepable = isNetworkTrouble(error) || (error instanceof ApiError && error.status === 401);
    if (!keepable || !account || (error instanceof DOMException && error.name === 'AbortError')) {
      return null;
    }
    try {
      return outbox.keep(account, this.group, input, this.chosenExercise);
    } catch {
      return null;
    }
  }

  /** The kept entry this form changed is now logged, or kept again as changed: the old copy goes. */
  #replaceKept(): void {
    if (this.kept) {
      outbox.remove(this.kept.account, this.kept.id);
    }
  }

  /** The log's answer about the entry: a clash is explained on its own; anything else goes in the summary. */
  async #showFailure(error: unknown): Promise<void> {
    if (error instanceof ApiError && error.status === 409) {
      this.conflict = this.entry ? 'stale' : 'logged';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.alert[role="alert"]')?.focus();
      return;
    }
    this.#check.failed(error, this.#checkInput(), (failure) => {
      if (failure instanceof ApiError && failure.status === 403) {
        return msg('Only the hosts of this group can log its meetings.');
      }
      if (failure instanceof ApiError && failure.status === 404 && this.entry) {
        return msg('This entry is no longer in the log: another host may have deleted it.');
      }
      return plainMessage(failure);
    });
    await focusErrorSummary(this);
  }
}

customElements.define('hrw-meeting-log-form', HrwMeetingLogForm);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-meeting-log-form': HrwMeetingLogForm;
  }
  interface HTMLElementEventMap {
    'hrw-meeting-saved': MeetingSavedEvent;
    'hrw-meeting-stale': MeetingStaleEvent;
    'hrw-meeting-kept': MeetingKeptEvent;
    'hrw-meeting-edit-cancelled': MeetingEditCancelledEvent;
  }
}
