import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { ExerciseRef } from '../api/meetings.js';
import type { HostSlot } from '../meetings/host-slot.js';
import { contentNotesInWords, exerciseFacts } from '../meetings/meeting-words.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';
import './hrw-exercise-chooser.js';

/** "Try again" after the exercise's details failed to load. */
export class SlotRetryEvent extends Event {
  constructor() {
    super('hrw-slot-retry', { bubbles: true, composed: true });
  }
}

/** The host takes the exercise the group planned for today instead of the one they chose here. */
export class UsePlanEvent extends Event {
  constructor() {
    super('hrw-use-plan', { bubbles: true, composed: true });
  }
}

/**
 * "Tonight's exercise" in host mode: the chosen exercise with its content notes first, then how to run it and its
 * prompts, and "Choose another" to open the library picker. The picker's `hrw-exercise-chosen` event reaches the
 * page, which loads the exercise and hands it back as `choice`.
 */
export class HrwExerciseSlot extends LitElement {
  static override properties = {
    choice: { attribute: false },
    loading: { type: Boolean },
    error: {},
    planned: { attribute: false },
  };

  static override styles = [
    interactiveStyles,
    formStyles,
    css`
      :host {
        display: block;
        margin: var(--hrw-space-m) 0 var(--hrw-space-l);
        padding: var(--hrw-space-m);
        border: 2px solid var(--hrw-color-accent);
        border-radius: var(--hrw-radius);
        background: var(--hrw-color-surface);
        font-size: var(--hrw-text-m);
        line-height: 1.5;
      }

      h2 {
        margin: 0 0 var(--hrw-space-s);
        font-size: var(--hrw-text-l);
      }

      h3 {
        margin: 0 0 var(--hrw-space-xs);
        font-size: var(--hrw-text-xl);
        line-height: 1.25;
        overflow-wrap: anywhere;
      }

      h3:focus {
        outline: none;
      }

      h4 {
        margin: var(--hrw-space-m) 0 var(--hrw-space-xs);
        font-size: var(--hrw-text-m);
      }

      p,
      ol {
        margin: 0 0 var(--hrw-space-s);
      }

      li + li {
        margin-top: var(--hrw-space-xs);
      }

      .facts,
      .planned {
        color: var(--hrw-color-muted);
        font-weight: 600;
      }

      .notes {
        padding: var(--hrw-space-xs) var(--hrw-space-s);
        border-left: 4px solid var(--hrw-color-notice-border);
        background: var(--hrw-color-notice-bg);
        border-radius: 0 var(--hrw-radius) var(--hrw-radius) 0;
      }

      .how {
        white-space: pre-line;
      }

      hrw-exercise-chooser {
        margin-top: var(--hrw-space-m);
      }
    `,
  ];

  declare choice: HostSlot | null;
  declare loading: boolean;
  declare error: string | null;
  /** The group's plan for today, when it differs from what the host chose here. */
  declare planned: ExerciseRef | null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.choice = null;
    this.loading = false;
    this.error = null;
    this.planned = null;
  }

  protected override render() {
    const slot = this.choice;
    return html`
      <section aria-labelledby="slot-heading">
        <h2 id="slot-heading">${msg('Tonight’s exercise')}</h2>
        ${slot ? this.#renderChosen(slot) : this.#renderEmpty()}
        ${this.planned
          ? html`<p>
              ${msg(str`The group planned “${this.planned.title}” for today.`)}
              <button type="button" class="secondary" @click=${() => this.dispatchEvent(new UsePlanEvent())}>
                ${msg('Use that instead')}
              </button>
            </p>`
          : nothing}
        <hrw-exercise-chooser
          search-id="slot-search"
          label=${slot ? msg('Choose another') : msg('Choose an exercise')}
          ?primary=${!slot}
          @hrw-exercise-chosen=${this.#chosen}
        ></hrw-exercise-chooser>
      </section>
    `;
  }

  #renderEmpty() {
    return html`<p>
      ${msg(
        'No exercise chosen yet. Exercises usually take 10 to 20 minutes: a reading, a podcast, a piece of writing or a question to talk over, anything that sparks talk about harm reduction.',
      )}
    </p>`;
  }

  #renderChosen(slot: HostSlot) {
    const details = slot.details;
    const notes = details ? contentNotesInWords(details.contentNotes) : null;
    return html`
      ${slot.planned
        ? html`<p class="planned">
            ${slot.planned.chooser ? msg(str`Planned for today by ${slot.planned.chooser}`) : msg('Planned for today')}
          </p>`
        : nothing}
      <h3 id="exercise-title" tabindex="-1" lang=${details?.language ?? nothing}>${slot.exercise.title}</h3>
      <p class="facts">${exerciseFacts(slot.exercise.suggestedMinutes, details?.kind)}</p>
      ${details
        ? html`
            <p class="notes">
              ${notes
                ? msg(html`<strong>Content notes:</strong> ${notes}. Say so before you begin.`)
                : msg('No content notes.')}
            </p>
            <div>
              ${details.howToRun
                ? html`<h4>${msg('How to run it')}</h4>
                    <p class="how" lang=${details.language}>${details.howToRun}</p>`
                : nothing}
              ${details.prompts.length > 0
                ? html`<h4>${msg('Prompts')}</h4>
                    <ol lang=${details.language}>
                      ${details.prompts.map((prompt) => html`<li>${prompt}</li>`)}
                    </ol>`
                : nothing}
            </div>
            ${details.source.url
              ? html`<p>
                  <a href=${details.source.url} rel="external noopener noreferrer">${details.source.title}</a>
                  (${details.source.creator})
                </p>`
              : nothing}
          `
        : nothing}
      ${this.loading ? html`<p role="status">${msg('Loading its content notes and prompts…')}</p>` : nothing}
      ${this.error
        ? html`<div class="alert" role="alert">
            <p>${msg('Its content notes and prompts did not load.')} ${this.error}</p>
            <p>
              <button type="button" class="secondary" @click=${() => this.dispatchEvent(new SlotRetryEvent())}>
                ${msg('Try again')}
              </button>
            </p>
          </div>`
        : nothing}
    `;
  }

  /** The event goes on to the page, which sets `choice`; focus then moves on to the chosen title. */
  #chosen = async (): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#exercise-title')?.focus();
  };
}

customElements.define('hrw-exercise-slot', HrwExerciseSlot);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-exercise-slot': HrwExerciseSlot;
  }
  interface HTMLElementEventMap {
    'hrw-slot-retry': SlotRetryEvent;
    'hrw-use-plan': UsePlanEvent;
  }
}
