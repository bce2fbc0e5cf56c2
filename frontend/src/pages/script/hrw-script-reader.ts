import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { ApiError } from '../../api/client.js';
import { plainMessage } from '../../api/messages.js';
import { fetchScript, fetchScriptVersion, scriptUrl, type ScriptDocument, type ScriptLanguage } from '../../api/script.js';
import { session } from '../../auth/session.js';
import '../../components/hrw-choice-group.js';
import type { ChooseEvent } from '../../components/hrw-choice-group.js';
import '../../components/hrw-script-document.js';
import { router } from '../../router.js';
import { scriptWords } from '../../script/labels.js';
import {
  FollowAppLanguage,
  LANGUAGE_CHOICES,
  formatIsoDate,
  hostPath,
  meetingChoices,
  readPositiveInt,
  readScriptView,
  readerPath,
  versionsPath,
  type ScriptView,
} from '../../script/script-view.js';
import { interactiveStyles, pageStyles } from '../../styles/shared.js';

/**
 * "/script": the script every meeting reads, for an open or a focused meeting, in English or Spanish
 * (?meeting=&lang=, so a link to it opens the same view), with downloads, printing, host mode and the history.
 * "?version=n" shows an older published version. Without ?lang= the script is in the app's language, and follows it
 * when the reader switches the app's language, until they pick the script's language here.
 */
export class HrwScriptReader extends LitElement {
  static override properties = {
    view: { state: true },
    version: { state: true },
    script: { state: true },
    loading: { state: true },
    error: { state: true },
    steward: { state: true },
  };

  static override styles = [
    pageStyles,
    interactiveStyles,
    css`
      :host {
        max-width: var(--hrw-measure);
      }

      .edition {
        margin: 0 0 var(--hrw-space-m);
        font-size: var(--hrw-text-s);
        color: var(--hrw-color-muted);
      }

      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: var(--hrw-space-m) var(--hrw-space-l);
        margin: 0 0 var(--hrw-space-s);
      }

      .explain {
        font-size: var(--hrw-text-s);
        color: var(--hrw-color-muted);
      }

      .tools {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--hrw-space-s);
        margin: var(--hrw-space-m) 0;
      }

      .downloads {
        margin: 0 0 var(--hrw-space-l);
        padding: var(--hrw-space-m);
        border: 1px solid var(--hrw-color-border);
        border-radius: var(--hrw-radius);
        background: var(--hrw-color-surface);
      }

      .downloads h2 {
        margin: 0 0 var(--hrw-space-xs);
        font-size: var(--hrw-text-m);
      }

      /* No gap between rows: each link is already a 44 px target. */
      .downloads ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--hrw-space-m);
        margin: 0 0 var(--hrw-space-s);
        padding: 0;
        list-style: none;
      }

      .downloads li + li {
        margin-top: 0;
      }

      .downloads p {
        margin: 0;
        font-size: var(--hrw-text-s);
      }

      .more {
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--hrw-space-m);
      }

      .total {
        font-weight: 600;
      }

      .print-only {
        display: none;
      }

      .script[aria-busy='true'] {
        opacity: 0.6;
      }

      @media print {
        :host {
          max-width: none;
        }

        .print-only {
          display: block;
          margin: 0;
          font-weight: 700;
        }

        h1 {
          font-size: 20pt;
        }

        .edition {
          color: #333;
        }
      }
    `,
  ];

  declare view: ScriptView;
  declare version: number | null;
  declare script: ScriptDocument | null;
  declare loading: boolean;
  /** Made when shown, so that it reads in the app's language of the moment. */
  declare error: (() => string) | null;
  declare steward: boolean;

