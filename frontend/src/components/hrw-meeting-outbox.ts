import { LitElement, css, html, nothing } from 'lit';
import type { Violation } from '../api/client.js';
import { meetingsPath, type MeetingLogEntry } from '../api/meetings.js';
import { session } from '../auth/session.js';
import { AccountController } from '../lib/account-controller.js';
import { MEETING_LABELS, dateInWords } from '../meetings/meeting-words.js';
import { outbox, OutboxSentEvent, type OutboxEntry } from '../meetings/outbox.js';
import { sendNow } from '../meetings/outbox-sync.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';
import './hrw-meeting-log-form.js';

/** The log form's fields as the host knows them, for the server's reasons about a kept meeting. */
const FIELD_WORDS: Record<string, string> = {
  date: 'the date',
  meeting: 'which meeting',
  exerciseSlug: 'the exercise',
  headcount: 'how many came',
  rating: 'how it went',
  note: 'the note',
  shareNote: 'sharing the note',
};

/** "the date must not be in the future": the field by its name in the form, not the server's path to it. */
export function reasonInWords(violation: Violation): string {
  const field = violation.field.split('.').pop() ?? '';
  const words = FIELD_WORDS[field];
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
    return html`
      <p class="sent alert success" role="status">${this.sentNote}</p>
      ${this.#account.state.offline && entries.length === 0
        ? html`<p class="offline" lang="en">
            No connection right now. You stay signed in here, and a meeting you log is kept on this device until it can
            be sent.
          </p>`
        : nothing}
      ${entries.length === 0
        ? nothing
        : html`<section aria-labelledby="outbox-heading" lang="en">
            <h2 id="outbox-heading">Waiting to send</h2>
            <p>
              ${outbox.sending
                ? 'Sending…'
                : waiting > 0
                  ? `${waiting === 1 ? 'One meeting is' : `${waiting} meetings are`} kept on this device and will go to the
                    log when the connection is back.`
                  : 'The log did not take what is below as it was. Please have a look.'}
            </p>
            ${this.stillWaiting && !outbox.sending
              ? html`<p role="status">Still no connection to the log. Nothing is lost: it goes by itself once there is one.</p>`
              : nothing}
            ${outbox.needsSignIn(account)
              ? html`<div class="alert" role="alert">
                  <p>Your sign-in has ended, so nothing could be sent. Sign in again and it goes at once; until then it stays on this device.</p>
                  <p><button type="button" @click=${this.#signIn}>Sign in again</button></p>
                </div>`
              : nothing}
            <ul>
              ${entries.map((entry) => this.#renderEntry(entry))}
            </ul>
            ${waiting > 0
              ? html`<p class="row">
                  <button type="button" ?disabled=${outbox.sending} @click=${this.#sendNow}>Send now</button>
                </p>`
              : nothing}
          </section>`}
    `;
  }

  #renderEntry(entry: OutboxEntry) {
    const title = `${MEETING_LABELS[entry.input.meeting]} · ${dateInWords(entry.input.date)}`;
    return html`<li id=${`kept-${entry.id}`}>
      <p><strong>${title}</strong>${this.group ? nothing : html` · ${this.#groupName(entry.group)}`}</p>
      ${entry.problem ? this.#renderProblem(entry) : html`<p>Waiting to send.</p>`}
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
      message = html`<p>
          The log already has a ${MEETING_LABELS[entry.input.meeting].toLowerCase()} on this date with different
          details, perhaps logged by another host. Compare it in the meeting log, then change this one (another date
          or meeting) or discard it.
        </p>
        <p><a href=${meetingsPath(entry.group)}>See the meeting log</a></p>`;
    } else if (problem.kind === 'invalid') {
      const reasons = problem.violations.map(reasonInWords);
      message = html`<p>
        The log could not take it as it is:
        ${reasons.length > 0 ? reasons.join('; ') : (problem.detail ?? 'something in it needs another look')}. Change it
        and send it again, or discard it.
      </p>`;
    } else {
      message = html`<p>
        ${problem.status === 403
          ? 'You no longer host this group, so the log cannot take it from you.'
          : 'This group is no longer listed, so its log cannot take it.'}
      </p>`;
    }
    const editable = problem.kind !== 'not-allowed' && this.editing !== entry.id;
    return html`<div class="alert" role="alert">
      ${message}
      <p class="row">
        ${editable ? html`<button type="button" @click=${() => (this.editing = entry.id)}>Change it</button>` : nothing}
        <button type="button" class="secondary" @click=${() => this.#discard(entry)}>Discard it</button>
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
    this.sentNote = `Sent: the ${MEETING_LABELS[entry.meeting].toLowerCase()} of ${dateInWords(entry.date)} is in the log of ${this.#groupName(kept.group)}.`;
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
      this.sentNote = 'Sent: the changed meeting is in the log.';
    }
  };

  #discard(entry: OutboxEntry): void {
    outbox.remove(entry.account, entry.id);
    this.sentNote = '';
  }
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
