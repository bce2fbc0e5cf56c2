import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { plainMessage } from '../../api/messages.js';
import { fetchVersions, type ScriptLanguage, type ScriptVersionSummary } from '../../api/script.js';
import '../../components/hrw-choice-group.js';
import type { ChooseEvent } from '../../components/hrw-choice-group.js';
import { router } from '../../router.js';
import {
  FollowAppLanguage,
  LANGUAGE_CHOICES,
  changesPath,
  formatIsoDate,
  readScriptView,
  readerPath,
  versionsPath,
} from '../../script/script-view.js';
import { interactiveStyles, pageStyles } from '../../styles/shared.js';

const PAGE_SIZE = 20;

/** "/script/versions": every published version of the script, newest first, with what changed in each. */
export class HrwScriptVersions extends LitElement {
  static override properties = {
    lang: { state: true },
    versions: { state: true },
    total: { state: true },
    loading: { state: true },
    error: { state: true },
  };

  static override styles = [
    pageStyles,
    interactiveStyles,
    css`
      ol {
        margin: var(--hrw-space-l) 0;
        padding: 0;
        list-style: none;
      }

      li {
        padding: var(--hrw-space-m) 0;
        border-top: 1px solid var(--hrw-color-border);
      }

      li + li {
        margin-top: 0;
      }

      h2 {
        margin: 0 0 0.2rem;
        font-size: var(--hrw-text-l);
      }

      .date {
        margin: 0 0 var(--hrw-space-xs);
        font-size: var(--hrw-text-s);
        color: var(--hrw-color-muted);
      }

      .badge {
        display: inline-block;
        margin-left: 0.5rem;
        padding: 0 0.5rem;
        border-radius: 999px;
        border: 1px solid var(--hrw-color-accent);
        font-size: var(--hrw-text-s);
        font-weight: 600;
        vertical-align: middle;
      }

      .links {
        display: flex;
        flex-wrap: wrap;
        gap: var(--hrw-space-xs) var(--hrw-space-m);
        margin: 0;
      }
    `,
  ];

  declare lang: ScriptLanguage;
  declare versions: ScriptVersionSummary[];
  declare total: number;
  declare loading: boolean;
  /** Made when shown, so that it reads in the app's language of the moment. */
  declare error: (() => string) | null;

  #request: AbortController | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    new FollowAppLanguage(this, (lang) => {
      this.lang = lang;
    });
    this.lang = readScriptView(window.location.search).lang;
    this.versions = [];
    this.total = 0;
    this.loading = true;
    this.error = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadPage(0);
  }

  override disconnectedCallback(): void {
    this.#request?.abort();
    super.disconnectedCallback();
  }

  protected override render() {
    const newest = this.versions[0]?.number;
    return html`
      <h1>${msg('Versions of the script')}</h1>
      <p class="lead">
        ${msg(
          "The script changes rarely: when HRH413's stewards publish a new version, or when the hub corrects its own text. Every version stays here, so any group can see what changed and when.",
        )}
      </p>
      <p><a href=${readerPath({ lang: this.lang })}>${msg('Read the current script')}</a></p>
      <hrw-choice-group
        legend=${msg('Language of the text')}
        name="lang"
        .options=${LANGUAGE_CHOICES}
        .value=${this.lang}
        @hrw-choose=${this.#chooseLanguage}
      ></hrw-choice-group>

      ${this.versions.length > 0
        ? html`
            <ol>
              ${this.versions.map(
                (version) => html`
                  <li>
                    <h2>
                      ${msg(str`Version ${version.number}`)}${version.number === newest
                        ? html`<span class="badge">${msg('Current', { desc: 'Marks the version of the script in use now' })}</span>`
                        : nothing}
                    </h2>
                    <p class="date">${msg(str`Published ${formatIsoDate(version.publishedAt)}`)}</p>
                    <p>${version.summary}</p>
                    <p class="links">
                      <a href=${readerPath({ lang: this.lang, version: version.number === newest ? undefined : version.number })}
                        >${msg(str`Read version ${version.number}`)}</a
                      >
                      ${version.number > 1
                        ? html`<a href=${changesPath(version.number, version.number - 1, this.lang)}
                            >${msg(str`What changed in version ${version.number}`)}</a
                          >`
                        : nothing}
                    </p>
                  </li>
                `,
              )}
            </ol>
          `
        : nothing}
      ${this.loading ? html`<p role="status">${msg('Loading the versions…')}</p>` : nothing}
      ${!this.loading && !this.error && this.versions.length === 0
        ? html`<p>${msg('No version of the script has been published yet.')}</p>`
        : nothing}
      ${this.error
        ? html`
            <div class="callout" role="alert">
              <p>${msg('The versions did not load.')} ${this.error()}</p>
              <p><button type="button" @click=${() => void this.#loadPage(this.#nextPage())}>${msg('Try again')}</button></p>
            </div>
          `
        : nothing}
      ${!this.loading && !this.error && this.versions.length < this.total
        ? html`<button type="button" class="secondary" @click=${() => void this.#loadPage(this.#nextPage())}>
            ${msg('Show older versions')}
          </button>`
        : nothing}
    `;
  }

  #nextPage(): number {
    return Math.ceil(this.versions.length / PAGE_SIZE);
  }

  #chooseLanguage = (event: ChooseEvent): void => {
    this.lang = event.value as ScriptLanguage;
    router.rewrite(versionsPath(this.lang));
  };

  async #loadPage(page: number): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.loading = true;
    this.error = null;
    try {
      const result = await fetchVersions(page, PAGE_SIZE, request.signal);
      const known = new Set(this.versions.map((version) => version.number));
      this.versions = [...this.versions, ...result.items.filter((version) => !known.has(version.number))];
      this.total = result.total;
    } catch (error) {
      if (!request.signal.aborted) {
        this.error = () => plainMessage(error);
      }
    } finally {
      if (this.#request === request) {
        this.loading = false;
      }
    }
  }
}

customElements.define('hrw-script-versions', HrwScriptVersions);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-script-versions': HrwScriptVersions;
  }
}
