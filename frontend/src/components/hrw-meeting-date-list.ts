import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import type { NextMeeting, ScheduleChange } from '../api/groups.js';
import { HostActionEvent } from '../groups/host-actions.js';
import { calendarDate, clockTime } from '../groups/meeting-time.js';
import { changeInWords } from '../groups/schedule-words.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';

/** "2026-12-08T19:00:00" (the group's clock) -> "Tue, Dec 8, 7:00 PM". */
function onTheGroupsClock(meeting: NextMeeting): string {
  return `${calendarDate(meeting.localStart.slice(0, 10))}, ${clockTime(meeting.localStart.slice(11, 16))}`;
}

/**
 * The next few meetings, each with Cancel and Move, and the changes already made, each with Undo. Times are on the
 * group's own clock: that is what the host means by "next Tuesday at seven". Sends `hrw-host-action`.
 */
export class HrwMeetingDateList extends LitElement {
  static override properties = {
    upcoming: { attribute: false },
    changes: { attribute: false },
    usualStart: { attribute: false },
    busy: { type: Boolean },
    moving: { state: true },
    moveError: { state: true },
  };

  static override styles = [
    interactiveStyles,
    formStyles,
    css`
      :host {
        display: block;
      }

      ul {
        margin: 0 0 var(--hrw-space-m);
        padding: 0;
        list-style: none;
      }

      li {
        padding: var(--hrw-space-s) 0;
        border-top: 1px solid var(--hrw-color-border, #ccc);
      }

      li p {
        margin: 0 0 var(--hrw-space-xs);
      }

      .when {
        font-weight: 600;
      }

      form {
        margin-top: var(--hrw-space-s);
      }

      input[type='date'],
      input[type='time'] {
        max-width: 12rem;
      }
    `,
  ];

  declare upcoming: NextMeeting[];
  declare changes: ScheduleChange[];
  /** The usual start, "19:00:00": where a moved meeting's time starts. */
  declare usualStart: string;
  declare busy: boolean;
  /** The date whose move form is open. */
  declare moving: string | null;
  declare moveError: string | null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.upcoming = [];
    this.changes = [];
    this.usualStart = '19:00:00';
    this.busy = false;
    this.moving = null;
    this.moveError = null;
  }

  protected override render() {
    return html`
      <p>
        ${msg('Can’t meet on one date? Cancel it, or move it to another day or time. The group’s page and calendar then say so, and the group stays in the search.')}
      </p>
      ${this.upcoming.length === 0
        ? html`<p>${msg('There is no meeting on the calendar right now.')}</p>`
        : html`<ul aria-label=${msg('The next meetings')}>
            ${this.upcoming.map((meeting) => this.#renderMeeting(meeting))}
          </ul>`}
      ${this.changes.length > 0
        ? html`<h4>${msg('Changes you made')}</h4>
            <ul aria-label=${msg('Changes you made')}>
              ${this.changes.map(
                (change) => html`<li>
                  <p>${changeInWords(change)}</p>
                  <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.#send({ kind: 'restore-date', date: change.date })}>
                    ${msg(html`Undo<span class="visually-hidden">: ${changeInWords(change)}</span>`)}
                  </button>
                </li>`,
              )}
            </ul>`
        : nothing}
    `;
  }

  #renderMeeting(meeting: NextMeeting) {
    const when = onTheGroupsClock(meeting);
    const date = meeting.localStart.slice(0, 10);
    if (meeting.moved) {
      return html`<li><p class="when">${when}</p><p>${msg('Moved from its usual time: undo it under “Changes you made”.')}</p></li>`;
    }
    return html`<li>
      <p class="when">${when}</p>
      ${this.moving === date
        ? this.#renderMoveForm(date, when)
        : html`<p class="row">
            <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.#send({ kind: 'cancel-date', date })}>
              ${msg(html`Cancel<span class="visually-hidden"> the meeting on ${when}</span>`)}
            </button>
            <button type="button" class="secondary" data-move=${date} ?disabled=${this.busy} @click=${() => void this.#openMove(date)}>
              ${msg(html`Move<span class="visually-hidden"> the meeting on ${when}</span>`)}
            </button>
          </p>`}
    </li>`;
  }

  #renderMoveForm(date: string, when: string) {
    return html`<form @submit=${(event: SubmitEvent) => this.#move(event, date)} novalidate aria-label=${msg(str`Move the meeting on ${when}`)}>
      <div class="field">
        <label for="move-date">${msg('New date')}</label>
        <input id="move-date" type="date" required .value=${date} />
      </div>
      <div class="field">
        <label for="move-time">${msg('New start time')}</label>
        <input id="move-time" type="time" required .value=${this.usualStart.slice(0, 5)} />
      </div>
      ${this.moveError ? html`<p class="field-error" role="alert">${this.moveError}</p>` : nothing}
      <p class="row">
        <button type="submit" ?disabled=${this.busy}>${msg('Move the meeting')}</button>
        <button type="button" class="secondary" @click=${() => void this.#closeMove(date)}>${msg('Keep the date')}</button>
      </p>
    </form>`;
  }

  async #openMove(date: string): Promise<void> {
    this.moving = date;
    this.moveError = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#move-date')?.focus();
  }

  async #closeMove(date: string): Promise<void> {
    this.moving = null;
    this.moveError = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`button[data-move="${date}"]`)?.focus();
  }

  #move(event: SubmitEvent, date: string): void {
    event.preventDefault();
    const movedToDate = this.renderRoot.querySelector<HTMLInputElement>('#move-date')?.value ?? '';
    const movedToStart = this.renderRoot.querySelector<HTMLInputElement>('#move-time')?.value ?? '';
    if (!movedToDate || !movedToStart) {
      this.moveError = msg('Choose the new date and the time it starts.');
      return;
    }
    if (movedToDate === date && movedToStart === this.usualStart.slice(0, 5)) {
      this.moveError = msg('That is the usual date and time. Choose another day or time, or keep the date.');
      return;
    }
    this.moveError = null;
    this.moving = null;
    this.#send({ kind: 'move-date', date, movedToDate, movedToStart });
  }

  #send(action: ConstructorParameters<typeof HostActionEvent>[0]): void {
    this.dispatchEvent(new HostActionEvent(action));
  }
}

customElements.define('hrw-meeting-date-list', HrwMeetingDateList);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-meeting-date-list': HrwMeetingDateList;
  }
}
