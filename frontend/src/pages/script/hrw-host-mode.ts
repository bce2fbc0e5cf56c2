import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { fetchExercise } from '../../api/exercises.js';
import type { HostedGroup } from '../../api/me.js';
import { fetchPlan, meetingsPath, type MeetingLogEntry, type PlanEntry } from '../../api/meetings.js';
import { plainMessage } from '../../api/messages.js';
import { fetchScript, type ScriptDocument } from '../../api/script.js';
import type { ExerciseChosenEvent } from '../../components/hrw-exercise-picker.js';
import '../../components/hrw-host-bar.js';
import '../../components/hrw-language-switch.js';
import type { HostStepEvent } from '../../components/hrw-host-bar.js';
import '../../components/hrw-exercise-slot.js';
import '../../components/hrw-meeting-log-form.js';
import type { MeetingKeptEvent, MeetingSavedEvent } from '../../components/hrw-meeting-log-form.js';
import '../../components/hrw-meeting-outbox.js';
import type { KeptMeetingSentEvent } from '../../components/hrw-meeting-outbox.js';
import '../../components/hrw-script-section.js';
import { groupSelect } from '../../exercises/form-fields.js';
import { session } from '../../auth/session.js';
import { AccountController } from '../../lib/account-controller.js';
import { askHeaderToStepAside } from '../../lib/header-aside.js';
import { rememberedGroup } from '../../lib/chosen-group.js';
import { defaultHostGroup } from '../../meetings/host-group.js';
import { detailsOf, parseSlot, slotFromSummary, slotStorageKey, type HostSlot } from '../../meetings/host-slot.js';
import { groupToday, plannedExercise } from '../../meetings/meeting-log.js';
import type { OutboxEntry } from '../../meetings/outbox.js';
import {
  isOverRange,
  isPastMeetingLimit,
  isRunning,
  meetingElapsed,
  moveToSection,
  newClock,
  parseClock,
  pauseClock,
  sectionElapsed,
  startClock,
  suggestedRange,
  type HostClock,
} from '../../script/host-clock.js';
import { scriptWords } from '../../script/labels.js';
import { namesScriptLanguage, readScriptView, readerPath, type ScriptView } from '../../script/script-view.js';
import { groupPath } from '../../api/groups.js';
import { formStyles, interactiveStyles, pageStyles } from '../../styles/shared.js';
import { offlineStatus } from '../../sw-register.js';

const TICK_MS = 1000;
/** The section of the script where the group does its exercise. */
const EXERCISE_SECTION = 'exercise';
/** What survives a reload in this tab: the clocks and which section is on screen. */
interface SavedHostState {
  version: number | undefined;
  clock: HostClock;
}

/**
 * "/script/host?meeting=&lang=": the script one section at a time in large type, for the host to read from, with a
 * meeting clock and a timer for the section on screen. Keeps the screen awake while the clock runs (where the
 * browser allows), and keeps working offline once opened (see public/sw.js).
 *
 * The exercise section gets a slot for tonight's exercise, chosen from the library by anyone. A signed-in host
 * also says which of their groups the meeting is for: the slot then opens with that group's plan for today, and
 * the meeting can be logged from here (at the end of the script, or whenever the host opens the log form).
 */
export class HrwHostMode extends LitElement {
  static override properties = {
    view: { state: true },
    script: { state: true },
    error: { state: true },
    index: { state: true },
    clock: { state: true },
    now: { state: true },
    fullScreen: { state: true },
    offlineReady: { state: true },
    group: { state: true },
    tonight: { state: true },
    slotLoading: { state: true },
    slotError: { state: true },
    todayPlan: { state: true },
    logOpen: { state: true },
    logged: { state: true },
    kept: { state: true },
  };

