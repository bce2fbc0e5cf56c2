import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import type { Violation } from '../api/client.js';
import { meetingsPath, type MeetingLogEntry } from '../api/meetings.js';
import { session } from '../auth/session.js';
import { AccountController } from '../lib/account-controller.js';
import { currentLocale } from '../i18n/locale.js';
import { MEETING_LABELS, alreadyInLogNote, dateInWords, sentNotice } from '../meetings/meeting-words.js';
import { outbox, OutboxSentEvent, type OutboxEntry } from '../meetings/outbox.js';
import { sendNow } from '../meetings/outbox-sync.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';
import './hrw-meeting-log-form.js';

/** The log form's fields as the host knows them, for the server's reasons about a kept meeting. */
function fieldWords(field: string): string | null {
  switch (field) {
    case 'date':
      return msg('the date');
    case 'meeting':
      return msg('which meeting');
    case 'exerciseSlug':
      return msg('the exercise');
    case 'headcount':
      return msg('how many came');
    case 'rating':
      return msg('how it went');
    case 'note':
      return msg('the note');
    case 'shareNote':
      return msg('sharing the note');
    default:
      return null;
  }
}

/**
 * "the date must not be in the future": the field by its name in the form, not the server's path to it. The server
 * words its reason in the app's language and to follow the field's name, in Spanish too.
 */
export function reasonInWords(violation: Violation): string {
  const words = fieldWords(violation.field.split('.').pop() ?? '');
  return words ? `${words} ${violation.message}` : violation.message;
}

/** A meeting kept on this device has reached the log; the page may want to show the log afresh. */
export class KeptMeetingSentEvent extends Event {
  constructor(
    readonly kept: OutboxEntry,
    readonly entry: MeetingLogEntry,
  ) {
    super('hrw-kept-meeting-sent', { bubbles: true, composed: true });
  }
}

/**
 * The signed-in host's meetings kept on this device ("waiting to send"), for one group or (without `group`) all of
 * theirs: each with its state, "Send now", and for one the log would not take, the reason with a way to change it
 * and send it again, or to discard it. Says so when kept meetings have been sent, and when the sign-in is carried
 * with no connection.
 */
export class HrwMeetingOutbox extends LitElement {
  static override properties = {
    group: {},
    editing: { state: true },
    sentNote: { state: true },
    stillWaiting: { state: true },
  };

  static override styles = [
    interactiveStyles,
    formStyles,
    css`
      :host {
        display: block;
      }

      section {
        margin: 0 0 var(--hrw-space-m);
        padding: var(--hrw-space-s) var(--hrw-space-m);
        border: 2px solid var(--hrw-color-notice-border);
        border-radius: var(--hrw-radius);
        background: var(--hrw-color-notice-bg);
      }

      h2 {
        margin: 0 0 var(--hrw-space-xs);
        font-size: var(--hrw-text-l);
      }

      ul {
        margin: 0 0 var(--hrw-space-s);
        padding: 0;
        list-style: none;
      }

      li {
        padding: var(--hrw-space-xs) 0;
        border-top: 1px solid var(--hrw-color-border);
      }

      li p {
        margin: 0 0 var(--hrw-space-xs);
      }

      .row button {
        min-height: 2.75rem;
      }

      .sent,
      .offline {
        margin: 0 0 var(--hrw-space-s);
      }

      .offline {
        font-size: var(--hrw-text-s);
      }

      /* Kept in the page while empty, so that what is sent later is announced. */
      .sent:empty {
        margin: 0;
        padding: 0;
        border: 0;
      }
    `,
  ];

  /** Only this group's kept meetings; all of the host's when unset. */
  declare group: string | null;
  /** The kept entry being changed in the form, by id. */
  declare editing: string | null;
  /** What was just sent, in words. */
  declare sentNote: string;
  /** "Send now" was tried and the log is still out of reach. */
  declare stillWaiting: boolean;

