import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { ApiError } from '../../api/client.js';
import { exercisePath } from '../../api/exercises.js';
import {
  calendarUrl,
  changeMeetingDate,
  confirmStillMeeting,
  editGroupPath,
  fetchGroup,
  finderPath,
  inviteCoHost,
  messagesUrl,
  restoreMeetingDate,
  setGroupStatus,
  type Group,
  type Invitation,
} from '../../api/groups.js';
import { fetchNextExercise, meetingsPath, type NextExercise } from '../../api/meetings.js';
import { plainMessage } from '../../api/messages.js';
import { isScriptLanguage } from '../../api/script.js';
import { session } from '../../auth/session.js';
import '../../components/hrw-cohost-invite.js';
import '../../components/hrw-group-status-actions.js';
import '../../components/hrw-host-message-form.js';
import '../../components/hrw-meeting-date-list.js';
import type { HostAction, HostActionEvent } from '../../groups/host-actions.js';
import {
  ATTENDANCE_LABELS,
  FOCUS_LABELS,
  FORMAT_HINTS,
  FORMAT_LABELS,
  OFFERING_LABELS,
  languageLabel,
  listInWords,
} from '../../groups/labels.js';
import { calendarDate, clockTime, meetingTime, sentenceStart, zoneCity } from '../../groups/meeting-time.js';
import { directionsUrl, placeSummary } from '../../groups/place-words.js';
import { changeInWords, scheduleInWords } from '../../groups/schedule-words.js';
import { hostPath } from '../../script/script-view.js';
import { formStyles, interactiveStyles, pageStyles } from '../../styles/shared.js';
import { keepNetworkNameTogether, networkNameStyles } from '../../lib/network-name.js';

function statusNote(status: Group['status']): string | null {
  switch (status) {
    case 'pending':
      return msg('This listing is waiting for a steward to look it over. Only its hosts and the stewards can see it.');
    case 'paused':
      return msg('This group is taking a break. Check back later, or look for another group nearby.');
    case 'closed':
      return msg('This group no longer meets. There may be another one nearby.');
    case 'declined':
      return msg('This listing was not added to the directory. Only its hosts and the stewards can see it.');
    default:
      return null;
  }
}

/** What the public sees once a host changed the status, said to the host. */
function statusDone(status: 'active' | 'paused' | 'closed'): string {
  switch (status) {
    case 'paused':
      return msg('The group is paused. It is out of the search, and its page says it is taking a break.');
    case 'active':
      return msg('Welcome back. The group is in the search again, with its usual meetings.');
    case 'closed':
      return msg('The group is closed. Its page now says it no longer meets, and it is out of the search.');
  }
}

/** Why a host's action did not happen, in plain words; the server's own explanation where it gives one. */
export function hostProblemInWords(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 403) {
      return msg('Only the group’s hosts can do that. If you host it, sign in with the account you host it with.');
    }
    if (error.status === 409) {
      const why = error.detail ?? error.title;
      return msg(str`${why} Another host may have changed it just now; the page shows it as it is.`);
    }
    if (error.violations.length > 0) {
      return error.violations.map((violation) => violation.message).join(' ');
    }
  }
  return plainMessage(error);
}

/** How people take part, as the first words under "Where". */
function attendanceSentence(attendance: Group['attendance']): string {
  switch (attendance) {
    case 'in-person':
      return msg('In person.');
    case 'online':
      return msg('Online only: you can join from anywhere.');
    case 'hybrid':
      return msg('In person, and online for anyone who cannot be there.');
  }
}

