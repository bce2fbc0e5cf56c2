import { LitElement, css, html } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { formatDuration, type MinuteRange } from '../script/host-clock.js';
import { interactiveStyles } from '../styles/shared.js';

/** "of 73 min", "of 10–20 min": the time a clock is measured against. */
function outOf(range: MinuteRange): string {
  return range.low === range.high
    ? msg(str`of ${range.low} min`, { desc: 'The suggested time under a clock' })
    : msg(str`of ${range.low}–${range.high} min`, { desc: 'The suggested time under a clock, a range' });
}

/** Asks the page to move by `delta` sections (-1 back, 1 on). */
export type HostStepEvent = CustomEvent<{ delta: number }>;

/**
 * Host mode's bar: the meeting clock, the section clock with its start/pause button, and Previous/Next with where
 * the host is. Small enough that on a phone the section's words start on the first screen below it; the page makes
 * it sticky (and takes that back while the log form is open, so the bar never covers the form).
 *
 * Renders what it is given and says what was pressed: `hrw-step` and `hrw-clock-toggle`.
 */
export class HrwHostBar extends LitElement {
  static override properties = {
    index: { type: Number },
    total: { type: Number },
    meetingMs: { attribute: false },
    meetingMinutes: { attribute: false },
    sectionMs: { attribute: false },
    range: { attribute: false },
    running: { type: Boolean },
    started: { type: Boolean },
    pastLimit: { type: Boolean, attribute: 'past-limit' },
    sectionOver: { type: Boolean, attribute: 'section-over' },
  };

  static override styles = [
    interactiveStyles,
    css`
      :host {
        display: block;
        padding: var(--hrw-space-xs) 0;
        background: var(--hrw-color-bg);
        border-bottom: 1px solid var(--hrw-color-border);
      }

      .clocks {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) auto;
        align-items: stretch;
        gap: var(--hrw-space-xs);
        margin: 0 0 var(--hrw-space-xs);
      }

      .clock {
        margin: 0;
        padding: 0.2rem 0.5rem;
        border: 1px solid var(--hrw-color-border);
        border-radius: var(--hrw-radius);
        background: var(--hrw-color-surface);
        font-size: var(--hrw-text-s);
        line-height: 1.25;
      }

      .clock .label,
      .clock .target {
        display: block;
        color: var(--hrw-color-muted);
        font-weight: 600;
      }

      .clock .time {
        display: block;
        font-size: var(--hrw-text-l);
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }

      .clock.over {
        border: 2px solid var(--hrw-color-notice-border);
        background: var(--hrw-color-notice-bg);
      }

      .toggle {
        max-width: 7.5rem;
        min-width: 2.75rem;
        padding-inline: 0.6rem;
      }

      .steps {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr);
        align-items: center;
        gap: var(--hrw-space-xs);
      }

      /* Words may wrap, even inside a word, rather than push the page sideways in a longer language. */
      .steps button {
        min-width: 0;
        min-height: 3rem;
        padding-inline: 0.5rem;
        font-size: var(--hrw-text-m);
        overflow-wrap: anywhere;
      }

      /*
       * On a phone the bar takes two short rows and no word wraps: the clocks' words are smaller, on one line each
       * ("Sin tiempo fijo", "de 10–20 min"), the clock's button shows ▶ or ❚❚ and keeps its words for screen readers,
       * and "← Anterior 1 de 12 Siguiente →" fits one row. When they wrapped, the bar took about 190 of a 320 x 640
       * screen.
       */
      @media (max-width: 30rem) {
        :host {
          padding-block: 0.375rem;
        }

        .clocks {
          gap: 0.375rem;
          margin-bottom: 0.375rem;
        }

        .toggle {
          position: relative;
          width: 2.75rem;
          padding: 0;
        }

        .toggle::before {
          content: '▶';
          content: '▶' / '';
          font-size: var(--hrw-text-m);
        }

        .toggle.secondary::before {
          content: '❚❚';
          content: '❚❚' / '';
        }

        .toggle-words {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip-path: inset(50%);
          white-space: nowrap;
        }

        .clock {
          padding: 0.125rem 0.35rem;
          font-size: 0.8125rem;
          line-height: 1.2;
        }

        .clock .label,
        .clock .target {
          white-space: nowrap;
        }

        .clock .time {
          font-size: var(--hrw-text-m);
          line-height: 1.15;
        }

        .steps {
          gap: 0.375rem;
        }

        .steps button {
          min-height: 2.75rem;
          padding-inline: 0.35rem;
          font-size: var(--hrw-text-s);
          white-space: nowrap;
        }

        .position {
          min-width: 0;
          font-size: var(--hrw-text-s);
          white-space: nowrap;
        }

        progress {
          margin-top: 0.375rem;
        }
      }

      .position {
        margin: 0;
        min-width: 3rem;
        text-align: center;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }

      progress {
        display: block;
        width: 100%;
        height: 0.35rem;
        margin-top: var(--hrw-space-xs);
        appearance: none;
        border: 0;
        border-radius: 999px;
        background: var(--hrw-color-accent-soft);
        overflow: hidden;
      }

      progress::-webkit-progress-bar {
        background: var(--hrw-color-accent-soft);
      }

      progress::-webkit-progress-value {
        background: var(--hrw-color-accent);
      }

      progress::-moz-progress-bar {
        background: var(--hrw-color-accent);
      }
    `,
  ];

