import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { NAME_PREFIX } from '../../groups/group-form.js';
import { approveGroup, declineGroup, fetchPendingGroups, type Group } from '../../api/groups.js';
import { plainMessage } from '../../api/messages.js';
import '../../components/hrw-group-card.js';
import { meetingTime } from '../../groups/meeting-time.js';
import { dateInWords } from '../../meetings/meeting-words.js';
import { placeSummary } from '../../groups/place-words.js';
import { scheduleInWords } from '../../groups/schedule-words.js';
import { StewardAccess } from '../../lib/steward-access.js';
import { formStyles, interactiveStyles, pageStyles } from '../../styles/shared.js';

/** "/groups/review": stewards approve new listings, or decline them with a reason the hosts will read. */
export class HrwGroupReview extends LitElement {
  static override properties = {
    pending: { state: true },
    loading: { state: true },
    error: { state: true },
    declining: { state: true },
    reason: { state: true },
    reasonError: { state: true },
    busy: { state: true },
    notice: { state: true },
  };

  static override styles = [
    pageStyles,
    interactiveStyles,
    formStyles,
    css`
      ol {
        padding: 0;
        list-style: none;
      }

      ol > li {
        border-top: 1px solid var(--hrw-color-border);
        padding-bottom: var(--hrw-space-m);
      }

      li + li {
        margin-top: 0;
      }

      textarea {
        min-height: 5rem;
      }

      .listing {
        margin: 0 0 var(--hrw-space-m);
      }

      .listing dt {
        font-weight: 700;
        margin-top: var(--hrw-space-s);
      }

      .listing dd {
        margin: 0;
        overflow-wrap: anywhere;
      }

      .description {
        white-space: pre-line;
      }

      .muted {
        color: var(--hrw-color-muted);
        font-size: var(--hrw-text-s);
      }
    `,
  ];

