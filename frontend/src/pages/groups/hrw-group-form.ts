import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { ApiError } from '../../api/client.js';
import {
  ATTENDANCES,
  FOCUSES,
  FORMATS,
  OFFERINGS,
  WEEKDAYS,
  fetchGroup,
  groupPath,
  isStaleListing,
  registerGroup,
  updateGroup,
  type Group,
  type GroupInput,
  type Recurrence,
  type Visibility,
} from '../../api/groups.js';
import { plainMessage } from '../../api/messages.js';
import { session, type SessionState } from '../../auth/session.js';
import '../../components/hrw-place-search.js';
import type { PlaceChosenEvent, QueryChangedEvent } from '../../components/hrw-place-search.js';
import { focusErrorSummary } from '../../components/hrw-error-summary.js';
import {
  GROUP_FIELDS,
  blankInput,
  fieldForViolation,
  NAME_PREFIX,
  groupName,
  groupServerWords,
  inputFromGroup,
  timeZoneChoices,
  type FieldId,
} from '../../groups/group-form.js';
import {
  ATTENDANCE_LABELS,
  FOCUS_LABELS,
  FORMAT_HINTS,
  LANGUAGE_CODES,
  OFFERING_LABELS,
  WEEKDAY_LABELS,
  languageLabel,
} from '../../groups/labels.js';
import { viewerTimeZone, zoneCity } from '../../groups/meeting-time.js';
import { editConflictAlert } from '../../lib/edit-conflict.js';
import { MEETING_LABELS } from '../../meetings/meeting-words.js';
import { FormCheck } from '../../lib/form-check.js';
import { router } from '../../router.js';
import { formStyles, interactiveStyles, pageStyles } from '../../styles/shared.js';
import { randomId } from '../../lib/random-id.js';

function recurrenceLabel(recurrence: Recurrence): string {
  switch (recurrence) {
    case 'weekly':
      return msg('Every week');
    case 'every-other-week':
      return msg('Every other week');
    case 'monthly':
      return msg('Once a month');
  }
}

/** The name the group will have; until a place name is typed, how it will be made. */
export function namePreview(locality: string): string {
  const name = groupName(locality);
  return locality.trim()
    ? msg(str`The group will be called “${name}”.`)
    : msg(str`Its name will be “${NAME_PREFIX}” followed by the place name.`);
}

/** What the public then sees, in the words of the choice: two of them differ only in how much they show. */
function visibilityLabel(visibility: Visibility): string {
  switch (visibility) {
    case 'exact':
      return msg('Public address: everyone sees the full address and a pin on the map');
    case 'approximate':
      return msg(
        'Town only: everyone sees the town and a pin within about 1 km (half a mile); you give the address to people who ask',
      );
    case 'on-request':
      return msg('Area only: everyone sees the town’s name but no pin on the map; you give the place to people who ask');
  }
}

function weeks(): { value: number; label: string }[] {
  return [
    { value: 1, label: msg('First', { desc: 'Which week of the month: the first' }) },
    { value: 2, label: msg('Second', { desc: 'Which week of the month: the second' }) },
    { value: 3, label: msg('Third', { desc: 'Which week of the month: the third' }) },
    { value: 4, label: msg('Fourth', { desc: 'Which week of the month: the fourth' }) },
    { value: -1, label: msg('Last', { desc: 'Which week of the month: the last' }) },
  ];
}

/** "/groups/{slug}" for "/groups/{slug}/edit", or null for "/groups/new". */
export function editedSlug(pathname: string): string | null {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length !== 3 || parts[2] !== 'edit' || !parts[1]) {
    return null;
  }
  try {
    return decodeURIComponent(parts[1]);
  } catch {
    return parts[1];
  }
}

/**
 * "/groups/new" registers a group; "/groups/{slug}/edit" changes one (hosts only). Signed-in people only. Each
 * field is checked in plain words as it is filled in, and the server's problems land on the same fields; a failed
 * submit lists them all in a summary at the top that takes focus.
 */
export class HrwGroupForm extends LitElement {
  static override properties = {
    account: { state: true },
    input: { state: true },
    town: { state: true },
    formError: { state: true },
    stale: { state: true },
    saving: { state: true },
    loading: { state: true },
    created: { state: true },
    group: { state: true },
  };

