import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { ApiError } from '../api/client.js';
import { deletePlan, savePlan, type ExerciseRef, type PlanEntry, type PlanInput } from '../api/meetings.js';
import { plainMessage } from '../api/messages.js';
import { violationsByField } from '../meetings/meeting-log.js';
import { dateInWords, exerciseFacts } from '../meetings/meeting-words.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';
import './hrw-exercise-chooser.js';
import type { ExerciseChosenEvent } from './hrw-exercise-picker.js';

/** A planned date as the page holds it: `revision` is null until the date is first saved. */
export type PlanDraft = Omit<PlanEntry, 'revision'> & { revision: number | null };

export class PlanSavedEvent extends Event {
  constructor(readonly entry: PlanEntry) {
    super('hrw-plan-saved', { bubbles: true, composed: true });
  }
}

export class PlanRemovedEvent extends Event {
  constructor(readonly date: string) {
    super('hrw-plan-removed', { bubbles: true, composed: true });
  }
}

/** Another host changed this date's plan: the page should load the plan again. */
export class PlanStaleEvent extends Event {
  constructor() {
    super('hrw-plan-stale', { bubbles: true, composed: true });
  }
}

const FIELDS = ['exerciseSlug', 'chooser', 'showPublicly', 'date'] as const;
type FieldId = (typeof FIELDS)[number] | 'form';
const CHOOSER_LIMIT = 40;

/**
 * One upcoming meeting in a group's plan: the exercise (chosen with the library picker, or none), who is choosing
 * or bringing it (a nickname only the hosts see), and whether the group's public page may show the exercise.
 * Saves with the revision it was given, so an edit over another host's change is refused rather than lost.
 */
export class HrwPlanEntryForm extends LitElement {
  static override properties = {
    group: {},
    entry: { attribute: false },
    exercise: { state: true },
    chooser: { state: true },
    showPublicly: { state: true },
    errors: { state: true },
    formError: { state: true },
    stale: { state: true },
    busy: { state: true },
    saved: { state: true },
  };

  static override styles = [
    interactiveStyles,
    formStyles,
    css`
      :host {
        display: block;
        padding: var(--hrw-space-s) var(--hrw-space-m);
        border: 1px solid var(--hrw-color-border);
        border-radius: var(--hrw-radius);
        background: var(--hrw-color-surface);
      }

      h3 {
        margin: 0 0 var(--hrw-space-s);
        font-size: var(--hrw-text-l);
      }

      .draft {
        font-size: var(--hrw-text-s);
        font-weight: 600;
        color: var(--hrw-color-muted);
      }

      .exercise {
        margin: 0 0 var(--hrw-space-xs);
        overflow-wrap: anywhere;
      }

      .check {
        display: flex;
        align-items: flex-start;
        gap: 0.5rem;
      }

      .check input {
        margin-top: 0.15rem;
      }

      input[type='text'] {
        max-width: 20rem;
      }

      hrw-exercise-chooser[open] {
        flex: 1 1 100%;
      }
    `,
  ];

