import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { ApiError, type Page } from '../../api/client.js';
import { exercisePath } from '../../api/exercises.js';
import { groupPath } from '../../api/groups.js';
import {
  deleteMeeting,
  fetchMeetingLog,
  fetchPlan,
  type MeetingKind,
  type MeetingLogEntry,
} from '../../api/meetings.js';
import type { HostedGroup } from '../../api/me.js';
import { plainMessage } from '../../api/messages.js';
import { session } from '../../auth/session.js';
import '../../components/hrw-meeting-log-form.js';
import type { HrwMeetingLogForm, MeetingKeptEvent, MeetingSavedEvent } from '../../components/hrw-meeting-log-form.js';
import '../../components/hrw-meeting-outbox.js';
import '../../components/hrw-plan-entry-form.js';
import type { PlanDraft, PlanRemovedEvent, PlanSavedEvent } from '../../components/hrw-plan-entry-form.js';
import { AccountController } from '../../lib/account-controller.js';
import { groupToday } from '../../meetings/meeting-log.js';
import { hostPath } from '../../script/script-view.js';
import { HEADCOUNT_LABELS, MEETING_LABELS, dateInWords, keptNotice, loggedNotice, ratingInWords } from '../../meetings/meeting-words.js';
import { formStyles, interactiveStyles, pageStyles } from '../../styles/shared.js';