  #request: AbortController | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    new FollowAppLanguage(this, (lang) => {
      if (lang !== this.view.lang) {
        this.view = { ...this.view, lang };
        void this.#load();
      }
    });
    const params = new URLSearchParams(window.location.search);
    this.view = readScriptView(params);
    this.version = readPositiveInt(params.get('version'));
    this.script = null;
    this.loading = true;
    this.error = null;
    this.steward = session.state.steward;
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

  protected override render() {
    const script = this.script;
    return html`
      <h1>${msg('The meeting script')}</h1>
      <p class="lead">
        ${msg('Every Harm Reduction Works-HRW meeting follows these words, so nobody has to be an expert to host.')}
      </p>
      ${script ? this.#renderEdition(script) : nothing}

      <div class="no-print">
        <div class="choices">
          <hrw-choice-group
            legend=${msg('Meeting')}
            name="meeting"
            .options=${meetingChoices()}
            .value=${this.view.meeting}
            @hrw-choose=${(event: ChooseEvent) => this.#change({ meeting: event.value as ScriptView['meeting'] })}
          ></hrw-choice-group>
          <hrw-choice-group
            legend=${msg('Language of the script')}
            name="lang"
            .options=${LANGUAGE_CHOICES}
            .value=${this.view.lang}
            @hrw-choose=${(event: ChooseEvent) => this.#change({ lang: event.value as ScriptLanguage })}
          ></hrw-choice-group>
        </div>
        <p class="explain">
          ${msg(
            'Open meetings welcome anyone curious about harm reduction; focused meetings are for people who drink or use drugs, used to, or are thinking about it. Only the welcome is different.',
          )}
        </p>

        <div class="tools">
          ${this.version === null
            ? html`<a class="button-link" href=${hostPath(this.view)}>${msg('Open host mode')}</a>`
            : nothing}
          <button type="button" class="secondary" @click=${() => window.print()}>${msg('Print')}</button>
        </div>

        <section class="downloads" aria-labelledby="downloads">
          <h2 id="downloads">${msg('Download')}</h2>
          <ul class="standalone-links">
            <li><a href=${this.#download('pdf', 'letter')}>${msg('PDF, US Letter')}</a></li>
            <li><a href=${this.#download('pdf', 'a4')}>PDF, A4</a></li>
            <li><a href=${this.#download('markdown')}>Markdown</a></li>
            <li><a href=${this.#download('html')}>${msg('Printable page')}</a></li>
          </ul>
          <p class="more standalone-links">
            <a href=${versionsPath(this.view.lang)}>${msg('Version history')}</a>
            ${this.steward ? html`<a href="/script/drafts">${msg('Edit the script (stewards)')}</a>` : nothing}
          </p>
        </section>
      </div>

      ${this.error ? this.#renderError(this.error()) : nothing}
      ${script
        ? html`
            <p class="total">
              ${msg(
                str`The suggested times add up to ${script.minutes[this.view.meeting]} minutes. Meetings run 60 to 90, as each group decides.`,
              )}
            </p>
            <div class="script" aria-busy=${this.loading ? 'true' : 'false'}>
              <hrw-script-document .document=${script}></hrw-script-document>
            </div>
          `
        : this.loading
          ? html`<p role="status">${msg('Loading the script…')}</p>`
          : nothing}
    `;
  }

  #renderEdition(script: ScriptDocument) {
    const date = formatIsoDate(script.publishedAt);
    const words = scriptWords(script.language);
    return html`
      <p class="edition print-only" lang=${script.language}>${words.meeting[this.view.meeting]} · ${words.languageName}</p>
      <p class="edition">${date ? msg(str`Version ${script.version}, published ${date}`) : msg(str`Version ${script.version}`)}</p>
      ${this.version !== null
        ? html`
            <div class="callout no-print">
              <p>
                ${msg(
                  html`This is an older version, kept for the record. <a href=${readerPath({ meeting: this.view.meeting, lang: this.view.lang })}>Read the current script</a>.`,
                )}
              </p>
            </div>
          `
        : nothing}
    `;
  }

  #renderError(message: string) {
    return html`
      <div class="callout" role="alert">
        <p>${message}</p>
        <p><button type="button" @click=${() => void this.#load()}>${msg('Try again')}</button></p>
      </div>
    `;
  }

  #download(format: 'pdf' | 'markdown' | 'html', paper?: 'letter' | 'a4'): string {
    return scriptUrl({ ...this.view, format, paper }, this.version ?? undefined);
  }

  #change(change: Partial<ScriptView>): void {
    this.view = { ...this.view, ...change };
    router.rewrite(readerPath({ ...this.view, version: this.version ?? undefined }));
    void this.#load();
  }

  async #load(): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.loading = true;
    this.error = null;
    const query = { meeting: this.view.meeting, lang: this.view.lang };
    try {
      const script =
        this.version === null
          ? await fetchScript(query, request.signal)
          : await fetchScriptVersion(this.version, query, request.signal);
      this.script = script;
    } catch (error) {
      if (request.signal.aborted) {
        return;
      }
      // Leaving the last script up would show a meeting or language other than the one chosen.
      this.script = null;
      this.error = () =>
        error instanceof ApiError && error.status === 404
          ? (error.detail ?? msg('There is no script to show yet.'))
          : `${msg('The script did not load.')} ${plainMessage(error)}`;
    } finally {
      if (this.#request === request) {
        this.loading = false;
      }
    }
  }

  #onSession = (): void => {
    this.steward = session.state.steward;
  };
}

customElements.define('hrw-script-reader', HrwScriptReader);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-script-reader': HrwScriptReader;
  }
}