  static override styles = [
    pageStyles,
    interactiveStyles,
    formStyles,
    css`
      fieldset {
        margin: 0 0 var(--hrw-space-m);
        padding: 0;
        border: 0;
        min-width: 0;
      }

      legend {
        font-weight: 700;
        margin-bottom: 0.3rem;
        padding: 0;
      }

      .section {
        margin: var(--hrw-space-l) 0 var(--hrw-space-m);
        padding-top: var(--hrw-space-s);
        border-top: 1px solid var(--hrw-color-border);
      }

      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem var(--hrw-space-m);
      }

      .choices.stack {
        flex-direction: column;
      }

      .choices label {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        min-height: 2.75rem;
        margin: 0;
        font-weight: 400;
      }

      fieldset:focus-visible {
        outline: 3px solid var(--hrw-color-focus);
        outline-offset: 2px;
      }

      textarea {
        min-height: 6rem;
      }

      .preview {
        margin: 0.4rem 0 0;
        font-weight: 600;
      }
    `,
  ];

  declare account: SessionState;
  declare input: GroupInput;
  declare town: string;
  declare formError: string | null;
  declare stale: boolean;
  declare saving: boolean;
  declare loading: boolean;
  declare created: Group | null;
  declare group: Group | null;

  readonly #slug = editedSlug(window.location.pathname);
  readonly #check = new FormCheck(this, { fields: GROUP_FIELDS, fieldOf: fieldForViolation, serverWords: groupServerWords });
  /** The messages beside the fields in the render under way. */
  #errors: Partial<Record<FieldId, string>> = {};
  /**
   * One registration's key, the same on every attempt until one succeeds: a phone that sent the form but lost the
   * answer, and sends it again, gets the group it registered rather than a second one.
   */
  #registrationKey = randomId();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.account = session.state;
    this.input = blankInput(viewerTimeZone());
    this.town = '';
    this.formError = null;
    this.stale = false;
    this.saving = false;
    this.loading = false;
    this.created = null;
    this.group = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    session.addEventListener('change', this.#onSession);
    if (this.#slug && this.account.status === 'signed-in') {
      void this.#loadGroup();
    }
  }

  override disconnectedCallback(): void {
    session.removeEventListener('change', this.#onSession);
    super.disconnectedCallback();
  }

  #onSession = (): void => {
    const before = this.account.status;
    this.account = session.state;
    if (this.#slug && before !== 'signed-in' && this.account.status === 'signed-in') {
      void this.#loadGroup();
    }
  };

  protected override render() {
    const title = this.#slug ? msg('Change your listing') : msg('Register a group');
    return html`<h1>${title}</h1>
      ${this.#renderBody()}`;
  }