  static override styles = [
    pageStyles,
    interactiveStyles,
    formStyles,
    css`
      :host {
        max-width: 60rem;
        --hrw-script-text: clamp(1.5rem, 1.3rem + 0.9vw, 1.95rem);
        --hrw-script-heading: clamp(1.9rem, 1.5rem + 1.6vw, 2.6rem);
      }

      :host(:fullscreen) {
        max-width: none;
        overflow-y: auto;
        padding: var(--hrw-space-m) var(--hrw-gutter) 0;
        background: var(--hrw-color-bg);
        color: var(--hrw-color-text);
      }

      /*
       * The site's header steps aside in host mode (see the shell), so this row is the way back out and holds the
       * language switch, beside the heading as in the header. Not in the bar: the bar stays as short as it is, so
       * the words start on a phone's first screen.
       */
      .top {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0 var(--hrw-space-s);
        margin: 0 0 var(--hrw-space-xs);
      }

      h1 {
        font-size: var(--hrw-text-xl);
        margin: 0 auto 0 0;
      }

      /* "Modo anfitrión" and the switch share the first row of a 320 px phone. */
      @media (max-width: 24rem) {
        h1 {
          font-size: var(--hrw-text-l);
        }
      }

      .meeting {
        flex-basis: 100%;
        order: 3;
        margin: 0;
        color: var(--hrw-color-muted);
        font-weight: 600;
        font-size: var(--hrw-text-s);
      }

      .leave {
        display: inline-flex;
        align-items: center;
        min-height: 2.75rem;
        font-weight: 600;
      }

      .for-group {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: var(--hrw-space-xs) var(--hrw-space-s);
        margin: 0 0 var(--hrw-space-xs);
        font-size: var(--hrw-text-s);
      }

      .for-group .field {
        flex: 1 1 14rem;
        margin: 0;
      }

      .for-group select {
        min-height: 2.75rem;
      }

      .for-group p,
      .for-group span {
        flex: 1 1 14rem;
        margin: 0;
      }

      /*
       * The bar stays in view while the host reads down a long section. While the log form is open it scrolls
       * away with the page instead: a bar over the form would hide the field being filled in.
       */
      hrw-host-bar {
        position: sticky;
        top: 0;
        z-index: 1;
      }

      .log-open hrw-host-bar {
        position: static;
      }

      .clock-note {
        margin: var(--hrw-space-xs) 0 0;
        font-size: var(--hrw-text-s);
      }

      .clock-note.gentle {
        padding: var(--hrw-space-xs) var(--hrw-space-s);
        border-left: 4px solid var(--hrw-color-notice-border);
        background: var(--hrw-color-notice-bg);
        border-radius: 0 var(--hrw-radius) var(--hrw-radius) 0;
      }

      /*
       * A step brings the section's heading to just below the bar, whatever height the bar wrapped to; a section
       * is at least a screen tall so that even a short one near the top of the page can be brought up there.
       */
      .reading {
        min-height: calc(100vh - var(--hrw-host-bar-height, 9rem));
        min-height: calc(100dvh - var(--hrw-host-bar-height, 9rem));
        padding: var(--hrw-space-s) 0 var(--hrw-space-l);
        scroll-margin-top: calc(var(--hrw-host-bar-height, 9rem) + var(--hrw-space-xs));
        line-height: 1.55;
      }

      .log-open .reading {
        min-height: 0;
        scroll-margin-top: var(--hrw-space-xs);
      }

      .reading:focus {
        outline: none;
      }

      .meeting-log {
        margin: var(--hrw-space-m) 0 var(--hrw-space-l);
        padding-top: var(--hrw-space-m);
        border-top: 1px solid var(--hrw-color-border);
      }

      .meeting-log h2 {
        margin-top: 0;
        font-size: var(--hrw-text-xl);
      }

      .meeting-log .hint {
        margin: 0 0 var(--hrw-space-m);
        font-size: var(--hrw-text-s);
        color: var(--hrw-color-muted);
      }

      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: var(--hrw-space-xs) var(--hrw-space-s);
        margin: var(--hrw-space-m) 0;
        padding-top: var(--hrw-space-m);
        border-top: 1px solid var(--hrw-color-border);
      }

      .after {
        margin: var(--hrw-space-m) 0 var(--hrw-space-l);
        font-size: var(--hrw-text-s);
      }

      .after p {
        margin: 0 0 var(--hrw-space-xs);
      }

      /* Only where a keyboard is likely: on a touch phone it speaks of keys nobody has. */
      .keyboard-hint {
        display: none;
      }

      @media (hover: hover) and (pointer: fine) {
        .keyboard-hint {
          display: block;
        }
      }

    `,
  ];