  declare group: string;
  declare entry: PlanDraft | null;
  declare exercise: ExerciseRef | null;
  declare chooser: string;
  declare showPublicly: boolean;
  declare errors: Partial<Record<FieldId, string>>;
  declare formError: string | null;
  declare stale: boolean;
  declare busy: 'saving' | 'removing' | null;
  declare saved: boolean;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.group = '';
    this.entry = null;
    this.exercise = null;
    this.chooser = '';
    this.showPublicly = false;
    this.errors = {};
    this.formError = null;
    this.stale = false;
    this.busy = null;
    this.saved = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('entry')) {
      this.exercise = this.entry?.exercise ?? null;
      this.chooser = this.entry?.chooser ?? '';
      this.showPublicly = this.entry?.showPublicly ?? false;
      this.errors = {};
      this.formError = null;
      this.stale = false;
    }
  }

  protected override render() {
    const entry = this.entry;
    if (!entry) {
      return nothing;
    }
    return html`
      <h3 id="date-heading" tabindex="-1">
        ${dateInWords(entry.date)} ${entry.revision === null ? html`<span class="draft">${msg('(not saved yet)')}</span>` : nothing}
      </h3>
      ${this.stale
        ? html`<div class="alert" role="alert" tabindex="-1">
            <p>${msg('Another host changed the plan for this date while you were editing it, so your change was not saved.')}</p>
            <p><button type="button" @click=${() => this.dispatchEvent(new PlanStaleEvent())}>${msg('Load the latest plan')}</button></p>
          </div>`
        : nothing}
      ${this.formError ? html`<div class="alert" role="alert" tabindex="-1"><p>${this.formError}</p></div>` : nothing}
      <form novalidate @submit=${this.#submit}>
        <div class="field" id="exerciseSlug" tabindex="-1">
          <p class="label">${msg('Exercise')}</p>
          <p class="exercise">
            ${this.exercise
              ? html`<strong>${this.exercise.title}</strong> · ${exerciseFacts(this.exercise.suggestedMinutes)}`
              : msg('None chosen yet.')}
          </p>
          <div class="row">
            <hrw-exercise-chooser
              search-id="plan-exercise-search"
              label=${this.exercise ? msg('Choose another') : msg('Choose from the library')}
              @hrw-exercise-chosen=${this.#picked}
            ></hrw-exercise-chooser>
            ${this.exercise
              ? html`<button type="button" class="secondary" @click=${this.#clearExercise}>${msg('No exercise')}</button>`
              : nothing}
          </div>
          ${this.#error('exerciseSlug')}
        </div>
        <div class="field">
          <label for="chooser">${msg('Who is choosing or bringing it (optional)')}</label>
          <p class="hint" id="chooser-hint">
            ${msg(str`A first name or a nickname, up to ${CHOOSER_LIMIT} characters. Only this group’s hosts see it.`)}
          </p>
          <input
            id="chooser"
            type="text"
            autocomplete="off"
            maxlength=${CHOOSER_LIMIT}
            aria-describedby=${this.errors.chooser ? 'chooser-hint chooser-error' : 'chooser-hint'}
            aria-invalid=${this.errors.chooser ? 'true' : 'false'}
            .value=${this.chooser}
            @input=${(event: Event) => (this.chooser = (event.target as HTMLInputElement).value)}
          />
          ${this.#error('chooser')}
        </div>
        <div class="field">
          <label class="check">
            <input
              id="showPublicly"
              type="checkbox"
              aria-describedby="showPublicly-hint"
              .checked=${this.showPublicly}
              @change=${(event: Event) => (this.showPublicly = (event.target as HTMLInputElement).checked)}
            />
            <span>${msg('Show this exercise on our public page')}</span>
          </label>
          <p class="hint" id="showPublicly-hint">
            ${msg('Visitors then see “At the next meeting: …” with the exercise’s title. Who chose it is never shown.')}
          </p>
          ${this.#error('showPublicly')}
        </div>
        ${this.errors.form || this.errors.date
          ? html`<p class="field-error" tabindex="-1">${[this.errors.date, this.errors.form].filter(Boolean).join('; ')}</p>`
          : nothing}
        <p class="row">
          <button type="submit" ?disabled=${this.busy !== null}>${this.busy === 'saving' ? msg('Saving…') : msg('Save')}</button>
          <button type="button" class="secondary" ?disabled=${this.busy !== null} @click=${this.#remove}>
            ${this.busy === 'removing' ? msg('Removing…') : msg('Remove this date')}
          </button>
          <span role="status">${this.saved ? msg('Saved.') : ''}</span>
        </p>
      </form>
    `;
  }

  #error(field: FieldId) {
    const message = this.errors[field];
    return message ? html`<p class="field-error" id=${`${field}-error`}>${message}</p>` : nothing;
  }

  #picked = (event: ExerciseChosenEvent): void => {
    event.stopPropagation();
    const { slug, title, suggestedMinutes } = event.exercise;
    this.exercise = { slug, title, suggestedMinutes };
    this.saved = false;
  };

  #clearExercise = async (): Promise<void> => {
    this.exercise = null;
    this.saved = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('hrw-exercise-chooser')?.focus();
  };

  /** Exactly what the host set, with the revision they last saw. */
  input(): PlanInput {
    const chooser = this.chooser.trim();
    return {
      exerciseSlug: this.exercise?.slug ?? null,
      chooser: chooser || null,
      showPublicly: this.showPublicly,
      revision: this.entry?.revision ?? null,
    };
  }

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const entry = this.entry;
    if (!entry || this.busy) {
      return;
    }
    this.errors = {};
    this.formError = null;
    this.stale = false;
    this.saved = false;
    if (this.chooser.trim().length > CHOOSER_LIMIT) {
      this.errors = { chooser: msg(str`Keep it to ${CHOOSER_LIMIT} characters.`) };
      await this.#focusProblem();
      return;
    }
    this.busy = 'saving';
    try {
      const saved = await savePlan(this.group, entry.date, this.input());
      this.saved = true;
      this.dispatchEvent(new PlanSavedEvent(saved));
    } catch (error) {
      this.#showFailure(error);
      await this.#focusProblem();
    } finally {
      this.busy = null;
    }
  };

  #remove = async (): Promise<void> => {
    const entry = this.entry;
    if (!entry || this.busy) {
      return;
    }
    if (entry.revision === null) {
      this.dispatchEvent(new PlanRemovedEvent(entry.date));
      return;
    }
    this.busy = 'removing';
    this.formError = null;
    try {
      await deletePlan(this.group, entry.date);
      this.dispatchEvent(new PlanRemovedEvent(entry.date));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        // Already gone (another host removed it): the page's list catches up.
        this.dispatchEvent(new PlanRemovedEvent(entry.date));
      } else {
        this.#showFailure(error);
        await this.#focusProblem();
      }
    } finally {
      this.busy = null;
    }
  }

  #showFailure(error: unknown): void {
    if (error instanceof ApiError && error.status === 409) {
      this.stale = true;
    } else if (error instanceof ApiError && error.status === 400 && error.violations.length > 0) {
      this.errors = violationsByField(error.violations, FIELDS);
      this.formError = msg('Some things need another look; they are marked below.');
    } else if (error instanceof ApiError && error.status === 403) {
      this.formError = msg('Only the hosts of this group can change its plan.');
    } else {
      this.formError = plainMessage(error);
    }
  }

  async #focusProblem(): Promise<void> {
    await this.updateComplete;
    const field = FIELDS.find((name) => name !== 'date' && this.errors[name]);
    const target = field
      ? this.renderRoot.querySelector<HTMLElement>(`#${field}`)
      : this.renderRoot.querySelector<HTMLElement>('.alert[role="alert"], .field-error');
    target?.focus();
  }
}

customElements.define('hrw-plan-entry-form', HrwPlanEntryForm);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-plan-entry-form': HrwPlanEntryForm;
  }
  interface HTMLElementEventMap {
    'hrw-plan-saved': PlanSavedEvent;
    'hrw-plan-removed': PlanRemovedEvent;
    'hrw-plan-stale': PlanStaleEvent;
  }
}