/** The group's slug from "/groups/{slug}". */
export function slugFromPath(pathname: string): string {
  const part = pathname.split('/').filter(Boolean)[1] ?? '';
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** "/groups/{slug}": everything public about one group, and for its hosts a way to edit it. */
export class HrwGroupPage extends LitElement {
  static override properties = {
    group: { state: true },
    loading: { state: true },
    error: { state: true },
    missing: { state: true },
    nextExercise: { state: true },
    hostBusy: { state: true },
    hostNotice: { state: true },
    hostProblem: { state: true },
    invitation: { state: true },
  };

  static override styles = [
    networkNameStyles,
    pageStyles,
    interactiveStyles,
    formStyles,
    css`
      .badges {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35rem;
        margin: 0 0 var(--hrw-space-m);
        padding: 0;
        list-style: none;
      }

      .badges li {
        margin: 0;
        padding: 0 0.55rem;
        border-radius: 999px;
        border: 1px solid var(--hrw-color-accent);
        font-size: var(--hrw-text-s);
        font-weight: 600;
      }

      .badges .quiet {
        border-color: var(--hrw-color-notice-border);
        background: var(--hrw-color-notice-bg);
      }

      .description {
        white-space: pre-line;
      }

      .muted {
        color: var(--hrw-color-muted);
        font-size: var(--hrw-text-s);
      }

      .meetings {
        padding-left: 1.25rem;
      }

      .theirs {
        color: var(--hrw-color-muted);
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

      .address {
        font-style: normal;
        margin: 0 0 var(--hrw-space-s);
      }

      .host-panel {
        margin: var(--hrw-space-m) 0 var(--hrw-space-l);
        padding: var(--hrw-space-m);
        border: 2px solid var(--hrw-color-accent);
        border-radius: var(--hrw-radius);
      }

      .host-panel h2 {
        margin-top: 0;
      }

      .host-links {
        margin: 0 0 var(--hrw-space-m);
        padding: 0;
        list-style: none;
      }

      .host-links li {
        margin: 0 0 var(--hrw-space-s);
      }
    `,
  ];

  declare group: Group | null;
  declare loading: boolean;
  declare error: string | null;
  declare missing: boolean;
  /** The exercise the group chose to show for its next meeting, if it did. */
  declare nextExercise: NextExercise | null;
  /** A host's action is on its way to the server. */
  declare hostBusy: boolean;
  /** What the last action did, announced (role=status). */
  declare hostNotice: string | null;
  /** Why the last action did not happen, announced (role=alert). */
  declare hostProblem: string | null;
  /** The co-host code just made; shown once, never stored. */
  declare invitation: Invitation | null;

  #request: AbortController | null = null;
  readonly #slug = slugFromPath(window.location.pathname);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.group = null;
    this.loading = true;
    this.error = null;
    this.missing = false;
    this.nextExercise = null;
    this.hostBusy = false;
    this.hostNotice = null;
    this.hostProblem = null;
    this.invitation = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    session.addEventListener('change', this.#onSession);
    void this.#load();
  }

  override disconnectedCallback(): void {
    session.removeEventListener('change', this.#onSession);
    this.#request?.abort();
    super.disconnectedCallback();
  }

  /**
   * On a full page load the saved sign-in is restored after the first request went out without a token: a host
   * would see the public listing only (or none, while it waits for approval). Once signed in, ask again.
   */
  #onSession = (): void => {
    if (session.state.status === 'busy') {
      return;
    }
    const signedIn = session.state.status === 'signed-in';
    if (this.#waitingForSession || signedIn !== this.#askedSignedIn) {
      void this.#load();
    }
  };

  #askedSignedIn = session.state.status === 'signed-in';
  /** A stored sign-in was being restored when the page opened: asking without the token would only mislead. */
  #waitingForSession = false;

  protected override render() {
    if (this.group) {
      return this.#renderGroup(this.group);
    }
    if (this.missing) {
      return html`
        <h1>${msg('We could not find that group')}</h1>
        <p class="lead">${msg('It may have closed, or its address may have changed.')}</p>
        <p><a class="standalone" href=${finderPath()}>${msg('Look for a group')}</a></p>
      `;
    }
    return html`
      <h1>${msg('A Harm Reduction Works-HRW group')}</h1>
      ${this.loading ? html`<p role="status">${msg('Loading the group…')}</p>` : nothing}
      ${this.error
        ? html`<div class="alert" role="alert">
            <p>${msg(str`The group did not load. ${this.error}`)}</p>
            <p><button type="button" @click=${() => void this.#load()}>${msg('Try again')}</button></p>
          </div>`
        : nothing}
    `;
  }

  /** A declined listing's hosts read the steward's reason here; nobody else gets private details. */
  #declineReason(group: Group) {
    const reason = group.status === 'declined' ? group.privateDetails?.['declineReason'] : undefined;
    return typeof reason === 'string' && reason ? html`<p>${msg(str`The stewards said: “${reason}”`)}</p>` : nothing;
  }

  #renderGroup(group: Group) {
    const status = statusNote(group.status);
    return html`
      <p class="muted"><a class="standalone" href=${finderPath()}>${msg('Find a group')}</a></p>
      <h1>${keepNetworkNameTogether(group.name)}</h1>
      <ul class="badges" aria-label=${msg('About this group')}>
        <li>${FORMAT_LABELS[group.format]}</li>
        ${group.focus.map((focus) => html`<li>${focus === 'other' && group.focusOther ? group.focusOther : FOCUS_LABELS[focus]}</li>`)}
        <li>${ATTENDANCE_LABELS[group.attendance]}</li>
        ${group.example ? html`<li class="quiet">${msg('Example listing')}</li>` : nothing}
        ${group.stale ? html`<li class="quiet">${msg('Not confirmed recently')}</li>` : nothing}
      </ul>
      ${status ? html`<div class="alert"><p>${status}</p>${this.#declineReason(group)}</div>` : nothing}
      ${group.example
        ? html`<div class="alert"><p>${msg('This is a sample listing to show how the directory works. Nobody meets here.')}</p></div>`
        : nothing}
      <p class="description">${group.description}</p>
      ${group.youHost ? this.#renderHostPanel(group) : nothing}
      ${this.#renderWhen(group)} ${this.#renderWhere(group)} ${this.#renderExpect(group)} ${this.#renderContact(group)}
      <p class="muted">
        ${group.lastVerified ? this.#lastConfirmed(group.lastVerified) : nothing}
        ${group.stale ? msg('The hosts have not confirmed these details recently, so it may be worth asking before you go.') : nothing}
      </p>
    `;
  }

  #lastConfirmed(date: string): string {
    const when = calendarDate(date, true);
    return msg(str`Last confirmed by the hosts on ${when}.`);
  }

  /** "(New York time)": the clock the usual schedule is on. */
  #zoneNote(timeZone: string): string {
    const city = zoneCity(timeZone);
    return msg(str`(${city} time)`, { desc: 'The time zone of a group’s usual schedule, named by its city' });
  }

  /** "Open meeting, for anyone curious about harm reduction." */
  #kind(group: Group): string {
    return `${FORMAT_LABELS[group.format]}, ${FORMAT_HINTS[group.format]}.`;
  }

  /** The host's home: what only the group's hosts see, and the things they do week to week. */
  #renderHostPanel(group: Group) {
    return html`
      <section class="host-panel" aria-labelledby="host-heading">
        <h2 id="host-heading">${msg('For the hosts')}</h2>
        <div class="notices">
          <div role="status" class=${this.hostNotice ? 'alert success' : ''} tabindex="-1" id="host-notice">
            ${this.hostNotice ? html`<p>${this.hostNotice}</p>` : nothing}
          </div>
          ${this.hostProblem
            ? html`<div class="alert" role="alert" tabindex="-1" id="host-problem"><p>${this.hostProblem}</p></div>`
            : nothing}
        </div>
        <ul class="host-links standalone-links">
          <li><a class="button-link" href=${hostPath({ meeting: group.format, lang: group.languages.find(isScriptLanguage) ?? 'en', group: group.slug })}>${msg('Host mode')}</a> <span class="muted">${msg('the script, one part at a time')}</span></li>
          <li><a href=${meetingsPath(group.slug)}>${msg('Meeting log')}</a></li>
          <li><a href=${`${meetingsPath(group.slug)}#plan`}>${msg('The plan for the next meetings')}</a></li>
          <li><a href=${editGroupPath(group.slug)}>${msg('Change this listing')}</a></li>
        </ul>
        <hrw-group-status-actions
          .status=${group.status}
          .lastVerified=${group.lastVerified}
          ?stale=${group.stale}
          ?busy=${this.hostBusy}
          @hrw-host-action=${this.#onHostAction}
        ></hrw-group-status-actions>
        ${group.status === 'active' || group.status === 'paused'
          ? html`
              <h3>${msg('Cancel or move a date')}</h3>
              <hrw-meeting-date-list
                .upcoming=${group.upcoming}
                .changes=${group.schedule.changes}
                .usualStart=${group.schedule.start}
                ?busy=${this.hostBusy}
                @hrw-host-action=${this.#onHostAction}
              ></hrw-meeting-date-list>
              <h3>${msg('Invite a co-host')}</h3>
              <hrw-cohost-invite
                .invitation=${this.invitation}
                .groupName=${group.name}
                ?busy=${this.hostBusy}
                @hrw-host-action=${this.#onHostAction}
              ></hrw-cohost-invite>
            `
          : nothing}
      </section>
    `;
  }

  #onHostAction = (event: HostActionEvent): void => {
    void this.#act(event.action);
  };

  /** Makes the call, then shows the listing as the server now has it, and says what happened or why not. */
  async #act(action: HostAction): Promise<void> {
    const group = this.group;
    if (!group || this.hostBusy) {
      return;
    }
    this.hostBusy = true;
    this.hostNotice = null;
    this.hostProblem = null;
    let done: string | null = null;
    let problem: string | null = null;
    try {
      done = await this.#call(group, action);
    } catch (error) {
      problem = hostProblemInWords(error);
    }
    // Said once the page shows the listing as it now is: announced earlier, it would describe a page still changing.
    const stale = await this.#refresh();
    this.hostNotice = done;
    this.hostProblem = [problem, stale].filter(Boolean).join(' ') || null;
    this.hostBusy = false;
    await this.updateComplete;
    // The button pressed may be gone (Pause became Resume): the message is where the host carries on from.
    this.renderRoot.querySelector<HTMLElement>(this.hostProblem ? '#host-problem' : '#host-notice')?.focus();
  }

  async #call(group: Group, action: HostAction): Promise<string> {
    const slug = group.slug;
    switch (action.kind) {
      case 'confirm':
        await confirmStillMeeting(slug);
        return msg('Thank you. The listing now shows it was confirmed today.');
      case 'status':
        await setGroupStatus(slug, action.status);
        return statusDone(action.status);
      case 'cancel-date':
        await changeMeetingDate(slug, { date: action.date, kind: 'cancelled' });
        return msg(str`Cancelled. The page and the calendar now say there is no meeting on ${calendarDate(action.date)}.`);
      case 'move-date':
        await changeMeetingDate(slug, {
          date: action.date,
          kind: 'moved',
          movedToDate: action.movedToDate,
          movedToStart: action.movedToStart,
        });
        return msg(
          str`Moved. The meeting on ${calendarDate(action.date)} is now on ${calendarDate(action.movedToDate)} at ${clockTime(action.movedToStart)}.`,
        );
      case 'restore-date':
        await restoreMeetingDate(slug, action.date);
        return msg(str`The meeting on ${calendarDate(action.date)} is back at its usual time.`);
      case 'invite':
        this.invitation = await inviteCoHost(slug);
        return msg('Here is a new co-host code. It is shown only this once.');
    }
  }

  /**
   * The listing as the server now has it, without the loading state (the page stays where the host is); what went
   * wrong when it could not be asked for.
   */
  async #refresh(): Promise<string | null> {
    try {
      this.group = await fetchGroup(this.#slug);
      return null;
    } catch (error) {
      const why = plainMessage(error);
      return msg(str`The page could not be refreshed: ${why}`);
    }
  }

  #renderWhen(group: Group) {
    const schedule = group.schedule;
    const upcoming = group.upcoming.length > 0 ? group.upcoming : group.nextMeeting ? [group.nextMeeting] : [];
    return html`
      <h2>${msg('When')}</h2>
      <p>
        <strong>${scheduleInWords(schedule)}</strong>
        <span class="theirs">${this.#zoneNote(schedule.timeZone)}</span>
      </p>
      ${upcoming.length > 0
        ? html`
            <h3>${msg('Next meetings')}</h3>
            <ul class="meetings">
              ${upcoming.map((meeting) => {
                const time = meetingTime(meeting);
                const when = sentenceStart(time.when);
                const theirs = time.theirs;
                return html`<li>
                  ${theirs ? msg(html`${when}<span class="theirs"> your time (${theirs})</span>`) : when}
                  ${meeting.moved ? html`<span class="theirs"> ${msg('(moved from the usual time)')}</span>` : nothing}
                </li>`;
              })}
            </ul>
          `
        : html`<p>${msg('There is no meeting on the calendar right now.')}</p>`}
      ${this.#renderNextExercise()}
      ${schedule.changes.length > 0
        ? html`
            <h3>${msg('Changes to the usual schedule')}</h3>
            <ul>
              ${schedule.changes.map((change) => html`<li>${changeInWords(change)}</li>`)}
            </ul>
          `
        : nothing}
      <p>
        <a href=${calendarUrl(group.slug)}>${msg('Add to calendar')}</a>
        <span class="muted">${msg('(a calendar file your phone or computer can open)')}</span>
      </p>
    `;
  }

  #renderNextExercise() {
    const next = this.nextExercise;
    if (!next) {
      return nothing;
    }
    const date = calendarDate(next.date);
    const exercise = html`<a href=${exercisePath(next.exercise.slug)}>${next.exercise.title}</a>`;
    return html`<p>${msg(html`At the next meeting (${date}): ${exercise}`)}</p>`;
  }

  #renderWhere(group: Group) {
    const place = group.place;
    const directions = directionsUrl(place);
    return html`
      <h2>${msg('Where')}</h2>
      <p class="attendance">${attendanceSentence(group.attendance)}</p>
      ${place && group.attendance !== 'online'
        ? html`
            ${place.visibility === 'exact'
              ? html`<address class="address">
                  ${place.venue ? html`${place.venue}<br />` : nothing}
                  ${place.address ? html`${place.address}<br />` : nothing}
                  ${place.city}, ${place.region}${place.postalCode ? ` ${place.postalCode}` : ''}
                </address>`
              : html`<p>${placeSummary(place)}</p>`}
            ${place.notes ? html`<p>${place.notes}</p>` : nothing}
            ${directions
              ? html`<p>
                  <a href=${directions} rel="external noopener noreferrer">${msg('Directions')}</a>
                  <span class="muted">${msg('(opens OpenStreetMap)')}</span>
                </p>`
              : nothing}
          `
        : nothing}
      ${group.attendance === 'in-person'
        ? nothing
        : group.onlineUrl
          ? html`<p><a href=${group.onlineUrl} rel="external noopener noreferrer">${msg('Join the meeting online')}</a></p>`
          : html`<p>${msg('The hosts share the link to the online meeting when you ask them.')}</p>`}
    `;
  }

  #renderExpect(group: Group) {
    const offerings = group.offerings.map((offering) =>
      offering === 'other' && group.offeringOther ? group.offeringOther : OFFERING_LABELS[offering],
    );
    return html`
      <h2>${msg('What to expect')}</h2>
      <dl>
        <dt>${msg('Kind of meeting')}</dt>
        <dd>${this.#kind(group)}</dd>
        ${offerings.length > 0 ? html`<dt>${msg('Also offers')}</dt><dd>${listInWords(offerings)}</dd>` : nothing}
        <dt>${group.languages.length === 1 ? msg('Language') : msg('Languages')}</dt>
        <dd>${sentenceStart(listInWords(group.languages.map(languageLabel)))}</dd>
        ${group.accessibilityNotes ? html`<dt>${msg('Access')}</dt><dd>${group.accessibilityNotes}</dd>` : nothing}
      </dl>
    `;
  }

  #renderContact(group: Group) {
    const email = group.contact.method === 'email' ? group.contact.email : undefined;
    const writable = group.status === 'active' || group.status === 'paused';
    // "Shared when you ask" (see Where): this form is how people ask.
    const onRequest =
      (group.place !== undefined && group.place.visibility !== 'exact') ||
      (group.attendance !== 'in-person' && (group.onlineLinkOnRequest || !group.onlineUrl));
    return html`
      <h2>${msg('Getting in touch')}</h2>
      ${email ? html`<p>${msg(html`Write to the hosts at <a href=${`mailto:${email}`}>${email}</a>.`)}</p>` : nothing}
      ${writable
        ? html`
            <h3>${msg('Send the hosts a message')}</h3>
            <hrw-host-message-form
              .action=${group.contact.messages ?? messagesUrl(group.slug)}
              .onRequest=${onRequest}
            ></hrw-host-message-form>
          `
        : nothing}
      ${!email && !writable
        ? html`<p>${msg('You are welcome to simply come to a meeting: nobody needs to sign up or call ahead.')}</p>`
        : nothing}
    `;
  }

  async #load(): Promise<void> {
    this.#request?.abort();
    this.loading = true;
    this.error = null;
    this.missing = false;
    this.#waitingForSession = session.state.status === 'busy';
    if (this.#waitingForSession) {
      return;
    }
    const request = new AbortController();
    this.#request = request;
    this.#askedSignedIn = session.state.status === 'signed-in';
    try {
      this.group = await fetchGroup(this.#slug, request.signal);
      document.title = `${this.group.name} | Harm Reduction Works-HRW`;
      // Only listed groups plan in public; asking for a pending one would just be refused.
      if (this.group.status === 'active' || this.group.status === 'paused') {
        void this.#loadNextExercise(request.signal);
      }
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
  }

  /** Only what the group chose to share; a 404 (or an empty answer) means there is nothing to show. */
  async #loadNextExercise(signal: AbortSignal): Promise<void> {
    this.nextExercise = null;
    try {
      const next = await fetchNextExercise(this.#slug, signal);
      if (!signal.aborted && next?.exercise) {
        this.nextExercise = next;
      }
    } catch {
      // A nice extra on the page, never a reason to show an error.
    }
  }
}

customElements.define('hrw-group-page', HrwGroupPage);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-group-page': HrwGroupPage;
  }
}