  declare view: ScriptView;
  declare script: ScriptDocument | null;
  /** Made when shown, so that it reads in the app's language of the moment. */
  declare error: (() => string) | null;
  declare index: number;
  declare clock: HostClock;
  declare now: number;
  declare fullScreen: boolean;
  declare offlineReady: boolean;
  /** The slug of the group this meeting is for (signed-in hosts only). */
  declare group: string | null;
  /** Tonight's exercise, as the slot in the exercise section shows it. */
  declare tonight: HostSlot | null;
  declare slotLoading: boolean;
  declare slotError: string | null;
  /** The group's plan for today, when it names an exercise. */
  declare todayPlan: PlanEntry | null;
  declare logOpen: boolean;
  declare logged: MeetingLogEntry | null;
  /** Logged with no way to reach the log: kept on this device, waiting to send. */
  declare kept: OutboxEntry | null;

  #request: AbortController | null = null;
  #exerciseRequest: AbortController | null = null;
  #planRequest: AbortController | null = null;
  readonly #account = new AccountController(this, () => this.#chooseGroup());
  #ticker: number | undefined;
  /** Keeps the sections' scroll-margin equal to the bar's height, which changes as it wraps and as text grows. */
  readonly #barSize =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(([entry]) => {
          const height = entry?.borderBoxSize?.[0]?.blockSize ?? entry?.target.getBoundingClientRect().height;
          if (height !== undefined) {
            this.style.setProperty('--hrw-host-bar-height', `${Math.ceil(height)}px`);
          }
        });
  #bar: Element | null = null;
  #wakeLock: WakeLockSentinel | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.view = readScriptView(window.location.search);
    this.script = null;
    this.error = null;
    this.index = 0;
    this.clock = newClock('');
    this.now = Date.now();
    this.fullScreen = false;
    this.offlineReady = offlineStatus.state === 'ready';
    this.group = null;
    this.tonight = this.#restoreSlot();
    this.slotLoading = false;
    this.slotError = null;
    this.todayPlan = null;
    this.logOpen = false;
    this.logged = null;
    this.kept = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#pinScriptLanguage();
    document.addEventListener('keydown', this.#onKey);
    document.addEventListener('visibilitychange', this.#onVisibility);
    document.addEventListener('fullscreenchange', this.#onFullScreen);
    offlineStatus.addEventListener('change', this.#onOffline);
    void this.#load();
    this.#chooseGroup();
    if (this.tonight && !this.tonight.details) {
      void this.#loadExercise();
    }
  }

  override disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onKey);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    document.removeEventListener('fullscreenchange', this.#onFullScreen);
    offlineStatus.removeEventListener('change', this.#onOffline);
    this.#request?.abort();
    this.#exerciseRequest?.abort();
    this.#planRequest?.abort();
    this.#stopTicking();
    this.#barSize?.disconnect();
    this.#bar = null;
    void this.#wakeLock?.release().catch(() => undefined);
    this.#wakeLock = null;
    super.disconnectedCallback();
  }

  /**
   * Host mode opened without a script language reads the app's; the address then names it, so that neither a
   * change of the app's language nor a reload in the middle of the meeting swaps the script (and its clocks, kept
   * per language) from under the host.
   */
  #pinScriptLanguage(): void {
    if (namesScriptLanguage()) {
      return;
    }
    const url = new URL(window.location.href);
    url.searchParams.set('lang', this.view.lang);
    window.history.replaceState(window.history.state, '', url);
  }

  /** After the shell's own update, in which this page was put in place, so that the shell can simply update again. */
  protected override firstUpdated(): void {
    askHeaderToStepAside(this);
  }

  protected override updated(): void {
    const bar = this.renderRoot.querySelector('hrw-host-bar');
    if (bar !== this.#bar) {
      if (this.#bar) {
        this.#barSize?.unobserve(this.#bar);
      }
      if (bar) {
        this.#barSize?.observe(bar);
      }
      this.#bar = bar;
    }
  }

  protected override render() {
    const script = this.script;
    const logShown = this.#logShown(script);
    const language = scriptWords(this.view.lang).languageName;
    const signedIn = this.#account.state.status === 'signed-in' ? this.#account.state.displayName : undefined;
    return html`
      <div class=${logShown ? 'log-open' : ''}>
        <div class="top">
          <h1>${msg('Host mode')}</h1>
          <hrw-language-switch></hrw-language-switch>
          <a class="leave" href=${this.group ? groupPath(this.group) : readerPath(this.view)}>${msg('Leave host mode')}</a>
          <p class="meeting">
            ${this.view.meeting === 'open' ? msg('Open meeting') : msg('Focused meeting')} ·
            <span lang=${this.view.lang}>${language}</span>
          </p>
        </div>
        ${this.error
          ? html`
              <div class="callout" role="alert">
                <p>${msg('The script did not load.')} ${this.error()}</p>
                <p><button type="button" @click=${() => void this.#load()}>${msg('Try again')}</button></p>
              </div>
            `
          : nothing}
        ${script
          ? this.#renderHosting(script, logShown)
          : this.error
            ? nothing
            : html`<p role="status">${msg('Loading the script…')}</p>`}
        <div class="after">
          ${this.offlineReady && script
            ? html`<p>${msg('Saved on this device: host mode keeps working if the connection drops.')}</p>`
            : nothing}
          ${signedIn !== undefined
            ? html`<p>${signedIn ? msg(str`Signed in as ${signedIn}.`) : msg('Signed in.')}</p>`
            : nothing}
          <p class="keyboard-hint">${msg('The left and right arrow keys move between sections too.')}</p>
          <p><a class="standalone" href=${readerPath(this.view)}>${msg('Back to the script')}</a></p>
        </div>
      </div>
    `;
  }

  /** The log form is open by hand, or because the script has reached its end. */
  #logShown(script: ScriptDocument | null): boolean {
    return Boolean(this.group && script && (this.logOpen || this.index === script.sections.length - 1));
  }

  #renderHosting(script: ScriptDocument, logShown: boolean) {
    const total = script.sections.length;
    const section = script.sections[this.index];
    if (!section) {
      return nothing;
    }
    const running = isRunning(this.clock);
    const meetingMs = meetingElapsed(this.clock, this.now);
    const sectionMs = sectionElapsed(this.clock, this.now);
    const range = suggestedRange(section);
    const sectionOver = isOverRange(sectionMs, range);
    const pastLimit = isPastMeetingLimit(meetingMs);
    const started = meetingMs > 0 || running;
    const fullScreenAvailable = document.fullscreenEnabled;
    return html`
      ${this.#renderGroupChoice()}
      <hrw-host-bar
        .index=${this.index}
        .total=${total}
        .meetingMs=${meetingMs}
        .meetingMinutes=${script.minutes[this.view.meeting]}
        .sectionMs=${sectionMs}
        .range=${range}
        ?running=${running}
        ?started=${started}
        ?past-limit=${pastLimit}
        ?section-over=${sectionOver}
        @hrw-step=${(event: HostStepEvent) => this.#step(event.detail.delta)}
        @hrw-clock-toggle=${this.#toggleClock}
      ></hrw-host-bar>
      ${!started ? html`<p class="clock-note">${msg('Start the clock when the meeting begins.')}</p>` : nothing}
      ${pastLimit
        ? html`<p class="clock-note gentle">${msg('Past 90 minutes. Start to wrap up whenever the group is ready.')}</p>`
        : nothing}
      ${sectionOver && !pastLimit
        ? html`<p class="clock-note">${msg('Over the suggested time, which is fine if the room needs it.')}</p>`
        : nothing}

      <section
        class="reading"
        tabindex="-1"
        aria-label=${msg(str`Section ${this.index + 1} of ${total}: ${section.title}`, {
          desc: 'Read out when host mode moves to another section of the script; the title is the section’s own',
        })}
      >
        <hrw-script-section .section=${section} .language=${script.language}></hrw-script-section>
        ${section.key === EXERCISE_SECTION ? this.#renderSlot() : nothing}
      </section>
      ${this.group && logShown ? this.#renderLog(this.group, this.index < total - 1) : nothing}

      <div class="controls">
        ${!running && started
          ? html`<button type="button" class="secondary" @click=${this.#resetClock}>${msg('Reset the clocks')}</button>`
          : nothing}
        ${fullScreenAvailable
          ? html`<button type="button" class="secondary" @click=${this.#toggleFullScreen}>
              ${this.fullScreen ? msg('Leave full screen') : msg('Full screen')}
            </button>`
          : nothing}
      </div>
    `;
  }

  /** Which of their groups a signed-in host is hosting tonight, and the way to the log form. */
  #renderGroupChoice() {
    const hosts = this.#hosts;
    if (hosts.length === 0) {
      // The site's header, with its Sign in, has stepped aside: a host who has not signed in yet signs in here.
      return this.#account.state.status === 'signed-out'
        ? html`<p class="for-group">
            <span>${msg('Hosting for a group? Sign in to log the meeting from here.')}</span>
            <button type="button" class="secondary" @click=${this.#signIn}>${msg('Sign in')}</button>
          </p>`
        : nothing;
    }
    const current = this.#hosted(this.group);
    return html`
      <div class="for-group">
        ${hosts.length > 1
          ? groupSelect({
              id: 'group',
              label: msg('This meeting is for'),
              groups: hosts,
              current: this.group ?? '',
              onChange: this.#onGroupChange,
            })
          : html`<p>${msg(html`This meeting is for <strong>${current?.name}</strong>.`)}</p>`}
        ${this.group
          ? html`<button type="button" id="open-log" class="secondary" @click=${this.#openLog}>${msg('Log this meeting')}</button>`
          : nothing}
      </div>
      <hrw-meeting-outbox @hrw-kept-meeting-sent=${this.#onKeptSent}></hrw-meeting-outbox>
    `;
  }

  #renderSlot() {
    const slot = this.tonight;
    const planned = this.todayPlan?.exercise;
    // Offer the group's plan only when the host chose something else here.
    const offer = planned && slot && !slot.planned && slot.exercise.slug !== planned.slug ? planned : null;
    return html`<hrw-exercise-slot
      .choice=${slot}
      .loading=${this.slotLoading}
      .error=${this.slotError}
      .planned=${offer}
      @hrw-exercise-chosen=${this.#onExerciseChosen}
      @hrw-slot-retry=${() => void this.#loadExercise()}
      @hrw-use-plan=${this.#usePlan}
    ></hrw-exercise-slot>`;
  }

  /** `closable`: opened by hand before the end of the script, so it can be put away again. */
  #renderLog(group: string, closable: boolean) {
    const hosted = this.#hosted(group);
    const name = hosted?.name;
    return html`
      <section id="meeting-log" class="meeting-log" aria-labelledby="log-heading">
        <h2 id="log-heading" tabindex="-1">${msg('Log this meeting')}</h2>
        ${this.logged
          ? html`<div class="alert success" role="status" id="logged" tabindex="-1">
              <p>
                <strong
                  >${name
                    ? msg(str`Thank you. The meeting is in the log of ${name}.`)
                    : msg('Thank you. The meeting is in the group’s log.')}</strong
                >
              </p>
              <p><a href=${meetingsPath(group)}>${msg('See the meeting log')}</a></p>
            </div>`
          : this.kept
            ? html`<div class="alert" role="status" id="logged" tabindex="-1">
                <p><strong>${msg('Kept on this device: waiting to send.')}</strong></p>
                <p>
                  ${name
                    ? msg(str`The log of ${name} cannot be reached right now. The meeting goes there by itself when the connection is back.`)
                    : msg('The group’s log cannot be reached right now. The meeting goes there by itself when the connection is back.')}
                </p>
              </div>`
          : html`<p class="hint">${msg('A few taps for the group’s own record. Only its hosts see the log, and it never holds names.')}</p>
              <hrw-meeting-log-form
                .group=${group}
                .meeting=${this.view.meeting}
                .exercise=${this.tonight?.exercise ?? null}
                .timeZone=${hosted?.timeZone}
                @hrw-meeting-saved=${this.#onLogged}
                @hrw-meeting-kept=${this.#onKept}
              ></hrw-meeting-log-form>`}
        ${closable && this.logOpen
          ? html`<p><button type="button" class="secondary" @click=${this.#closeLog}>${msg('Close the log form')}</button></p>`
          : nothing}
      </section>
    `;
  }

  get #hosts() {
    return this.#account.state.status === 'signed-in' ? this.#account.state.hosts : [];
  }

  #hosted(slug: string | null): HostedGroup | undefined {
    return this.#hosts.find((hosted) => hosted.slug === slug);
  }

  /** The group in `?group=`, as the group page and its log link here. */
  get #requestedGroup(): string | null {
    return new URLSearchParams(window.location.search).get('group');
  }

  /** Keeps the group already chosen while the host still hosts it; otherwise the default of meetings/host-group. */
  #chooseGroup(): void {
    const hosts = this.#hosts;
    if (hosts.length === 0) {
      this.group = null;
      this.todayPlan = null;
      return;
    }
    if (this.#hosted(this.group)) {
      return;
    }
    const choice = defaultHostGroup(hosts, {
      requested: this.#requestedGroup,
      remembered: rememberedGroup(hosts),
      now: Date.now(),
    });
    this.group = choice?.slug ?? null;
    void this.#loadPlan();
  }

  /** groupSelect has remembered the choice; the address follows it, so a reload stays on this group. */
  #onGroupChange = (slug: string): void => {
    const group = slug || null;
    if (group === this.group) {
      return;
    }
    this.group = group;
    this.logged = null;
    this.kept = null;
    this.todayPlan = null;
    if (!group) {
      this.logOpen = false;
    }
    const url = new URL(window.location.href);
    if (group) {
      url.searchParams.set('group', group);
    } else {
      url.searchParams.delete('group');
    }
    window.history.replaceState(window.history.state, '', url);
    void this.#loadPlan();
  };

  /** Today's plan for the group; without it (offline, a hiccup) the slot simply stays as the host left it. */
  async #loadPlan(): Promise<void> {
    const group = this.group;
    this.#planRequest?.abort();
    if (!group) {
      return;
    }
    const request = new AbortController();
    this.#planRequest = request;
    try {
      const plan = await fetchPlan(group, request.signal);
      if (request.signal.aborted || this.group !== group) {
        return;
      }
      this.todayPlan = plannedExercise(plan, groupToday(this.#hosted(group)?.timeZone));
      this.#applyPlan();
    } catch {
      // Nothing to tell the host: choosing by hand still works.
    }
  }

  /** A planned exercise fills the slot unless the host already chose one here by hand (or asks for the plan). */
  #applyPlan(overChoice = false): void {
    const planned = this.todayPlan;
    const slot = this.tonight;
    if (slot && !slot.planned && !overChoice) {
      return;
    }
    if (!planned?.exercise || !this.group) {
      if (slot?.planned) {
        this.#setSlot(null);
      }
      return;
    }
    const chosen = { group: this.group, chooser: planned.chooser };
    if (slot?.exercise.slug === planned.exercise.slug) {
      this.#setSlot({ ...slot, planned: chosen });
    } else {
      this.#setSlot({ exercise: planned.exercise, details: null, planned: chosen });
    }
  }

  #usePlan = (): void => {
    this.#applyPlan(true);
  };

  #onExerciseChosen = (event: ExerciseChosenEvent): void => {
    this.#setSlot(slotFromSummary(event.exercise));
  };

  #setSlot(slot: HostSlot | null): void {
    const before = this.tonight?.exercise.slug;
    this.tonight = slot;
    this.#saveSlot();
    if (slot && (slot.exercise.slug !== before || !slot.details)) {
      void this.#loadExercise();
    } else if (!slot) {
      this.#exerciseRequest?.abort();
      this.slotLoading = false;
      this.slotError = null;
    }
  }

  /** The exercise's content notes, how to run it and its prompts, kept with the slot for a reload offline. */
  async #loadExercise(): Promise<void> {
    const slot = this.tonight;
    this.#exerciseRequest?.abort();
    if (!slot) {
      return;
    }
    const request = new AbortController();
    this.#exerciseRequest = request;
    this.slotLoading = true;
    this.slotError = null;
    try {
      const exercise = await fetchExercise(slot.exercise.slug, request.signal);
      if (!request.signal.aborted && this.tonight?.exercise.slug === exercise.slug) {
        this.tonight = { ...this.tonight, details: detailsOf(exercise) };
        this.#saveSlot();
      }
    } catch (error) {
      if (!request.signal.aborted) {
        this.slotError = plainMessage(error);
      }
    } finally {
      if (this.#exerciseRequest === request) {
        this.slotLoading = false;
      }
    }
  }

  #restoreSlot(): HostSlot | null {
    try {
      return parseSlot(sessionStorage.getItem(slotStorageKey(this.view.meeting)));
    } catch {
      return null;
    }
  }

  #saveSlot(): void {
    try {
      const key = slotStorageKey(this.view.meeting);
      if (this.tonight) {
        sessionStorage.setItem(key, JSON.stringify(this.tonight));
      } else {
        sessionStorage.removeItem(key);
      }
    } catch {
      // Storage off: the choice holds until the page is reloaded.
    }
  }

  #signIn = (): void => {
    void session.signIn(`${location.pathname}${location.search}${location.hash}`);
  };

  #openLog = async (): Promise<void> => {
    this.logOpen = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#log-heading')?.focus();
  };

  #closeLog = async (): Promise<void> => {
    this.logOpen = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#open-log')?.focus();
  };

  #onKept = async (event: MeetingKeptEvent): Promise<void> => {
    this.kept = event.kept;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#logged')?.focus();
  };

  #onKeptSent = (event: KeptMeetingSentEvent): void => {
    if (this.kept?.id === event.kept.id) {
      this.kept = null;
      this.logged = event.entry;
    }
  };

  #onLogged = async (event: MeetingSavedEvent): Promise<void> => {
    this.logged = event.entry;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#logged')?.focus();
  };

  async #load(): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.error = null;
    try {
      const script = await fetchScript({ meeting: this.view.meeting, lang: this.view.lang }, request.signal);
      this.script = script;
      this.#restore(script);
    } catch (error) {
      if (!request.signal.aborted) {
        this.error = () => plainMessage(error);
      }
    }
  }

  get #storageKey(): string {
    return `hrw-host:${this.view.meeting}:${this.view.lang}`;
  }

  /** Picks the meeting back up after a reload in this tab (same version of the script only). */
  #restore(script: ScriptDocument): void {
    const first = script.sections[0]?.key ?? '';
    let saved: SavedHostState | null = null;
    try {
      const raw = sessionStorage.getItem(this.#storageKey);
      const parsed = raw ? (JSON.parse(raw) as Partial<SavedHostState>) : null;
      const clock = parsed ? parseClock(JSON.stringify(parsed.clock ?? null)) : null;
      if (parsed && clock && parsed.version === script.version) {
        saved = { version: parsed.version, clock };
      }
    } catch {
      saved = null;
    }
    const index = saved ? script.sections.findIndex((section) => section.key === saved.clock.sectionKey) : -1;
    if (saved && index >= 0) {
      this.clock = saved.clock;
      this.index = index;
    } else {
      this.clock = newClock(first);
      this.index = 0;
    }
    this.now = Date.now();
    if (isRunning(this.clock)) {
      this.#startTicking();
      void this.#keepAwake();
    }
  }

  #save(): void {
    const state: SavedHostState = { version: this.script?.version, clock: this.clock };
    try {
      sessionStorage.setItem(this.#storageKey, JSON.stringify(state));
    } catch {
      // Private browsing with storage off: the clocks still work, they just do not survive a reload.
    }
  }

  #step(delta: number): void {
    const script = this.script;
    if (!script) {
      return;
    }
    const index = Math.min(Math.max(this.index + delta, 0), script.sections.length - 1);
    const section = script.sections[index];
    if (index === this.index || !section) {
      return;
    }
    this.now = Date.now();
    this.clock = moveToSection(this.clock, section.key, this.now);
    this.index = index;
    this.#save();
    // The new section starts just below the bar (its scroll-margin), and a screen reader lands on it and hears
    // "Section 3 of 12: ..." from its label, rather than staying on a button whose page changed under it.
    void this.updateComplete.then(() => {
      const reading = this.renderRoot.querySelector<HTMLElement>('.reading');
      reading?.focus({ preventScroll: true });
      reading?.scrollIntoView({ block: 'start' });
    });
  }

  #toggleClock = (): void => {
    this.now = Date.now();
    if (isRunning(this.clock)) {
      this.clock = pauseClock(this.clock, this.now);
      this.#stopTicking();
    } else {
      this.clock = startClock(this.clock, this.now);
      this.#startTicking();
      void this.#keepAwake();
    }
    this.#save();
  };

  #resetClock = (): void => {
    this.clock = newClock(this.script?.sections[this.index]?.key ?? '');
    this.now = Date.now();
    this.#save();
  };

  #startTicking(): void {
    if (this.#ticker === undefined) {
      this.#ticker = window.setInterval(() => {
        this.now = Date.now();
      }, TICK_MS);
    }
  }

  #stopTicking(): void {
    window.clearInterval(this.#ticker);
    this.#ticker = undefined;
  }

  /** Screen Wake Lock where the browser has it; elsewhere the screen may dim as usual. */
  async #keepAwake(): Promise<void> {
    if (!('wakeLock' in navigator) || document.visibilityState !== 'visible' || this.#wakeLock) {
      return;
    }
    try {
      const lock = await navigator.wakeLock.request('screen');
      this.#wakeLock = lock;
      lock.addEventListener('release', () => {
        if (this.#wakeLock === lock) {
          this.#wakeLock = null;
        }
      });
    } catch {
      // Refused (battery saver, permissions policy): nothing to tell the host.
    }
  }

  #toggleFullScreen = (): void => {
    if (document.fullscreenElement) {
      void document.exitFullscreen().catch(() => undefined);
    } else {
      void this.requestFullscreen().catch(() => undefined);
    }
  };

  #onFullScreen = (): void => {
    this.fullScreen = document.fullscreenElement === this;
  };

  /** The browser releases the wake lock when the tab is hidden; take it again on return if the meeting is on. */
  #onVisibility = (): void => {
    if (document.visibilityState === 'visible' && isRunning(this.clock)) {
      this.now = Date.now();
      void this.#keepAwake();
    }
  };

  #onOffline = (): void => {
    this.offlineReady = offlineStatus.state === 'ready';
  };

  #onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') {
      return;
    }
    const target = event.composedPath()[0];
    if (
      target instanceof HTMLElement &&
      (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
    ) {
      return;
    }
    event.preventDefault();
    this.#step(event.key === 'ArrowRight' ? 1 : -1);
  };
}

customElements.define('hrw-host-mode', HrwHostMode);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-host-mode': HrwHostMode;
  }
}
