import { LitElement, css, html, nothing } from 'lit';
import { plainMessage } from '../../api/messages.js';
import {
  fetchChanges,
  type ChangedField,
  type ScriptChanges,
  type ScriptLanguage,
  type SectionChange,
} from '../../api/script.js';
import '../../components/hrw-choice-group.js';
import type { ChooseEvent } from '../../components/hrw-choice-group.js';
import '../../components/hrw-diff-view.js';
import { router } from '../../router.js';
import {
  LANGUAGE_CHOICES,
  changesPath,
  changesTarget,
  preferredLanguage,
  readPositiveInt,
  readScriptView,
  versionsPath,
} from '../../script/script-view.js';
import { interactiveStyles, pageStyles } from '../../styles/shared.js';

const CHANGE_LABELS: Record<SectionChange['change'], string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
};

const FIELD_LABELS: Record<ChangedField, string> = {
  title: 'the title',
  audience: 'which meetings read it',
  kind: 'read aloud or note for the host',
  minutes: 'the minutes',
  body: 'the text',
  position: 'its place in the script',
};

export function describeFields(fields: readonly ChangedField[] | undefined): string {
  const words = (fields ?? []).map((field) => FIELD_LABELS[field] ?? field);
  if (words.length <= 1) {
    return words.join('');
  }
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "/script/versions/{n}/changes?from={m}&lang=": what changed between two versions, section by section. */
export class HrwScriptChanges extends LitElement {
  static override properties = {
    lang: { state: true },
    changes: { state: true },
    loading: { state: true },
    error: { state: true },
  };

  static override styles = [
    pageStyles,
    interactiveStyles,
    css`
      .sections {
        margin: var(--hrw-space-l) 0;
        padding: 0;
        list-style: none;
      }

      .sections > li {
        padding: var(--hrw-space-m) 0;
        border-top: 1px solid var(--hrw-color-border);
      }

      .sections > li + li {
        margin-top: 0;
      }

      h2 {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
        margin: 0 0 var(--hrw-space-xs);
        font-size: var(--hrw-text-l);
      }

      .badge {
        padding: 0.05rem 0.6rem;
        border-radius: 999px;
        border: 2px solid currentColor;
        font-size: var(--hrw-text-s);
        font-weight: 700;
      }

      .badge.added {
        color: var(--hrw-color-added-text);
        background: var(--hrw-color-added-bg);
      }

      .badge.removed {
        color: var(--hrw-color-removed-text);
        background: var(--hrw-color-removed-bg);
      }

      .badge.changed {
        color: var(--hrw-color-accent-strong);
        background: var(--hrw-color-accent-soft);
      }

      .fields {
        margin: 0 0 var(--hrw-space-s);
        font-size: var(--hrw-text-s);
      }
    `,
  ];

  declare lang: ScriptLanguage;
  declare changes: ScriptChanges | null;
  declare loading: boolean;
  declare error: string | null;

  readonly to: number | null;
  readonly from: number | null;
  #request: AbortController | null = null;

  constructor() {
    super();
    const params = new URLSearchParams(window.location.search);
    this.to = changesTarget(window.location.pathname);
    this.from = readPositiveInt(params.get('from')) ?? (this.to !== null && this.to > 1 ? this.to - 1 : null);
    this.lang = readScriptView(params, preferredLanguage()).lang;
    this.changes = null;
    this.loading = false;
    this.error = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  override disconnectedCallback(): void {
    this.#request?.abort();
    super.disconnectedCallback();
  }

  protected override render() {
    if (this.to === null || this.from === null || this.from >= this.to) {
      return html`
        <h1>What changed in the script</h1>
        <p>This address does not name two versions to compare.</p>
        <p><a href=${versionsPath(this.lang)}>See every version of the script</a></p>
      `;
    }
    return html`
      <h1>What changed in version ${this.to}</h1>
      <p class="lead">Compared with version ${this.from}, section by section.</p>
      <p><a href=${versionsPath(this.lang)}>All versions</a></p>
      <hrw-choice-group
        legend="Language of the text"
        name="lang"
        .options=${LANGUAGE_CHOICES}
        .value=${this.lang}
        @hrw-choose=${this.#chooseLanguage}
      ></hrw-choice-group>
      ${this.loading ? html`<p role="status">Loading the changes…</p>` : nothing}
      ${this.error
        ? html`
            <div class="callout" role="alert">
              <p>The changes did not load. ${this.error}</p>
              <p><button type="button" @click=${() => void this.#load()}>Try again</button></p>
            </div>
          `
        : nothing}
      ${this.changes ? this.#renderChanges(this.changes) : nothing}
    `;
  }

  #renderChanges(changes: ScriptChanges) {
    if (changes.sections.length === 0) {
      return html`<p>Nothing in this language's text changed between these versions.</p>`;
    }
    return html`
      <ol class="sections">
        ${changes.sections.map(
          (section) => html`
            <li>
              <h2>
                <span class="badge ${section.change}">${CHANGE_LABELS[section.change]}</span>
                <span lang=${changes.language}>${section.title}</span>
              </h2>
              ${section.change === 'changed' && section.fields?.length
                ? html`<p class="fields">What changed: ${describeFields(section.fields)}.</p>`
                : nothing}
              ${section.diff ? html`<hrw-diff-view .diff=${section.diff} .language=${changes.language}></hrw-diff-view>` : nothing}
            </li>
          `,
        )}
      </ol>
    `;
  }

  #chooseLanguage = (event: ChooseEvent): void => {
    this.lang = event.value as ScriptLanguage;
    if (this.to !== null && this.from !== null) {
      router.rewrite(changesPath(this.to, this.from, this.lang));
    }
    void this.#load();
  };

  async #load(): Promise<void> {
    if (this.to === null || this.from === null || this.from >= this.to) {
      return;
    }
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.loading = true;
    this.error = null;
    try {
      this.changes = await fetchChanges(this.to, this.from, this.lang, request.signal);
    } catch (error) {
      if (!request.signal.aborted) {
        this.changes = null;
        this.error = plainMessage(error);
      }
    } finally {
      if (this.#request === request) {
        this.loading = false;
      }
    }
  }
}

customElements.define('hrw-script-changes', HrwScriptChanges);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-script-changes': HrwScriptChanges;
  }
}
