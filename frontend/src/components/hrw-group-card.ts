import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { groupPath, type GroupSummary } from '../api/groups.js';
import { ATTENDANCE_LABELS, FOCUS_LABELS, FORMAT_LABELS, OFFERING_LABELS, languageLabel, listInWords } from '../groups/labels.js';
import { meetingTime, type MeetingTimeText } from '../groups/meeting-time.js';
import { distanceText, viewerUnit, type DistanceUnit } from '../groups/units.js';
import { currentLocale } from '../i18n/locale.js';
import { interactiveStyles } from '../styles/shared.js';
import { keepNetworkNameTogether, networkNameStyles } from '../lib/network-name.js';

/** One group in a list: name, where, when it next meets, and what to expect. Props in, nothing out. */
export class HrwGroupCard extends LitElement {
  static override properties = {
    group: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    unit: {},
  };

  static override styles = [
    networkNameStyles,
    interactiveStyles,
    css`
      :host {
        display: block;
      }

      article {
        padding: var(--hrw-space-m) 0;
      }

      .name {
        margin: 0 0 0.3rem;
        font-size: var(--hrw-text-l);
        line-height: 1.3;
      }

      p {
        margin: 0 0 0.3rem;
      }

      .badges {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35rem;
        margin: 0 0 0.4rem;
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

      .where,
      .extra {
        color: var(--hrw-color-muted);
        font-size: var(--hrw-text-s);
      }

      .when {
        font-weight: 600;
      }

      .when .theirs {
        font-weight: 400;
        color: var(--hrw-color-muted);
      }
    `,
  ];

  declare group: GroupSummary | null;
  /** Which unit the distance leads with; the viewer's own by default. */
  declare unit: DistanceUnit;
  declare headingLevel: number;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.group = null;
    this.headingLevel = 3;
    this.unit = viewerUnit();
  }

  protected override render() {
    const group = this.group;
    if (!group) {
      return nothing;
    }
    const link = html`<a href=${groupPath(group.slug)}>${keepNetworkNameTogether(group.name)}</a>`;
    const next = group.nextMeeting ? meetingTime(group.nextMeeting) : null;
    const where = [
      group.distanceKm !== undefined ? distanceText(group.distanceKm, this.unit) : null,
      group.place ? `${group.place.city}, ${group.place.region}` : null,
      ATTENDANCE_LABELS[group.attendance],
    ].filter((part): part is string => Boolean(part));
    // English is taken for granted on an English page; a Spanish reader is told even that a group meets in English.
    const saysLanguages =
      group.languages.length > 0 && (group.languages.some((code) => code !== 'en') || currentLocale() !== 'en');
    return html`
      <article>
        ${this.headingLevel === 2 ? html`<h2 class="name">${link}</h2>` : html`<h3 class="name">${link}</h3>`}
        <ul class="badges" aria-label=${msg('About this group')}>
          <li>${FORMAT_LABELS[group.format]}</li>
          ${group.focus.map((focus) => html`<li>${FOCUS_LABELS[focus]}</li>`)}
          ${group.example ? html`<li class="quiet">${msg('Example listing')}</li>` : nothing}
          ${group.stale ? html`<li class="quiet">${msg('Not confirmed recently')}</li>` : nothing}
        </ul>
        <p class="where">${where.join(' · ')}</p>
        ${next
          ? html`<p class="when">
              ${this.#nextMeeting(next)}${group.nextMeeting?.moved
                ? html`<span class="theirs"> ${msg('(moved this time)')}</span>`
                : nothing}
            </p>`
          : html`<p class="when">${msg('No meeting on the calendar yet')}</p>`}
        ${group.offerings.length > 0
          ? html`<p class="extra">${this.#alsoOffers(group)}</p>`
          : nothing}
        ${saysLanguages
          ? html`<p class="extra">${this.#languages(group)}</p>`
          : nothing}
      </article>
    `;
  }

  /** "Next meeting: tonight at 7:00 PM", and the group's own clock beside it when it shows another time. */
  #nextMeeting(next: MeetingTimeText) {
    const { when, theirs } = next;
    return theirs
      ? msg(html`Next meeting: ${when}<span class="theirs"> your time (${theirs})</span>`)
      : msg(str`Next meeting: ${when}`);
  }

  #alsoOffers(group: GroupSummary): string {
    const offerings = listInWords(group.offerings.map((offering) => OFFERING_LABELS[offering]));
    return msg(str`Also offers: ${offerings}`);
  }

  #languages(group: GroupSummary): string {
    const languages = listInWords(group.languages.map(languageLabel));
    return msg(str`In ${languages}`);
  }
}

customElements.define('hrw-group-card', HrwGroupCard);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-group-card': HrwGroupCard;
  }
}