  readonly #access = new StewardAccess(this, () => void this.#load());
  declare pending: Group[];
  declare loading: boolean;
  declare error: string | null;
  declare declining: string | null;
  declare reason: string;
  declare reasonError: string | null;
  declare busy: string | null;
  declare notice: string | null;


  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.pending = [];
    this.loading = false;
    this.error = null;
    this.declining = null;
    this.reason = '';
    this.reasonError = null;
    this.busy = null;
    this.notice = null;
  }

  protected override render() {
    return html`<h1>${msg('New groups to review')}</h1>
      ${this.#renderBody()}`;
  }

  #renderBody() {
    const forOthers = this.#access.renderForOthers({
      about: html`<p class="lead">
        ${msg(str`HRH413's stewards look over each new ${NAME_PREFIX} listing here before it appears in the directory.`)}
      </p>`,
      nothingHere: msg('there is nothing to review here'),
      elsewhere: msg(html`Everyone can <a href="/groups">find a group</a>.`),
    });
    if (forOthers) {
      return forOthers;
    }
    return html`
      ${this.notice ? html`<div class="alert success" role="status"><p>${this.notice}</p></div>` : nothing}
      ${this.error
        ? html`<div class="alert" role="alert">
            <p>${this.error}</p>
            <p><button type="button" class="secondary" @click=${() => void this.#load()}>${msg('Try again')}</button></p>
          </div>`
        : nothing}
      ${this.loading ? html`<p role="status">${msg('Loading the new listings…')}</p>` : nothing}
      ${!this.loading && !this.error && this.pending.length === 0 ? html`<p>${msg('Nothing is waiting. Thank you for keeping up.')}</p>` : nothing}
      ${this.pending.length > 0
        ? html`<ol>
            ${this.pending.map((group) => this.#renderPending(group))}
          </ol>`
        : nothing}
    `;
  }

  #renderPending(group: Group) {
    const busy = this.busy === group.slug;
    return html`<li>
      <hrw-group-card .group=${group} heading-level="2"></hrw-group-card>
      ${this.#renderListing(group)}
      ${this.declining === group.slug
        ? html`<form @submit=${(event: SubmitEvent) => this.#decline(event, group)} novalidate>
            <div class="field">
              <label for="reason">${msg('Why it is declined')}</label>
              <p class="hint" id="reason-hint">${msg('The hosts will read this. Be kind, and say what would help.')}</p>
              <textarea
                id="reason"
                aria-describedby=${this.reasonError ? 'reason-hint reason-error' : 'reason-hint'}
                aria-invalid=${this.reasonError ? 'true' : 'false'}
                .value=${this.reason}
                @input=${(event: Event) => (this.reason = (event.target as HTMLTextAreaElement).value)}
              ></textarea>
              ${this.reasonError ? html`<p class="field-error" id="reason-error">${this.reasonError}</p>` : nothing}
            </div>
            <p class="row">
              <button type="submit" ?disabled=${busy}>${msg(str`Decline ${group.name}`)}</button>
              <button type="button" class="secondary" @click=${() => (this.declining = null)}>${msg('Cancel')}</button>
            </p>
          </form>`
        : html`<p class="row">
            <button type="button" ?disabled=${busy} @click=${() => void this.#approve(group)}>${msg(str`Approve ${group.name}`)}</button>
            <button type="button" class="secondary" ?disabled=${busy} @click=${() => this.#startDecline(group)}>${msg('Decline…')}</button>
          </p>`}
    </li>`;
  }

  /**
   * What the card leaves out and a steward decides on: as the group's page will show it once approved. The next
   * meetings are on the group's own clock, wherever the steward is.
   */
  #renderListing(group: Group) {
    const upcoming = group.upcoming.slice(0, 3);
    const next = upcoming.map((meeting) => meetingTime(meeting, meeting.timeZone).yours).join('; ');
    const first = group.schedule.firstDate ? dateInWords(group.schedule.firstDate, false) : null;
    return html`<dl class="listing">
      <dt>${msg('When')}</dt>
      <dd>
        ${scheduleInWords(group.schedule)}${upcoming.length > 0
          ? html`<br /><span class="muted">${msg(str`Next: ${next}`)}</span>`
          : html`<br /><span class="muted">${first ? msg(str`First meeting ${first}`) : msg('First meeting not set')}</span>`}
      </dd>
      <dt>${msg('Where the public sees it')}</dt>
      <dd>${group.place ? placeSummary(group.place) : msg('Online only')}</dd>
      <dt>${msg('About the group')}</dt>
      <dd class="description">${group.description}</dd>
    </dl>`;
  }

  async #startDecline(group: Group): Promise<void> {
    this.declining = group.slug;
    this.reason = '';
    this.reasonError = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>('#reason')?.focus();
  }

  async #approve(group: Group): Promise<void> {
    await this.#act(group, () => approveGroup(group.slug), msg(str`${group.name} is approved and now in the directory.`));
  }

  async #decline(event: SubmitEvent, group: Group): Promise<void> {
    event.preventDefault();
    if (!this.reason.trim()) {
      this.reasonError = msg('Write a few words for the hosts, so they know what to change.');
      this.renderRoot.querySelector<HTMLTextAreaElement>('#reason')?.focus();
      return;
    }
    await this.#act(group, () => declineGroup(group.slug, this.reason.trim()), msg(str`${group.name} is declined; the hosts will see why.`));
  }

  async #act(group: Group, action: () => Promise<void>, done: string): Promise<void> {
    this.busy = group.slug;
    this.error = null;
    this.notice = null;
    try {
      await action();
      this.pending = this.pending.filter((item) => item.slug !== group.slug);
      this.declining = null;
      this.notice = done;
    } catch (error) {
      this.error = plainMessage(error);
    } finally {
      this.busy = null;
    }
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }

  async #load(): Promise<void> {
    this.loading = true;
    this.error = null;
    try {
      this.pending = await fetchPendingGroups();
    } catch (error) {
      this.error = plainMessage(error);
    } finally {
      this.loading = false;
    }
  }
}

customElements.define('hrw-group-review', HrwGroupReview);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-group-review': HrwGroupReview;
  }
}