  readonly #account = new AccountController(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.group = null;
    this.editing = null;
    this.sentNote = '';
    this.stillWaiting = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    outbox.addEventListener('change', this.#changed);
    outbox.addEventListener('sent', this.#sent);
  }

  override disconnectedCallback(): void {
    outbox.removeEventListener('change', this.#changed);
    outbox.removeEventListener('sent', this.#sent);
    super.disconnectedCallback();
  }

  get #entries(): OutboxEntry[] {
    const state = this.#account.state;
    if (state.status !== 'signed-in') {
      return [];
    }
    return outbox.entries(state.account).filter((entry) => !this.group || entry.group === this.group);
  }

  protected override render() {
    const entries = this.#entries;
    const account = this.#account.state.account;
    const waiting = entries.filter((entry) => !entry.problem).length;
    // Host mode shows this inside the script's language; these words are the app's.
    const lang = currentLocale();
    return html`
      <p class="sent alert success" role="status">${this.sentNote}</p>
      ${this.#account.state.offline && entries.length === 0
        ? html`<p class="offline" lang=${lang}>
            ${msg('No connection right now. You stay signed in here, and a meeting you log is kept on this device until it can be sent.')}
          </p>`
        : nothing}
      ${entries.length === 0
        ? nothing
        : html`<section aria-labelledby="outbox-heading" lang=${lang}>
            <h2 id="outbox-heading">${msg('Waiting to send')}</h2>
            <p>
              ${outbox.sending
                ? msg('Sending…')
                : waiting > 0
                  ? waitingInWords(waiting)
                  : msg('The log did not take what is below as it was. Please have a look.')}
            </p>
            ${this.stillWaiting && !outbox.sending
              ? html`<p role="status">${msg('Still no connection to the log. Nothing is lost: it goes by itself once there is one.')}</p>`
              : nothing}
            ${outbox.needsSignIn(account)
              ? html`<div class="alert" role="alert">
                  <p>${msg('Your sign-in has ended, so nothing could be sent. Sign in again and it goes at once; until then it stays on this device.')}</p>
                  <p><button type="button" @click=${this.#signIn}>${msg('Sign in again')}</button></p>
                </div>`
              : nothing}
            <ul>
              ${entries.map((entry) => this.#renderEntry(entry))}
            </ul>
            ${waiting > 0
              ? html`<p class="row">
                  <button type="button" ?disabled=${outbox.sending} @click=${this.#sendNow}>${msg('Send now')}</button>
                </p>`
              : nothing}
          </section>`}
    `;
  }

  #renderEntry(entry: OutboxEntry) {
    const title = `${MEETING_LABELS[entry.input.meeting]} · ${dateInWords(entry.input.date)}`;
    return html`<li id=${`kept-${entry.id}`}>
      <p><strong>${title}</strong>${this.group ? nothing : html` · ${this.#groupName(entry.group)}`}</p>
      ${entry.problem ? this.#renderProblem(entry) : html`<p>${msg('Waiting to send.')}</p>`}
      ${this.editing === entry.id
        ? html`<hrw-meeting-log-form
            ask-date
            .group=${entry.group}
            .kept=${entry}
            .timeZone=${this.#account.state.hosts.find((hosted) => hosted.slug === entry.group)?.timeZone}
            @hrw-meeting-saved=${this.#fixed}
            @hrw-meeting-kept=${this.#fixed}
            @hrw-meeting-edit-cancelled=${() => (this.editing = null)}
          ></hrw-meeting-log-form>`
        : nothing}
    </li>`;
  }

  #renderProblem(entry: OutboxEntry) {
    const problem = entry.problem;
    if (!problem) {
      return nothing;
    }
    let message;
    if (problem.kind === 'already-logged') {
      message = html`<p>${alreadyInLogNote(entry.input.meeting)}</p>
        <p><a href=${meetingsPath(entry.group)}>${msg('See the meeting log')}</a></p>`;
    } else if (problem.kind === 'invalid') {
      const reasons = problem.violations.map(reasonInWords);
      const why = reasons.length > 0 ? reasons.join('; ') : (problem.detail ?? msg('something in it needs another look'));
      message = html`<p>${msg(str`The log could not take it as it is: ${why}. Change it and send it again, or discard it.`)}</p>`;
    } else {
      message = html`<p>
        ${problem.status === 403
          ? msg('You no longer host this group, so the log cannot take it from you.')
          : msg('This group is no longer listed, so its log cannot take it.')}
      </p>`;
    }
    const editable = problem.kind !== 'not-allowed' && this.editing !== entry.id;
    return html`<div class="alert" role="alert">
      ${message}
      <p class="row">
        ${editable ? html`<button type="button" @click=${() => (this.editing = entry.id)}>${msg('Change it')}</button>` : nothing}
        <button type="button" class="secondary" @click=${() => this.#discard(entry)}>${msg('Discard it')}</button>
      </p>
    </div>`;
  }

  #groupName(slug: string): string {
    return this.#account.state.hosts.find((hosted) => hosted.slug === slug)?.name ?? slug;
  }

  #changed = (): void => {
    this.requestUpdate();
  };

  #sent = (event: Event): void => {
    if (!(event instanceof OutboxSentEvent)) {
      return;
    }
    const { kept, entry } = event;
    if (kept.account !== this.#account.state.account || (this.group && kept.group !== this.group)) {
      return;
    }
    this.sentNote = sentNotice(entry.meeting, entry.date, this.#groupName(kept.group));
    this.dispatchEvent(new KeptMeetingSentEvent(kept, entry));
  };

  #sendNow = async (): Promise<void> => {
    this.sentNote = '';
    this.stillWaiting = false;
    const summary = await sendNow();
    this.stillWaiting = !!summary && summary.waiting > 0 && !summary.signIn;
  };

  #signIn = (): void => {
    void session.signIn(`${window.location.pathname}${window.location.search}`);
  };

  #fixed = (event: Event): void => {
    // Sent straight away, or kept again as changed: either way the form took care of the old copy.
    event.stopPropagation();
    this.editing = null;
    if (event.type === 'hrw-meeting-saved') {
      this.sentNote = msg('Sent: the changed meeting is in the log.');
    }
  };

  #discard(entry: OutboxEntry): void {
    outbox.remove(entry.account, entry.id);
    this.sentNote = '';
  }
}

/** "One meeting is kept on this device…" / "3 meetings are…" */
function waitingInWords(count: number): string {
  return count === 1
    ? msg('One meeting is kept on this device and will go to the log when the connection is back.')
    : msg(str`${count} meetings are kept on this device and will go to the log when the connection is back.`);
}

customElements.define('hrw-meeting-outbox', HrwMeetingOutbox);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-meeting-outbox': HrwMeetingOutbox;
  }
  interface HTMLElementEventMap {
    'hrw-kept-meeting-sent': KeptMeetingSentEvent;
  }
}