  #renderBody() {
    const account = this.account;
    if (account.status === 'busy') {
      return html`<p role="status">${msg('Checking who you are…')}</p>`;
    }
    if (account.status !== 'signed-in') {
      return html`
        <p class="lead">
          ${msg(str`Hosts list their ${NAME_PREFIX} group here so people nearby can find it. Signing in keeps the listing yours: only you and the other hosts can change it.`)}
        </p>
        <p><button type="button" @click=${() => void session.signIn(window.location.pathname)}>${msg('Sign in to continue')}</button></p>
        <p>${msg(html`Not ready yet? <a href="/start-a-group">Read about starting a group</a> first.`)}</p>
      `;
    }
    if (this.created) {
      return html`
        <div class="alert success" role="status">
          <p><strong>${msg(str`Thank you. ${this.created.name} is registered.`)}</strong></p>
          <p>
            ${msg('A steward will look it over soon, usually within a few days, and it will show in the directory once approved. You can already see it yourself.')}
          </p>
        </div>
        <p><a href=${groupPath(this.created.slug)}>${msg('See your listing')}</a></p>
      `;
    }
    if (this.#slug && this.loading) {
      return html`<p role="status">${msg('Loading the listing…')}</p>`;
    }
    if (this.#slug && this.group && !this.group.youHost) {
      return html`<p>
        ${msg(str`Only the hosts of ${this.group.name} can change this listing.`)}
        <a class="standalone" href=${groupPath(this.group.slug)}>${msg('Back to the group')}</a>
      </p>`;
    }
    if (this.#slug && !this.group) {
      return html`<div class="alert" role="alert"><p>${this.formError ?? msg('The listing did not load.')}</p></div>`;
    }
    return this.#renderForm();
  }

  #renderForm() {
    const input = this.input;
    const schedule = input.schedule;
    this.#errors = this.#check.errors(input);
    const showOnline = input.attendance !== 'in-person' || Boolean(this.#errors.onlineUrl);
    return html`
      <p class="lead">
        ${this.#slug
          ? msg('Changes show in the directory as soon as they are saved.')
          : msg('Tell people when and where your group meets. A steward looks over each new listing before it appears in the directory.')}
      </p>
      ${this.stale
        ? editConflictAlert(msg('Someone else changed this listing while you were editing it.'), {
            loadTheirs: () => void this.#loadGroup(),
            keepMine: () => void this.#loadGroup(true),
          })
        : nothing}
      ${this.formError && !this.stale
        ? html`<div class="alert" role="alert" id="form-error" tabindex="-1"><p>${this.formError}</p></div>`
        : nothing}
      <hrw-error-summary .items=${this.#check.summary(input)}></hrw-error-summary>
      <form
        @submit=${this.#submit}
        @focusout=${this.#check.left}
        @input=${this.#check.edited}
        @change=${this.#check.edited}
        novalidate
      >
        <h2 class="section">${msg('The group')}</h2>
        ${this.#text('locality', msg('Place name'), input.locality, (value) => (this.input = { ...this.input, locality: value }), {
          hint: msg('Usually your town or neighbourhood. It becomes part of the group’s name.'),
          after: html`<p class="preview" aria-live="polite">${namePreview(input.locality)}</p>`,
        })}
        ${this.#textarea('description', msg('About the group'), input.description, (value) => (this.input = { ...this.input, description: value }), msg('A few warm words for someone coming for the first time: how the meeting feels, where to find the room.'))}
        ${this.#radios('format', msg('Kind of meeting'), FORMATS, input.format, (value) => `${MEETING_LABELS[value]}, ${FORMAT_HINTS[value]}`, (value) => (this.input = { ...this.input, format: value }))}
        ${this.#checks('focus', msg('Focus (optional)'), FOCUSES, input.focus, (value) => FOCUS_LABELS[value], (values) => (this.input = { ...this.input, focus: values }), msg('Leave these empty if the group is for everyone.'))}
        ${input.focus.includes('other') || this.#errors.focusOther
          ? this.#text('focusOther', msg('The other focus'), input.focusOther, (value) => (this.input = { ...this.input, focusOther: value }))
          : nothing}

        <h2 class="section">${msg('Where')}</h2>
        ${this.#radios('attendance', msg('How people take part'), ATTENDANCES, input.attendance, (value) => ATTENDANCE_LABELS[value], (value) => (this.input = { ...this.input, attendance: value }))}
        ${this.#renderTown()}
        ${this.#text('venue', msg('Building or room (optional)'), input.venue, (value) => (this.input = { ...this.input, venue: value }))}
        ${this.#text('address', msg('Street address (optional)'), input.address, (value) => (this.input = { ...this.input, address: value }), { autocomplete: 'street-address' })}
        ${this.#text('postalCode', msg('ZIP code (optional)'), input.postalCode, (value) => (this.input = { ...this.input, postalCode: value }), { autocomplete: 'postal-code' })}
        ${this.#radios('locationVisibility', msg('Who sees the address'), ['exact', 'approximate', 'on-request'] as const, input.locationVisibility, visibilityLabel, (value) => (this.input = { ...this.input, locationVisibility: value }), msg('Some groups prefer that only people who ask know exactly where they meet. You can change this at any time.'), true)}
        ${this.#textarea('locationNotes', msg('Finding the room (optional)'), input.locationNotes, (value) => (this.input = { ...this.input, locationNotes: value }), msg('For example “side door, second floor, elevator on the left”.'))}
        ${showOnline
          ? html`
              ${this.#text('onlineUrl', msg('Online meeting link'), input.onlineUrl, (value) => (this.input = { ...this.input, onlineUrl: value }), { type: 'url', hint: msg('Starts with https://') })}
              ${this.#radios('onlineVisibility', msg('Who sees the link'), ['public', 'on-request'] as const, input.onlineVisibility, (value) => (value === 'public' ? msg('Everyone') : msg('Only people who ask')), (value) => (this.input = { ...this.input, onlineVisibility: value }))}
            `
          : nothing}

        <h2 class="section">${msg('When')}</h2>
        ${this.#radios('recurrence', msg('How often'), ['weekly', 'every-other-week', 'monthly'] as const, schedule.recurrence, recurrenceLabel, (value) => this.#schedule({ recurrence: value }))}
        ${this.#checks('days', msg('Day'), WEEKDAYS, schedule.days, (value) => WEEKDAY_LABELS[value], (values) => this.#schedule({ days: values }))}
        ${schedule.recurrence === 'monthly' || this.#errors.weekOfMonth
          ? html`<div class="field">
              <label for="weekOfMonth">${msg('Which week of the month')}</label>
              <select id="weekOfMonth" aria-invalid=${this.#errors.weekOfMonth ? 'true' : 'false'} aria-describedby="weekOfMonth-error" @change=${(event: Event) => this.#schedule({ weekOfMonth: Number((event.target as HTMLSelectElement).value) })}>
                ${weeks().map((week) => html`<option value=${week.value} ?selected=${(schedule.weekOfMonth ?? 1) === week.value}>${week.label}</option>`)}
              </select>
              ${this.#error('weekOfMonth')}
            </div>`
          : nothing}
        ${schedule.recurrence === 'every-other-week' || this.#errors.firstDate
          ? this.#text('firstDate', msg('The date of one meeting'), schedule.firstDate ?? '', (value) => this.#schedule({ firstDate: value || null }), { type: 'date', hint: msg('So the directory knows which weeks are meeting weeks.') })
          : nothing}
        ${this.#text('start', msg('Starts at'), schedule.start, (value) => this.#schedule({ start: value }), { type: 'time' })}
        ${this.#text('durationMinutes', msg('Length in minutes'), String(schedule.durationMinutes), (value) => this.#schedule({ durationMinutes: Number(value) }), { type: 'number', hint: msg('Between 60 and 90 minutes: the script takes about an hour.'), min: '60', max: '90', step: '15' })}
        <div class="field">
          <label for="timeZone">${msg('Time zone')}</label>
          <select id="timeZone" aria-invalid=${this.#errors.timeZone ? 'true' : 'false'} aria-describedby="timeZone-error" @change=${(event: Event) => this.#schedule({ timeZone: (event.target as HTMLSelectElement).value })}>
            ${timeZoneChoices(schedule.timeZone).map((zone) => html`<option value=${zone} ?selected=${schedule.timeZone === zone}>${zoneTime(zone)}</option>`)}
          </select>
          ${this.#error('timeZone')}
        </div>

        <h2 class="section">${msg('What else')}</h2>
        ${this.#checks('offerings', msg('The group also offers (optional)'), OFFERINGS, input.offerings, (value) => OFFERING_LABELS[value], (values) => (this.input = { ...this.input, offerings: values }))}
        ${input.offerings.includes('other') || this.#errors.offeringOther
          ? this.#text('offeringOther', msg('What else the group offers'), input.offeringOther, (value) => (this.input = { ...this.input, offeringOther: value }))
          : nothing}
        ${this.#checks('languages', msg('Languages spoken'), LANGUAGE_CODES, input.languages, languageLabel, (values) => (this.input = { ...this.input, languages: values }))}
        ${this.#textarea('accessibilityNotes', msg('Access (optional)'), input.accessibilityNotes, (value) => (this.input = { ...this.input, accessibilityNotes: value }), msg('Steps, elevators, restrooms, parking, buses, captions: whatever helps someone decide to come.'))}

        <h2 class="section">${msg('Getting in touch')}</h2>
        ${this.#radios('contactMethod', msg('How people reach the hosts'), ['form', 'email'] as const, input.contactMethod, (value) => (value === 'form' ? msg(str`Through ${NAME_PREFIX}, keeping our address private`) : msg('Show an email address on the listing')), (value) => (this.input = { ...this.input, contactMethod: value }), undefined, true)}
        ${input.contactMethod === 'email' || this.#errors.publicEmail
          ? this.#text('publicEmail', msg('Email address shown on the listing'), input.publicEmail, (value) => (this.input = { ...this.input, publicEmail: value }), { type: 'email', autocomplete: 'email' })
          : nothing}
        ${this.#text('privateEmail', msg('Private email, where messages from people who want to come arrive'), input.privateEmail, (value) => (this.input = { ...this.input, privateEmail: value }), { type: 'email', autocomplete: 'email', hint: msg('Never shown on the listing. Messages sent with the group page’s contact form come here (the sender’s address only if they chose to give it), and the stewards write here if they have a question.') })}

        <p class="row">
          <button type="submit" ?disabled=${this.saving}>
            ${this.saving ? msg('Saving…') : this.#slug ? msg('Save changes') : msg('Send for review')}
          </button>
          ${this.#slug ? html`<a class="standalone" href=${groupPath(this.#slug)}>${msg('Back to the group')}</a>` : nothing}
        </p>
      </form>
    `;
  }

  #renderTown() {
    const input = this.input;
    const chosen = input.city ? `${input.city}, ${input.region}, ${input.country}` : null;
    return html`
      <hrw-place-search
        id="town"
        label=${msg('Town')}
        input-id="town"
        list-label=${msg('Matching towns')}
        hint=${chosen ? msg(str`Chosen: ${chosen}. Type to choose another.`) : msg('Type the first letters, then choose the town from the list.')}
        .value=${this.town}
        .error=${this.#errors.town ?? null}
        @hrw-query-changed=${this.#onTownInput}
        @hrw-query-submitted=${this.#onTownSubmitted}
        @hrw-place-chosen=${this.#chooseTown}
      ></hrw-place-search>
    `;
  }

  #error(field: FieldId) {
    const message = this.#errors[field];
    return message ? html`<p class="field-error" id=${`${field}-error`}>${message}</p>` : nothing;
  }

  #text(
    id: FieldId,
    label: string,
    value: string,
    set: (value: string) => void,
    options: { hint?: string; type?: string; autocomplete?: string; after?: TemplateResult; min?: string; max?: string; step?: string } = {},
  ) {
    const describedBy = [options.hint ? `${id}-hint` : '', this.#errors[id] ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        ${options.hint ? html`<p class="hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing}
        <input
          id=${id}
          type=${options.type ?? 'text'}
          autocomplete=${options.autocomplete ?? 'off'}
          min=${options.min ?? nothing}
          max=${options.max ?? nothing}
          step=${options.step ?? nothing}
          aria-describedby=${describedBy || nothing}
          aria-invalid=${this.#errors[id] ? 'true' : 'false'}
          .value=${value}
          @input=${(event: Event) => set((event.target as HTMLInputElement).value)}
        />
        ${options.after ?? nothing} ${this.#error(id)}
      </div>
    `;
  }

  #textarea(id: FieldId, label: string, value: string, set: (value: string) => void, hint?: string) {
    const describedBy = [hint ? `${id}-hint` : '', this.#errors[id] ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
        <textarea
          id=${id}
          aria-describedby=${describedBy || nothing}
          aria-invalid=${this.#errors[id] ? 'true' : 'false'}
          .value=${value}
          @input=${(event: Event) => set((event.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${this.#error(id)}
      </div>
    `;
  }

  #radios<T extends string>(
    id: FieldId,
    legend: string,
    values: readonly T[],
    current: T,
    label: (value: T) => string,
    set: (value: T) => void,
    hint?: string,
    stack = false,
  ) {
    return html`
      <fieldset id=${id} tabindex="-1" aria-describedby=${[hint ? `${id}-hint` : '', this.#errors[id] ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing}>
        <legend>${legend}</legend>
        ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
        <div class=${stack ? 'choices stack' : 'choices'}>
          ${values.map(
            (value) => html`<label
              ><input type="radio" name=${id} value=${value} .checked=${current === value} @change=${() => set(value)} />
              ${label(value)}</label
            >`,
          )}
        </div>
        ${this.#error(id)}
      </fieldset>
    `;
  }

  #checks<T extends string>(
    id: FieldId,
    legend: string,
    values: readonly T[],
    current: readonly T[],
    label: (value: T) => string,
    set: (values: T[]) => void,
    hint?: string,
  ) {
    const toggle = (value: T, on: boolean) => set(values.filter((item) => (item === value ? on : current.includes(item))));
    return html`
      <fieldset id=${id} tabindex="-1" aria-describedby=${[hint ? `${id}-hint` : '', this.#errors[id] ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing}>
        <legend>${legend}</legend>
        ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
        <div class="choices">
          ${values.map(
            (value) => html`<label
              ><input
                type="checkbox"
                name=${id}
                value=${value}
                .checked=${current.includes(value)}
                @change=${(event: Event) => toggle(value, (event.target as HTMLInputElement).checked)}
              />
              ${label(value)}</label
            >`,
          )}
        </div>
        ${this.#error(id)}
      </fieldset>
    `;
  }

  #schedule(change: Partial<GroupInput['schedule']>): void {
    this.input = { ...this.input, schedule: { ...this.input.schedule, ...change } };
  }

  #onTownInput = (event: QueryChangedEvent): void => {
    this.town = event.text;
  };

  /** Enter in the town box sends the form, as it does in any other box. */
  #onTownSubmitted = (): void => {
    this.renderRoot.querySelector('form')?.requestSubmit();
  };

  #chooseTown = (event: PlaceChosenEvent): void => {
    const place = event.place;
    this.input = {
      ...this.input,
      city: place.name,
      region: place.region,
      country: place.country,
      postalCode: this.input.postalCode || (place.postalCode ?? ''),
      latitude: place.latitude,
      longitude: place.longitude,
    };
    this.town = place.label;
    this.#check.forget('town');
  };

  async #loadGroup(keepInput = false): Promise<void> {
    if (!this.#slug) {
      return;
    }
    this.loading = !keepInput;
    try {
      const group = await fetchGroup(this.#slug);
      this.group = group;
      if (!keepInput) {
        this.#check.reset();
        this.input = inputFromGroup(group);
        this.town = group.place ? `${group.place.city}, ${group.place.region}, ${group.place.country}` : '';
      }
      this.stale = false;
      this.formError = null;
      if (keepInput) {
        await this.#save();
      }
    } catch (error) {
      this.formError = plainMessage(error);
    } finally {
      this.loading = false;
    }
  }

  #submit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#save();
  };

  async #save(): Promise<void> {
    this.formError = null;
    if (!this.#check.submit(this.input)) {
      await focusErrorSummary(this);
      return;
    }
    this.saving = true;
    try {
      if (this.#slug && this.group) {
        const saved = await updateGroup(this.#slug, this.input, this.group.revision);
        router.navigate(groupPath(saved.slug));
      } else {
        this.created = await registerGroup(this.input, this.#registrationKey);
        this.#registrationKey = randomId();
        await this.updateComplete;
        const heading = this.renderRoot.querySelector<HTMLElement>('h1');
        if (heading) {
          heading.tabIndex = -1;
          heading.focus();
        }
      }
    } catch (error) {
      await this.#showFailure(error);
    } finally {
      this.saving = false;
    }
  }

  async #showFailure(error: unknown): Promise<void> {
    if (isStaleListing(error)) {
      this.stale = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.alert[role="alert"]')?.focus();
      return;
    }
    this.#check.failed(error, this.input, (failure) =>
      failure instanceof ApiError && failure.status === 429
        ? (failure.detail ?? msg('That was a lot of listings in a short time. Please wait a little, then try again.'))
        : plainMessage(failure),
    );
    await focusErrorSummary(this);
  }
}

/** "New York time" / "Hora de New York": a time zone by its city. */
function zoneTime(zone: string): string {
  const city = zoneCity(zone);
  return msg(str`${city} time`);
}

customElements.define('hrw-group-form', HrwGroupForm);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-group-form': HrwGroupForm;
  }
}
