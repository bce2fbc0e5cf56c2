import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { GroupRef } from '../api/learnings.js';
import { rememberGroup, rememberedGroup } from '../lib/chosen-group.js';
import { groupPlace } from '../lib/network-name.js';
import { HelpedEvent } from '../learnings/events.js';
import { helpedInWords, learningMessage } from '../learnings/labels.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';

/**
 * How many groups a post helped, and for a host, "This helped us": one toggle, pressed when the group already said
 * so, so it can be taken back. A host of several groups chooses which group speaks (remembered for next time), and
 * the one toggle acts for that group. Asks with a {@link HelpedEvent}.
 */
export class HrwHelpedControl extends LitElement {
  static override properties = {
    count: { type: Number },
    groups: { attribute: false },
    helpedBy: { attribute: false },
    pending: { state: true },
    error: { state: true },
    chosen: { state: true },
  };

  static override styles = [
    interactiveStyles,
    formStyles,
    css`
      :host {
        display: block;
      }

      p {
        margin: 0 0 var(--hrw-space-s);
      }

      button {
        margin-bottom: var(--hrw-space-s);
      }

      .count {
        font-weight: 700;
      }

      .hint {
        font-size: var(--hrw-text-s);
        color: var(--hrw-color-muted);
      }

      button[aria-pressed='true']::before {
        content: '✓ ';
      }

      .field {
        margin: 0 0 var(--hrw-space-s);
      }
    `,
  ];

  declare count: number;
  /** The viewer's groups that may say it helped them. */
  declare groups: readonly GroupRef[];
  /** The slugs of those groups that already did. */
  declare helpedBy: readonly string[];
  declare pending: string | null;
  declare error: string | null;
  /** Which of several groups the toggle acts for. */
  declare chosen: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.count = 0;
    this.groups = [];
    this.helpedBy = [];
    this.pending = null;
    this.error = null;
    this.chosen = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('groups') && !this.groups.some((group) => group.slug === this.chosen)) {
      this.chosen = rememberedGroup(this.groups) ?? this.groups[0]?.slug ?? '';
    }
  }

  protected override render() {
    const several = this.groups.length > 1;
    const group = this.groups.find((candidate) => candidate.slug === this.chosen);
    const helped = group !== undefined && this.helpedBy.includes(group.slug);
    return html`
      <p class="count" role="status">${helpedInWords(this.count)}</p>
      ${several
        ? html`<div class="field">
            <label for="helped-group">${msg('Say it for', { desc: 'Which of your groups says a post helped it' })}</label>
            <select id="helped-group" @change=${this.#choose}>
              ${this.groups.map(
                (candidate) =>
                  html`<option value=${candidate.slug} ?selected=${candidate.slug === this.chosen}>
                    ${this.#optionLabel(candidate)}
                  </option>`,
              )}
            </select>
          </div>`
        : nothing}
      ${group
        ? html`<button
            type="button"
            class=${helped ? '' : 'secondary'}
            aria-pressed=${helped ? 'true' : 'false'}
            data-slug=${group.slug}
            @click=${() => void this.#toggle(group.slug, !helped)}
          >
            ${several ? msg(str`This helped ${group.name}`) : msg('This helped us')}
          </button>`
        : nothing}
      ${helped ? html`<p class="hint">${msg('Changed your mind? Press it again to take it back.')}</p>` : nothing}
      ${this.error ? html`<div class="alert" role="alert"><p>${this.error}</p></div>` : nothing}
    `;
  }

  /** Only the place: the options all start with the network's name, and the button says the whole name. */
  #optionLabel(group: GroupRef): string {
    const place = groupPlace(group.name);
    return this.helpedBy.includes(group.slug) ? msg(str`${place} (said it helped)`) : place;
  }

  #choose = (event: Event): void => {
    this.chosen = (event.target as HTMLSelectElement).value;
    this.error = null;
    rememberGroup(this.chosen);
  };

  /** Not disabled while it is sent: a disabled button would drop the keyboard focus. */
  async #toggle(groupSlug: string, helped: boolean): Promise<void> {
    if (this.pending) {
      return;
    }
    this.error = null;
    const event = new HelpedEvent(groupSlug, helped);
    this.dispatchEvent(event);
    this.pending = groupSlug;
    try {
      await event.outcome;
    } catch (error) {
      this.error = learningMessage(error);
    } finally {
      this.pending = null;
    }
  }
}

customElements.define('hrw-helped-control', HrwHelpedControl);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-helped-control': HrwHelpedControl;
  }
}
