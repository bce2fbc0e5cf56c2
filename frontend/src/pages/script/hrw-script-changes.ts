import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
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
import { formatList } from '../../i18n/format.js';
import {
  FollowAppLanguage,
  LANGUAGE_CHOICES,
  changesPath,
  changesTarget,
  readPositiveInt,
  readScriptView,
  versionsPath,
} from '../../script/script-view.js';
import { interactiveStyles, pageStyles } from '../../styles/shared.js';

function changeLabel(change: SectionChange['change']): string {
  switch (change) {
    case 'added':
      return msg('Added', { desc: 'A section added to the script in this version' });
    case 'removed':
      return msg('Removed', { desc: 'A section removed from the script in this version' });
    default:
      return msg('Changed', { desc: 'A section of the script changed in this version' });
  }
}

function fieldLabel(field: ChangedField): string {
  switch (field) {
    case 'title':
      return msg('the title');
    case 'audience':
      return msg('which meetings read it', { desc: 'Listed after "What changed:"' });
    case 'kind':
      return msg('read aloud or note for the host', { desc: 'Listed after "What changed:"' });
    case 'minutes':
      return msg('the minutes', { desc: 'Listed after "What changed:"' });
    case 'body':
      return msg('the text', { desc: 'Listed after "What changed:"' });
    case 'position':
      return msg('its place in the script', { desc: 'Listed after "What changed:"' });
    default:
      return field;
  }
}

/** "the title, the minutes and the text", in the app's language. */
export function describeFields(fields: readonly ChangedField[] | undefined): string {
  return formatList((fields ?? []).map(fieldLabel));
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
  /** Made when shown, so that it reads in the app's language of the moment. */
  declare error: (() => string) | null;

  readonly to: number | null;
  readonly from: number | null;
  #request: AbortController | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    new FollowAppLanguage(this, (lang) => {
      if (lang !== this.lang) {
        this.lang = lang;
        void this.#load();
      }
    });
    const params = new URLSearchParams(window.location.search);
    this.to = changesTarget(window.location.pathname);
    this.from = readPositiveInt(params.get('from')) ?? (this.to !== null && this.to > 1 ? this.to - 1 : null);
    this.lang = readScriptView(params).lang;
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
        <h1>${msg('What changed in the script')}</h1>
        <p>${msg('This address does not name two versions to compare.')}</p>
        <p><a href=${versionsPath(this.lang)}>${msg('See every version of the script')}</a></p>
      `;
    }
    return html`
      <h1>${msg(str`What changed in version ${this.to}`)}</h1>
      <p class="lead">${msg(str`Compared with version ${this.from}, section by section.`)}</p>
      <p><a href=${versionsPath(this.lang)}>${msg('All versions')}</a></p>
      <hrw-choice-group
        legend=${msg('Language of the text')}
        name="lang"
        .options=${LANGUAGE_CHOICES}
        .value=${this.lang}
        @hrw-choose=${this.#chooseLanguage}
      ></hrw-choice-group>
      ${this.loading ? html`<p role="status">${msg('Loading the changes…')}</p>` : nothing}
      ${this.error
        ? html`
            <div class="callout" role="alert">
              <p>${msg('The changes did not load.')} ${this.error()}</p>
              <p><button type="button" @click=${() => void this.#load()}>${msg('Try again')}</button></p>
            </div>
          `
        : nothing}
      ${this.changes ? this.#renderChanges(this.changes) : nothing}
    `;
  }

  #renderChanges(changes: ScriptChanges) {
    if (changes.sections.length === 0) {
      return html`<p>${msg("Nothing in this language's text changed between these versions.")}</p>`;
    }
    return html`
      <ol class="sections">
        ${changes.sections.map(
          (section) => html`
            <li>
              <h2>
                <span class="badge ${section.change}">${changeLabel(section.change)}</span>
                <span lang=${changes.language}>${section.title}</span>
              </h2>
              ${section.change === 'changed' && section.fields?.length
                ? html`<p class="fields">${msg(str`What changed: ${describeFields(section.fields)}.`)}</p>`
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
        this.error = () => plainMessage(error);
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