  /** The section on screen, from 0. */
  declare index: number;
  declare total: number;
  declare meetingMs: number;
  /** The script's suggested length for this kind of meeting. */
  declare meetingMinutes: number;
  declare sectionMs: number;
  /** The section's suggested time; null when it has none. */
  declare range: MinuteRange | null;
  declare running: boolean;
  declare started: boolean;
  declare pastLimit: boolean;
  declare sectionOver: boolean;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.index = 0;
    this.total = 1;
    this.meetingMs = 0;
    this.meetingMinutes = 0;
    this.sectionMs = 0;
    this.range = null;
    this.running = false;
    this.started = false;
    this.pastLimit = false;
    this.sectionOver = false;
  }

  protected override render() {
    const atStart = this.index <= 0;
    const atEnd = this.index >= this.total - 1;
    const meetingClock = msg('Meeting');
    const sectionTimer = msg('This section', { desc: "Label of host mode's clock for the section on screen" });
    return html`
      <div class="clocks">
        <p class="clock ${this.pastLimit ? 'over' : ''}" role="timer" aria-label=${meetingClock}>
          <span class="label">${meetingClock}</span>
          <span class="time">${formatDuration(this.meetingMs)}</span>
          <span class="target">${outOf({ low: this.meetingMinutes, high: this.meetingMinutes })}</span>
        </p>
        <p class="clock ${this.sectionOver ? 'over' : ''}" role="timer" aria-label=${sectionTimer}>
          <span class="label">${sectionTimer}</span>
          <span class="time">${formatDuration(this.sectionMs)}</span>
          <span class="target">${this.range ? outOf(this.range) : msg('No set time')}</span>
        </p>
        <button type="button" class="toggle ${this.running ? 'secondary' : ''}" @click=${this.#toggle}>
          <span class="toggle-words"
            >${this.running
              ? msg('Pause', { desc: 'Pauses the meeting clock' })
              : this.started
                ? msg('Resume', { desc: 'Starts the paused meeting clock again' })
                : msg('Start the clock')}</span
          >
        </button>
      </div>
      <div class="steps">
        <button type="button" class="secondary" aria-disabled=${atStart ? 'true' : 'false'} @click=${() => this.#step(-1)}>
          ← ${msg('Previous', { desc: 'Goes back one section of the script' })}
        </button>
        <p class="position">${msg(str`${this.index + 1} of ${this.total}`, { desc: 'Which section of the script is on screen: 3 of 12' })}</p>
        <button type="button" aria-disabled=${atEnd ? 'true' : 'false'} @click=${() => this.#step(1)}>
          ${msg('Next', { desc: 'Goes on one section of the script' })} →
        </button>
      </div>
      <progress max=${this.total} .value=${this.index + 1} aria-hidden="true"></progress>
    `;
  }

  #step(delta: number): void {
    this.dispatchEvent(new CustomEvent('hrw-step', { detail: { delta }, bubbles: true, composed: true }));
  }

  #toggle = (): void => {
    this.dispatchEvent(new CustomEvent('hrw-clock-toggle', { bubbles: true, composed: true }));
  };
}

customElements.define('hrw-host-bar', HrwHostBar);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-host-bar': HrwHostBar;
  }
  interface HTMLElementEventMap {
    'hrw-step': HostStepEvent;
  }
}