/** The group's slug from "/groups/{slug}/meetings". */
export function meetingsSlug(pathname: string): string {
  const part = pathname.split('/').filter(Boolean)[1] ?? '';
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

type Access = 'unknown' | 'allowed' | 'forbidden' | 'missing';

/**
 * "/groups/{slug}/meetings": for a group's hosts only. Log a meeting, plan the next ones (exercise, who brings it,
 * whether the public page shows it), and look back over the log, changing or deleting entries. The log holds no
 * names: dates, exercises, rough numbers and how it went.
 */
export class HrwGroupMeetings extends LitElement {
  static override properties = {
    access: { state: true },
    log: { state: true },
    logError: { state: true },
    plan: { state: true },
    planError: { state: true },
    newDate: { state: true },
    newDateError: { state: true },
    editing: { state: true },
    confirmingDelete: { state: true },
    deleting: { state: true },
    notice: { state: true },
  };

  static override styles = [
    pageStyles,
    interactiveStyles,
    formStyles,
    css`
      :host {
        max-width: 46rem;
      }

      .muted {
        color: var(--hrw-color-muted);
        font-size: var(--hrw-text-s);
      }

      .entries,
      .plan {
        margin: 0 0 var(--hrw-space-m);
        padding: 0;
        list-style: none;
      }

      .plan > li + li {
        margin-top: var(--hrw-space-s);
      }

      .entries > li {
        padding: var(--hrw-space-s) 0 var(--hrw-space-m);
        border-top: 1px solid var(--hrw-color-border);
      }

      .entries > li + li {
        margin-top: 0;
      }

      .entries h3 {
        margin: 0 0 var(--hrw-space-xs);
        font-size: var(--hrw-text-l);
      }

      .entries h3:focus {
        outline: none;
      }

      dl {
        margin: 0 0 var(--hrw-space-s);
      }

      dt {
        font-weight: 700;
      }

      dd {
        margin: 0 0 var(--hrw-space-xs);
        overflow-wrap: anywhere;
      }

      .note {
        white-space: pre-line;
      }

      .add {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: var(--hrw-space-xs) var(--hrw-space-s);
      }

      .add .field {
        margin: 0;
      }

      input[type='date'] {
        max-width: 14rem;
      }

      .pages {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--hrw-space-xs) var(--hrw-space-s);
      }
    `,
  ];

  declare access: Access;
  declare log: Page<MeetingLogEntry> | null;
  declare logError: string | null;
  declare plan: PlanDraft[] | null;
  declare planError: string | null;
  declare newDate: string;
  declare newDateError: string | null;
  declare editing: number | null;
  declare confirmingDelete: number | null;
  declare deleting: boolean;
  declare notice: string | null;

  readonly #slug = meetingsSlug(window.location.pathname);
  #requests: AbortController | null = null;
  readonly #account = new AccountController(this, (before) => {
    if (before.status !== 'signed-in' && this.#account.state.status === 'signed-in') {
      void this.#loadAll();
    }
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.access = 'unknown';
    this.log = null;
    this.logError = null;
    this.plan = null;
    this.planError = null;
    this.newDate = '';
    this.newDateError = null;
    this.editing = null;
    this.confirmingDelete = null;
    this.deleting = false;
    this.notice = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#account.state.status === 'signed-in') {
      void this.#loadAll();
    }
  }

  override disconnectedCallback(): void {
    this.#requests?.abort();
    super.disconnectedCallback();
  }

  get #groupName(): string {
    return this.#hosted?.name ?? msg('Your group');
  }

  get #hosted(): HostedGroup | undefined {
    return this.#account.state.hosts.find((group) => group.slug === this.#slug);
  }

  protected override render() {
    const account = this.#account.state;
    if (account.status === 'busy') {
      return html`<h1>${msg('Meeting log and planning')}</h1>
        <p role="status">${msg('Checking who you are…')}</p>`;
    }
    if (account.status !== 'signed-in') {
      return html`
        <h1>${msg('Meeting log and planning')}</h1>
        <p class="lead">
          ${msg('A group’s hosts keep a short record of their meetings here and plan the next exercises. Sign in to see your group’s.')}
        </p>
        <p><button type="button" @click=${() => void session.signIn(window.location.pathname)}>${msg('Sign in to continue')}</button></p>
        <p><a class="standalone" href=${groupPath(this.#slug)}>${msg('Back to the group')}</a></p>
      `;
    }
    if (this.access === 'forbidden') {
      return html`
        <h1>${msg('Only this group’s hosts can see its log')}</h1>
        <p class="lead">
          ${msg('The meeting log and the plan are kept for the people who host the group. If you host it too, ask another host to add you; if you came to find a meeting, the group’s page has everything you need.')}
        </p>
        <p><a href=${groupPath(this.#slug)}>${msg('Go to the group’s page')}</a></p>
      `;
    }
    if (this.access === 'missing') {
      return html`
        <h1>${msg('We could not find that group')}</h1>
        <p class="lead">${msg('It may have closed, or its address may have changed.')}</p>
        <p><a href="/groups">${msg('Look for a group')}</a></p>
      `;
    }
    return html`
      <p class="muted"><a class="standalone" href=${groupPath(this.#slug)}>${msg('Back to the group’s page')}</a></p>
      <h1>${msg('Meeting log and planning')}</h1>
      <p class="lead">
        ${this.#groupName}.
        ${msg('Only the group’s hosts see this page. The log keeps dates, exercises, rough numbers and how it went, never names.')}
      </p>
      ${this.#renderLogForm()} ${this.#renderPlan()} ${this.#renderLog()}
    `;
  }

  #renderLogForm() {
    const last = this.log?.items[0];
    return html`
      <hrw-meeting-outbox .group=${this.#slug} @hrw-kept-meeting-sent=${() => void this.#loadLog(this.log?.page ?? 0)}></hrw-meeting-outbox>
      <h2>${msg('Log a meeting')}</h2>
      ${this.notice ? html`<div class="alert success" role="status"><p>${this.notice}</p></div>` : nothing}
      <hrw-meeting-log-form
        id="new-entry"
        ask-date
        .group=${this.#slug}
        .timeZone=${this.#hosted?.timeZone}
        .meeting=${(last?.meeting ?? 'open') satisfies MeetingKind}
        @hrw-meeting-saved=${this.#logged}
        @hrw-meeting-kept=${this.#kept}
      ></hrw-meeting-log-form>
    `;
  }

  #renderPlan() {
    const plan = this.plan;
    return html`
      <h2 id="plan" tabindex="-1">${msg('Planning the next meetings')}</h2>
      <p>
        ${msg(html`Choose an exercise ahead of time, and note who is bringing it. On the day, <a href=${hostPath({ group: this.#slug })}>host mode</a> opens with the planned exercise ready.`)}
      </p>
      ${this.planError
        ? html`<div class="alert" role="alert">
            <p>${msg('The plan did not load.')} ${this.planError}</p>
            <p><button type="button" @click=${() => void this.#loadPlan()}>${msg('Try again')}</button></p>
          </div>`
        : nothing}
      ${plan === null && !this.planError ? html`<p role="status">${msg('Loading the plan…')}</p>` : nothing}
      ${plan && plan.length === 0 ? html`<p>${msg('Nothing planned yet.')}</p>` : nothing}
      ${plan && plan.length > 0
        ? html`<ul class="plan" aria-label=${msg('Planned meetings')}>
            ${plan.map(
              (entry) => html`<li>
                <hrw-plan-entry-form
                  data-date=${entry.date}
                  .group=${this.#slug}
                  .entry=${entry}
                  @hrw-plan-saved=${this.#planSaved}
                  @hrw-plan-removed=${this.#planRemoved}
                  @hrw-plan-stale=${() => void this.#loadPlan()}
                ></hrw-plan-entry-form>
              </li>`,
            )}
          </ul>`
        : nothing}
      ${plan
        ? html`<form class="add" novalidate @submit=${this.#addDate}>
            <div class="field">
              <label for="new-date">${msg('Plan another date')}</label>
              <input
                id="new-date"
                type="date"
                min=${groupToday(this.#hosted?.timeZone)}
                aria-describedby=${this.newDateError ? 'new-date-error' : nothing}
                aria-invalid=${this.newDateError ? 'true' : 'false'}
                .value=${this.newDate}
                @input=${(event: Event) => (this.newDate = (event.target as HTMLInputElement).value)}
              />
            </div>
            <button type="submit" class="secondary">${msg('Add this date')}</button>
          </form>
          ${this.newDateError ? html`<p class="field-error" id="new-date-error">${this.newDateError}</p>` : nothing}`
        : nothing}
    `;
  }

  #renderLog() {
    const log = this.log;
    const pages = log ? Math.max(1, Math.ceil(log.total / Math.max(1, log.size))) : 1;
    return html`
      <h2 id="log-heading" tabindex="-1">${msg('The meeting log')}</h2>
      ${this.logError
        ? html`<div class="alert" role="alert">
            <p>${msg('The log did not load.')} ${this.logError}</p>
            <p><button type="button" @click=${() => void this.#loadLog(log?.page ?? 0)}>${msg('Try again')}</button></p>
          </div>`
        : nothing}
      ${log === null && !this.logError ? html`<p role="status">${msg('Loading the log…')}</p>` : nothing}
      ${log && log.items.length === 0
        ? html`<p>${msg(html`No meetings logged yet. The form above, or <a href=${hostPath({ group: this.#slug })}>host mode</a>, adds the first.`)}</p>`
        : nothing}
      ${log && log.items.length > 0
        ? html`<ol class="entries" aria-label=${msg('Logged meetings, newest first')}>
            ${log.items.map((entry) => this.#renderEntry(entry))}
          </ol>`
        : nothing}
      ${log && pages > 1
        ? html`<nav class="pages" aria-label=${msg('Pages of the log')}>
            <button type="button" class="secondary" aria-disabled=${log.page === 0 ? 'true' : 'false'} @click=${() => this.#turn(-1)}>
              ${msg('Newer')}
            </button>
            <span>${msg(str`Page ${log.page + 1} of ${pages}`)}</span>
            <button
              type="button"
              class="secondary"
              aria-disabled=${log.page + 1 >= pages ? 'true' : 'false'}
              @click=${() => this.#turn(1)}
            >
              ${msg('Older')}
            </button>
          </nav>`
        : nothing}
    `;
  }

  #renderEntry(entry: MeetingLogEntry) {
    const heading = `${dateInWords(entry.date)} · ${MEETING_LABELS[entry.meeting]}`;
    if (this.editing === entry.id) {
      return html`<li>
        <h3 id=${`entry-${entry.id}`} tabindex="-1">${msg(str`Changing ${heading}`)}</h3>
        <hrw-meeting-log-form
          ask-date
          .group=${this.#slug}
          .timeZone=${this.#hosted?.timeZone}
          .entry=${entry}
          @hrw-meeting-saved=${this.#edited}
          @hrw-meeting-stale=${this.#reloadAfterStale}
          @hrw-meeting-edit-cancelled=${() => void this.#stopEditing(entry.id)}
        ></hrw-meeting-log-form>
      </li>`;
    }
    return html`<li>
      <h3 id=${`entry-${entry.id}`} tabindex="-1">${heading}</h3>
      <dl>
        <dt>${msg('Exercise')}</dt>
        <dd>${entry.exercise ? html`<a href=${exercisePath(entry.exercise.slug)}>${entry.exercise.title}</a>` : msg('None', { desc: 'No exercise at this meeting' })}</dd>
        <dt>${msg('About how many came')}</dt>
        <dd>${entry.headcount ? HEADCOUNT_LABELS[entry.headcount] : msg('Not counted')}</dd>
        <dt>${msg('How it went')}</dt>
        <dd>${ratingInWords(entry.rating)}</dd>
        ${entry.note
          ? html`<dt>${msg('Note')}</dt>
              <dd class="note">${entry.note}</dd>
              <dd class="muted">${entry.shareNote ? msg('Shared with other groups under the group’s name.') : msg('Kept within the group.')}</dd>`
          : nothing}
      </dl>
      ${this.confirmingDelete === entry.id
        ? html`<div class="alert" role="alert">
            <p>${msg(str`Delete the entry for ${heading}? This cannot be undone.`)}</p>
            <p class="row">
              <button type="button" ?disabled=${this.deleting} @click=${() => void this.#delete(entry)}>
                ${this.deleting ? msg('Deleting…') : msg('Delete it')}
              </button>
              <button type="button" class="secondary" @click=${() => (this.confirmingDelete = null)}>${msg('Keep it')}</button>
            </p>
          </div>`
        : html`<p class="row">
            <button type="button" class="secondary" aria-label=${msg(str`Change ${heading}`)} @click=${() => void this.#startEditing(entry.id)}>
              ${msg('Change')}
            </button>
            <button type="button" class="secondary" aria-label=${msg(str`Delete ${heading}`)} @click=${() => (this.confirmingDelete = entry.id)}>
              ${msg('Delete')}
            </button>
          </p>`}
    </li>`;
  }

  async #loadAll(): Promise<void> {
    await Promise.all([this.#loadLog(0), this.#loadPlan()]);
  }

  #signal(): AbortSignal {
    this.#requests ??= new AbortController();
    return this.#requests.signal;
  }

  /** A 403 or 404 says the same for the whole page, whichever request brings it. */
  #accessFrom(error: unknown): boolean {
    if (error instanceof ApiError && error.status === 403) {
      this.access = 'forbidden';
      return true;
    }
    if (error instanceof ApiError && error.status === 404) {
      this.access = 'missing';
      return true;
    }
    return false;
  }

  async #loadLog(page: number): Promise<void> {
    this.logError = null;
    const signal = this.#signal();
    try {
      this.log = await fetchMeetingLog(this.#slug, page, signal);
      if (this.access === 'unknown') {
        this.access = 'allowed';
      }
    } catch (error) {
      if (signal.aborted || this.#accessFrom(error)) {
        return;
      }
      this.logError = plainMessage(error);
    }
  }

  /** Opened at "#plan": focus went there once, and later reloads of the plan leave it where the host is. */
  #arrivedAtPlan = false;

  async #loadPlan(): Promise<void> {
    this.planError = null;
    const signal = this.#signal();
    try {
      const saved: PlanDraft[] = await fetchPlan(this.#slug, signal);
      // Dates added here but not saved yet stay on screen.
      const drafts = (this.plan ?? []).filter((entry) => entry.revision === null && !saved.some((item) => item.date === entry.date));
      this.plan = [...saved, ...drafts].sort((a, b) => a.date.localeCompare(b.date));
      // Links to "#plan" (from the group page) cannot reach into this page's shadow root by themselves.
      if (window.location.hash === '#plan' && !this.#arrivedAtPlan) {
        this.#arrivedAtPlan = true;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#plan')?.focus();
      }
    } catch (error) {
      if (signal.aborted || this.#accessFrom(error)) {
        return;
      }
      this.planError = plainMessage(error);
    }
  }

  #logged = async (event: MeetingSavedEvent): Promise<void> => {
    const entry = event.entry;
    this.notice = loggedNotice(entry.meeting, entry.date);
    this.renderRoot.querySelector<HrwMeetingLogForm>('#new-entry')?.reset();
    await this.#loadLog(0);
  };

  #kept = (event: MeetingKeptEvent): void => {
    const input = event.kept.input;
    this.notice = keptNotice(input.meeting, input.date);
    this.renderRoot.querySelector<HrwMeetingLogForm>('#new-entry')?.reset();
  };

  #edited = async (event: MeetingSavedEvent): Promise<void> => {
    const entry = event.entry;
    if (this.log) {
      this.log = { ...this.log, items: this.log.items.map((item) => (item.id === entry.id ? entry : item)) };
    }
    await this.#stopEditing(entry.id);
  };

  #reloadAfterStale = async (): Promise<void> => {
    const id = this.editing;
    this.editing = null;
    await this.#loadLog(this.log?.page ?? 0);
    await this.updateComplete;
    if (id !== null) {
      this.renderRoot.querySelector<HTMLElement>(`#entry-${id}`)?.focus();
    }
  };

  async #startEditing(id: number): Promise<void> {
    this.editing = id;
    this.confirmingDelete = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#entry-${id}`)?.focus();
  }

  async #stopEditing(id: number): Promise<void> {
    this.editing = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#entry-${id}`)?.focus();
  }

  async #delete(entry: MeetingLogEntry): Promise<void> {
    this.deleting = true;
    try {
      await deleteMeeting(this.#slug, entry.id);
    } catch (error) {
      // Already gone is what was wanted; anything else is said where the log is.
      if (!(error instanceof ApiError && error.status === 404)) {
        this.logError = plainMessage(error);
        this.deleting = false;
        return;
      }
    }
    this.deleting = false;
    this.confirmingDelete = null;
    const log = this.log;
    const page = log && log.items.length === 1 && log.page > 0 ? log.page - 1 : (log?.page ?? 0);
    await this.#loadLog(page);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#log-heading')?.focus();
  }

  async #turn(delta: number): Promise<void> {
    const log = this.log;
    if (!log) {
      return;
    }
    const pages = Math.max(1, Math.ceil(log.total / Math.max(1, log.size)));
    const page = log.page + delta;
    if (page < 0 || page >= pages) {
      return;
    }
    this.editing = null;
    this.confirmingDelete = null;
    await this.#loadLog(page);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#log-heading')?.focus();
  }

  #addDate = async (event: Event): Promise<void> => {
    event.preventDefault();
    const date = this.newDate;
    const plan = this.plan ?? [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      this.newDateError = msg('Choose a date first.');
      return;
    }
    if (date < groupToday(this.#hosted?.timeZone)) {
      this.newDateError = msg('That date has passed: plan today or a day still to come.');
      return;
    }
    this.newDateError = null;
    if (!plan.some((entry) => entry.date === date)) {
      const draft: PlanDraft = { date, exercise: null, chooser: null, showPublicly: false, revision: null };
      this.plan = [...plan, draft].sort((a, b) => a.date.localeCompare(b.date));
    }
    this.newDate = '';
    await this.updateComplete;
    const form = this.renderRoot.querySelector<LitElement>(`hrw-plan-entry-form[data-date="${date}"]`);
    await form?.updateComplete;
    form?.shadowRoot?.querySelector<HTMLElement>('#date-heading')?.focus();
  };

  #planSaved = (event: PlanSavedEvent): void => {
    const saved = event.entry;
    this.plan = (this.plan ?? []).map((entry) => (entry.date === saved.date ? saved : entry));
  };

  #planRemoved = async (event: PlanRemovedEvent): Promise<void> => {
    this.plan = (this.plan ?? []).filter((entry) => entry.date !== event.date);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#new-date')?.focus();
  };
}

customElements.define('hrw-group-meetings', HrwGroupMeetings);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-group-meetings': HrwGroupMeetings;
  }
}
