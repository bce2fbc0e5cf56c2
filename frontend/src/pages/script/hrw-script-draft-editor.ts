import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import { ApiError } from '../../api/client.js';
import { plainMessage } from '../../api/messages.js';
import {
  addDraftSection,
  discardDraft,
  fetchDraft,
  fetchOpenDrafts,
  isStaleEdit,
  previewDraft,
  publishDraft,
  removeDraftSection,
  startDraft,
  updateDraftSection,
  violationMessages,
  type DraftSection,
  type DraftView,
  type MeetingType,
  type ScriptDocument,
  type ScriptLanguage,
  type ScriptVersionSummary,
} from '../../api/script.js';
import { session } from '../../auth/session.js';
import '../../components/hrw-choice-group.js';
import type { ChooseEvent } from '../../components/hrw-choice-group.js';
import '../../components/hrw-draft-section-form.js';
import {
  audienceLabel,
  kindLabel,
  type SectionAddEvent,
  type SectionOutcome,
  type SectionReloadEvent,
  type SectionRemoveEvent,
  type SectionSaveEvent,
} from '../../components/hrw-draft-section-form.js';
import '../../components/hrw-script-document.js';
import { formatList, formatNumber, languageName } from '../../i18n/format.js';
import { currentLocale } from '../../i18n/locale.js';
import { LANGUAGE_CHOICES, formatIsoDate, meetingChoices, readerPath, versionsPath } from '../../script/script-view.js';
import { formStyles, interactiveStyles, pageStyles } from '../../styles/shared.js';

type EditorStatus = 'loading' | 'no-draft' | 'ready' | 'failed';

/** Outcomes are kept per language and section key; "new" is the add-a-section form. */
function outcomeKey(lang: ScriptLanguage, key: string): string {
  return `${lang}:${key}`;
}

export function meetingMinutes(sections: readonly DraftSection[], meeting: MeetingType): number {
  return sections
    .filter((section) => section.audience === 'all' || section.audience === meeting)
    .reduce((total, section) => total + section.minutes, 0);
}

/** "English and Español" / "English y Español": each language in its own name, as the language choices show it. */
function languageNames(languages: readonly ScriptLanguage[]): string {
  return formatList(
    LANGUAGE_CHOICES.filter((choice) => languages.includes(choice.value as ScriptLanguage)).map((choice) => choice.label),
  );
}

/**
 * "/script/drafts": where stewards prepare the next version of the script. One draft at a time: start it from the
 * current version, edit sections in each language, preview it as meetings would read it, then publish it with a
 * summary (or discard it). Everyone else gets a plain explanation.
 */
export class HrwScriptDraftEditor extends LitElement {
  static override properties = {
    account: { state: true },
    status: { state: true },
    draft: { state: true },
    lang: { state: true },
    notice: { state: true },
    pageError: { state: true },
    busyKey: { state: true },
    outcomes: { state: true },
    previewView: { state: true },
    preview: { state: true },
    previewError: { state: true },
    previewLoading: { state: true },
    summary: { state: true },
    summaryError: { state: true },
    publishError: { state: true },
    publishing: { state: true },
    published: { state: true },
    confirmingDiscard: { state: true },
    confirmingLanguages: { state: true },
  };

  static override styles = [
    pageStyles,
    interactiveStyles,
    formStyles,
    css`
      :host {
        max-width: 48rem;
      }

      .sections {
        margin: 0 0 var(--hrw-space-l);
        padding: 0;
        list-style: none;
      }

      .sections > li + li {
        margin-top: var(--hrw-space-xs);
      }

      details {
        border: 1px solid var(--hrw-color-border);
        border-radius: var(--hrw-radius);
        background: var(--hrw-color-surface);
      }

      summary {
        padding: var(--hrw-space-s) var(--hrw-space-m);
        cursor: pointer;
      }

      summary:focus-visible {
        outline: 3px solid var(--hrw-color-focus);
        outline-offset: 2px;
      }

      summary h3 {
        display: inline;
        margin: 0;
        font-size: var(--hrw-text-m);
      }

      summary .meta {
        display: block;
        margin-left: 1.2rem;
        font-size: var(--hrw-text-s);
        color: var(--hrw-color-muted);
      }

      details > div {
        padding: 0 var(--hrw-space-m) var(--hrw-space-m);
      }

      .panel {
        margin: var(--hrw-space-l) 0;
        padding: var(--hrw-space-m);
        border: 1px solid var(--hrw-color-border);
        border-radius: var(--hrw-radius);
        background: var(--hrw-color-surface);
      }

      .panel h2 {
        margin-top: 0;
      }

      .totals {
        font-size: var(--hrw-text-s);
      }

      .preview-controls {
        display: flex;
        flex-wrap: wrap;
        gap: var(--hrw-space-m) var(--hrw-space-l);
        margin-bottom: var(--hrw-space-m);
      }

      .one-language h3 {
        margin-top: var(--hrw-space-xs);
      }

      .one-language:focus {
        outline: 3px solid var(--hrw-color-focus);
        outline-offset: 2px;
      }

      .danger {
        margin-top: var(--hrw-space-l);
        padding-top: var(--hrw-space-s);
        border-top: 1px solid var(--hrw-color-border);
      }

      .preview {
        margin-top: var(--hrw-space-m);
        padding-top: var(--hrw-space-m);
        border-top: 1px solid var(--hrw-color-border);
      }
    `,
  ];

  declare account: typeof session.state;
  declare status: EditorStatus;
  declare draft: DraftView | null;
  declare lang: ScriptLanguage;
  declare notice: string | null;
  declare pageError: string | null;
  declare busyKey: string | null;
  declare outcomes: Record<string, SectionOutcome>;
  declare previewView: { meeting: MeetingType; lang: ScriptLanguage };
  declare preview: ScriptDocument | null;
  declare previewError: string | null;
  declare previewLoading: boolean;
  declare summary: string;
  declare summaryError: string | null;
  declare publishError: string | null;
  declare publishing: boolean;
  declare published: ScriptVersionSummary | null;
  declare confirmingDiscard: boolean;
  /** The publish step is showing the sections changed in one language only, and waits for the steward's choice. */
  declare confirmingLanguages: boolean;

  #loadedFor: string | null = null;
  /** The draft revision the steward agreed to publish with one-language changes; any later edit asks again. */
  #languagesConfirmedFor: number | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.account = session.state;
    this.status = 'loading';
    this.draft = null;
    // A steward reading the app in Spanish most likely came to edit the Spanish words.
    this.lang = currentLocale();
    this.notice = null;
    this.pageError = null;
    this.busyKey = null;
    this.outcomes = {};
    this.previewView = { meeting: 'open', lang: this.lang };
    this.preview = null;
    this.previewError = null;
    this.previewLoading = false;
    this.summary = '';
    this.summaryError = null;
    this.publishError = null;
    this.publishing = false;
    this.published = null;
    this.confirmingDiscard = false;
    this.confirmingLanguages = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    session.addEventListener('change', this.#onSession);
    this.#onSession();
  }

  override disconnectedCallback(): void {
    session.removeEventListener('change', this.#onSession);
    super.disconnectedCallback();
  }

  protected override render() {
    return html`
      <h1>${msg('Edit the script')}</h1>
      ${this.#renderBody()}
    `;
  }

  #renderBody() {
    const account = this.account;
    if (account.status === 'busy') {
      return html`<p role="status">${msg('Checking who you are…')}</p>`;
    }
    if (account.status !== 'signed-in') {
      return html`
        <p class="lead">${msg("This is where HRH413's stewards prepare new versions of the meeting script.")}</p>
        <p>
          ${msg(
            html`If you are a steward, sign in with the button at the top of the page. Everyone can <a href=${readerPath()}>read the script</a> and <a href=${versionsPath()}>see how it has changed</a>.`,
          )}
        </p>
      `;
    }
    if (!account.steward) {
      return html`
        <p class="lead">${msg("This is where HRH413's stewards prepare new versions of the meeting script.")}</p>
        <p>
          ${msg(
            html`You are signed in as ${account.displayName}, and this account is not a steward's, so there is nothing to edit here. If you have a change in mind, the stewards would love to hear it. You can always <a href=${readerPath()}>read the script</a> and <a href=${versionsPath()}>see how it has changed</a>.`,
          )}
        </p>
      `;
    }
    return html`
      ${this.notice ? html`<div class="alert success" role="status"><p>${this.notice}</p></div>` : nothing}
      ${this.pageError
        ? html`<div class="alert" role="alert">
            <p>${this.pageError}</p>
            <p><button type="button" class="secondary" @click=${() => void this.#loadDraft()}>${msg('Try again')}</button></p>
          </div>`
        : nothing}
      ${this.published ? this.#renderPublished(this.published) : nothing}
      ${this.status === 'loading' ? html`<p role="status">${msg('Loading the draft…')}</p>` : nothing}
      ${this.status === 'no-draft' ? this.#renderNoDraft() : nothing}
      ${this.status === 'ready' && this.draft ? this.#renderDraft(this.draft) : nothing}
    `;
  }

  #renderPublished(version: ScriptVersionSummary) {
    return html`
      <div class="alert success" role="status">
        <p>${msg(html`<strong>Version ${version.number} is published.</strong> Every meeting now reads it.`)}</p>
        <p>
          <a href=${readerPath()}>${msg('Read it')}</a> ·
          <a href=${versionsPath()}>${msg('See it in the history')}</a>
        </p>
      </div>
    `;
  }

  #renderNoDraft() {
    return html`
      <p class="lead">${msg('There is no draft open. A draft starts as a copy of the current version, in every language.')}</p>
      <p>${msg('Nobody else sees a draft until it is published.')}</p>
      <button type="button" ?disabled=${this.busyKey === 'start'} @click=${this.#start}>
        ${this.busyKey === 'start' ? msg('Starting…') : msg('Start a draft')}
      </button>
    `;
  }

  #renderDraft(draft: DraftView) {
    const sections = draft.sections[this.lang] ?? [];
    const languages = LANGUAGE_CHOICES.filter((choice) => draft.sections[choice.value as ScriptLanguage]);
    return html`
      <p class="lead">
        ${draft.basedOn
          ? msg(str`A draft of the next version, started from version ${draft.basedOn}. Last changed ${formatIsoDate(draft.updatedAt)}.`)
          : msg(str`A draft of the next version. Last changed ${formatIsoDate(draft.updatedAt)}.`)}
      </p>
      <p>${msg('Nothing here reaches meetings until you publish it.')}</p>

      <hrw-choice-group
        legend=${msg('Language you are editing')}
        name="edit-lang"
        .options=${languages.length > 0 ? languages : LANGUAGE_CHOICES}
        .value=${this.lang}
        @hrw-choose=${(event: ChooseEvent) => {
          this.lang = event.value as ScriptLanguage;
        }}
      ></hrw-choice-group>

      <h2 id="sections-heading">${msg('Sections')}</h2>
      <p class="totals">
        ${msg(
          str`With these times, an open meeting takes ${meetingMinutes(sections, 'open')} minutes and a focused meeting ${meetingMinutes(sections, 'focused')}. Each must come to 60–90 minutes to publish.`,
        )}
      </p>
      <ol class="sections" aria-labelledby="sections-heading">
        ${repeat(
          sections,
          (section) => `${this.lang}:${section.key}`,
          (section) => html`
            <li>
              <details>
                <summary>
                  <h3 lang=${this.lang}>${section.title}</h3>
                  <span class="meta">
                    ${kindLabel(section.kind)} · ${formatNumber(section.minutes, { style: 'unit', unit: 'minute', unitDisplay: 'short' })} ·
                    ${audienceLabel(section.audience)}
                  </span>
                </summary>
                <div>
                  <hrw-draft-section-form
                    .section=${section}
                    .language=${this.lang}
                    .busy=${this.busyKey === outcomeKey(this.lang, section.key)}
                    .outcome=${this.outcomes[outcomeKey(this.lang, section.key)] ?? null}
                    @hrw-section-save=${this.#save}
                    @hrw-section-remove=${this.#remove}
                    @hrw-section-reload=${this.#reloadSection}
                  ></hrw-draft-section-form>
                </div>
              </details>
            </li>
          `,
        )}
      </ol>

      <section class="panel" aria-labelledby="add-heading">
        <h2 id="add-heading">${msg('Add a section')}</h2>
        <p class="hint">
          ${msg(
            str`Adds it to the ${languageName(this.lang)} text. Add it to every language with the same key before publishing: each language must have the same sections.`,
          )}
        </p>
        <hrw-draft-section-form
          mode="new"
          .sections=${sections}
          .language=${this.lang}
          .busy=${this.busyKey === outcomeKey(this.lang, '+new')}
          .outcome=${this.outcomes[outcomeKey(this.lang, '+new')] ?? null}
          @hrw-section-add=${this.#add}
        ></hrw-draft-section-form>
      </section>

      ${this.#renderPreview()} ${this.#renderPublish(draft)}
    `;
  }

  #renderPreview() {
    return html`
      <section class="panel" aria-labelledby="preview-heading">
        <h2 id="preview-heading">${msg('Preview')}</h2>
        <p class="hint">${msg('The draft as a meeting would read it, with your saved changes.')}</p>
        <div class="preview-controls">
          <hrw-choice-group
            legend=${msg('Meeting')}
            name="preview-meeting"
            .options=${meetingChoices()}
            .value=${this.previewView.meeting}
            @hrw-choose=${(event: ChooseEvent) => {
              this.previewView = { ...this.previewView, meeting: event.value as MeetingType };
              void this.#loadPreview();
            }}
          ></hrw-choice-group>
          <hrw-choice-group
            legend=${msg('Language of the script')}
            name="preview-lang"
            .options=${LANGUAGE_CHOICES}
            .value=${this.previewView.lang}
            @hrw-choose=${(event: ChooseEvent) => {
              this.previewView = { ...this.previewView, lang: event.value as ScriptLanguage };
              void this.#loadPreview();
            }}
          ></hrw-choice-group>
        </div>
        <button type="button" class="secondary" ?disabled=${this.previewLoading} @click=${() => void this.#loadPreview()}>
          ${this.previewLoading ? msg('Loading…') : this.preview ? msg('Refresh the preview') : msg('Show the preview')}
        </button>
        ${this.previewError ? html`<div class="alert" role="alert"><p>${this.previewError}</p></div>` : nothing}
        ${this.preview
          ? html`
              <div class="preview">
                <p class="totals">
                  ${msg(str`Suggested times add up to ${this.preview.minutes[this.previewView.meeting]} minutes.`)}
                </p>
                <hrw-script-document .document=${this.preview} heading-level="3"></hrw-script-document>
              </div>
            `
          : nothing}
      </section>
    `;
  }

  #renderPublish(draft: DraftView) {
    return html`
      <section class="panel" aria-labelledby="publish-heading">
        <h2 id="publish-heading">${msg('Publish or discard')}</h2>
        <form novalidate @submit=${this.#publish}>
          <div class="field">
            <label for="summary">${msg('What changed in this version')}</label>
            <p class="hint" id="summary-hint">
              ${msg('One or two plain sentences for the version history, e.g. “A shorter welcome for focused meetings.”')}
            </p>
            <textarea
              id="summary"
              name="summary"
              rows="3"
              maxlength="1000"
              required
              .value=${this.summary}
              aria-describedby="summary-hint ${this.summaryError ? 'summary-error' : ''}"
              aria-invalid=${this.summaryError ? 'true' : 'false'}
              @input=${(event: Event) => {
                this.summary = (event.target as HTMLTextAreaElement).value;
              }}
            ></textarea>
            ${this.summaryError ? html`<p class="field-error" id="summary-error">${this.summaryError}</p>` : nothing}
          </div>
          ${this.publishError
            ? html`<div class="alert" role="alert">
                <p><strong>${msg('This draft was not published.')}</strong> ${this.publishError}</p>
              </div>`
            : nothing}
          ${this.confirmingLanguages && draft.oneLanguageChanges.length > 0
            ? this.#renderOneLanguageWarning(draft)
            : html`<button type="submit" ?disabled=${this.publishing}>
                ${this.publishing ? msg('Publishing…') : msg(str`Publish as version ${(draft.basedOn ?? 0) + 1}`)}
              </button>`}
        </form>
        <div class="danger">
          ${this.confirmingDiscard
            ? html`
                <div role="group" aria-labelledby="discard-question">
                  <p id="discard-question">
                    ${msg('Discard this draft? Every change in it, in every language, is lost. The published script stays as it is.')}
                  </p>
                  <div class="row">
                    <button type="button" ?disabled=${this.busyKey === 'discard'} @click=${this.#discard}>
                      ${msg('Yes, discard the draft')}
                    </button>
                    <button type="button" class="secondary" @click=${() => (this.confirmingDiscard = false)}>
                      ${msg('Keep the draft')}
                    </button>
                  </div>
                </div>
              `
            : html`<p>
                <button type="button" class="secondary" @click=${() => (this.confirmingDiscard = true)}>
                  ${msg('Discard this draft…')}
                </button>
              </p>`}
        </div>
      </section>
    `;
  }

  /** Asked before publishing: meetings reading the other language would not get the change. */
  #renderOneLanguageWarning(draft: DraftView) {
    return html`
      <div class="alert one-language" role="group" aria-labelledby="one-language-heading" tabindex="-1">
        <h3 id="one-language-heading">${msg('Some sections changed in one language only')}</h3>
        <p>
          ${draft.oneLanguageChanges.length === 1
            ? msg(str`Since version ${draft.basedOn ?? 0}, this section has changed in one language, and the other still reads as before:`)
            : msg(str`Since version ${draft.basedOn ?? 0}, these sections have changed in one language, and the other still reads as before:`)}
        </p>
        <ul>
          ${draft.oneLanguageChanges.map(
            (change) => html`<li>
              ${msg(
                html`<span lang=${change.changedIn[0] ?? nothing}>“${change.title}”</span>: changed in ${languageNames(change.changedIn)}, not in ${languageNames(change.unchangedIn)}`,
              )}
            </li>`,
          )}
        </ul>
        <p>
          ${msg(
            str`Meetings that read the script in ${languageNames(draft.oneLanguageChanges.flatMap((c) => c.unchangedIn))} would not get the change. If that is what you meant (a typo fixed in one language, say), publish anyway. Otherwise go back and bring the other language up to date first.`,
          )}
        </p>
        <div class="row">
          <button type="submit" ?disabled=${this.publishing} @click=${() => (this.#languagesConfirmedFor = draft.revision)}>
            ${this.publishing ? msg('Publishing…') : msg(str`Publish version ${(draft.basedOn ?? 0) + 1} anyway`)}
          </button>
          <button type="button" class="secondary" @click=${this.#backToEditing}>${msg('Go back and edit')}</button>
        </div>
      </div>
    `;
  }

  #backToEditing = async (): Promise<void> => {
    const first = this.draft?.oneLanguageChanges[0];
    this.confirmingLanguages = false;
    if (first?.unchangedIn[0]) {
      this.lang = first.unchangedIn[0];
    }
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('#sections-heading');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
      heading.scrollIntoView?.({ block: 'start' });
    }
  };

  #onSession = (): void => {
    this.account = session.state;
    const who = this.account.status === 'signed-in' && this.account.steward ? this.account.displayName : null;
    if (who !== null && this.#loadedFor !== who) {
      this.#loadedFor = who;
      void this.#loadDraft();
    }
  };

  async #loadDraft(): Promise<void> {
    this.pageError = null;
    if (!this.draft) {
      this.status = 'loading';
    }
    try {
      const drafts = await fetchOpenDrafts();
      const draft = drafts[0] ?? null;
      this.#show(draft);
    } catch (error) {
      this.status = this.draft ? 'ready' : 'failed';
      this.pageError = `${msg('The draft did not load.')} ${plainMessage(error)}`;
    }
  }

  /** Fetches the draft again after an edit: it carries the new revisions, including anyone else's changes. */
  async #refresh(): Promise<void> {
    if (!this.draft) {
      return;
    }
    try {
      this.#show(await fetchDraft(this.draft.id));
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 409)) {
        // Discarded or published by someone else meanwhile.
        await this.#loadDraft();
        this.notice = error.detail ?? null;
      } else {
        this.pageError = `${msg('The draft could not be refreshed.')} ${plainMessage(error)}`;
      }
    }
  }

  #show(draft: DraftView | null): void {
    this.draft = draft;
    this.status = draft ? 'ready' : 'no-draft';
    if (draft && !draft.sections[this.lang]) {
      const first = Object.keys(draft.sections)[0] as ScriptLanguage | undefined;
      if (first) {
        this.lang = first;
      }
    }
  }

  #setOutcome(key: string, outcome: SectionOutcome | null): void {
    const outcomes = { ...this.outcomes };
    if (outcome) {
      outcomes[key] = outcome;
    } else {
      delete outcomes[key];
    }
    this.outcomes = outcomes;
  }

  #failure(error: unknown): SectionOutcome {
    if (isStaleEdit(error)) {
      return { kind: 'stale', message: error.detail ?? '' };
    }
    if (error instanceof ApiError && error.status === 400 && error.violations.length > 0) {
      return {
        kind: 'error',
        message: msg('Some details need another look; see the notes beside the fields.'),
        fieldErrors: violationMessages(error.violations),
      };
    }
    return { kind: 'error', message: `${msg('Not saved.')} ${plainMessage(error)}` };
  }

  #start = async (): Promise<void> => {
    this.busyKey = 'start';
    this.pageError = null;
    this.published = null;
    this.notice = null;
    try {
      this.#show(await startDraft());
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        // Another steward started one a moment ago: open theirs rather than fight over it.
        await this.#loadDraft();
        this.notice = msg('Another steward has a draft open, so here it is. You can edit it together.');
      } else {
        this.pageError = `${msg('The draft was not started.')} ${plainMessage(error)}`;
      }
    } finally {
      this.busyKey = null;
    }
  };

  #save = async (event: SectionSaveEvent): Promise<void> => {
    const draft = this.draft;
    if (!draft) {
      return;
    }
    const lang = this.lang;
    const key = outcomeKey(lang, event.key);
    this.busyKey = key;
    try {
      await updateDraftSection(draft.id, lang, event.key, event.fields, event.revision);
      await this.#refresh();
      this.#setOutcome(key, { kind: 'saved', message: msg('Saved.') });
    } catch (error) {
      this.#setOutcome(key, this.#failure(error));
    } finally {
      this.busyKey = null;
    }
  };

  #reloadSection = async (event: SectionReloadEvent): Promise<void> => {
    this.#setOutcome(outcomeKey(this.lang, event.key), null);
    await this.#refresh();
  };

  #add = async (event: SectionAddEvent): Promise<void> => {
    const draft = this.draft;
    if (!draft) {
      return;
    }
    const lang = this.lang;
    const key = outcomeKey(lang, '+new');
    this.busyKey = key;
    try {
      const added = await addDraftSection(draft.id, lang, event.section);
      await this.#refresh();
      this.#setOutcome(key, { kind: 'saved', message: msg(str`Added “${added.title}”.`) });
    } catch (error) {
      this.#setOutcome(key, this.#failure(error));
    } finally {
      this.busyKey = null;
    }
  };

  #remove = async (event: SectionRemoveEvent): Promise<void> => {
    const draft = this.draft;
    if (!draft) {
      return;
    }
    const lang = this.lang;
    const key = outcomeKey(lang, event.key);
    const title = draft.sections[lang]?.find((section) => section.key === event.key)?.title ?? event.key;
    this.busyKey = key;
    try {
      await removeDraftSection(draft.id, lang, event.key, event.revision);
      this.#setOutcome(key, null);
      await this.#refresh();
      this.notice = msg(str`Removed “${title}”.`);
      // Its form is gone, and focus with it: continue from the list of sections.
      await this.updateComplete;
      const heading = this.renderRoot.querySelector<HTMLElement>('#sections-heading');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    } catch (error) {
      this.#setOutcome(key, this.#failure(error));
    } finally {
      this.busyKey = null;
    }
  };

  async #loadPreview(): Promise<void> {
    const draft = this.draft;
    if (!draft) {
      return;
    }
    this.previewLoading = true;
    this.previewError = null;
    try {
      this.preview = await previewDraft(draft.id, this.previewView);
    } catch (error) {
      this.preview = null;
      this.previewError = `${msg('The preview did not load.')} ${plainMessage(error)}`;
    } finally {
      this.previewLoading = false;
    }
  }

  #publish = async (event: Event): Promise<void> => {
    event.preventDefault();
    const draft = this.draft;
    if (!draft || this.publishing) {
      return;
    }
    this.publishError = null;
    if (this.summary.trim() === '') {
      this.summaryError = msg('Say in a sentence or two what changed; it goes in the version history.');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#summary')?.focus();
      return;
    }
    this.summaryError = null;
    if (draft.oneLanguageChanges.length > 0 && this.#languagesConfirmedFor !== draft.revision) {
      this.confirmingLanguages = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.one-language')?.focus();
      return;
    }
    this.confirmingLanguages = false;
    this.publishing = true;
    try {
      const version = await publishDraft(draft.id, this.summary.trim(), draft.revision);
      this.published = version;
      this.summary = '';
      this.preview = null;
      this.outcomes = {};
      this.#show(null);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.violations.length > 0) {
        this.summaryError = violationMessages(error.violations).summary ?? null;
        this.publishError = this.summaryError ? null : plainMessage(error);
      } else if (isStaleEdit(error)) {
        this.publishError = `${error.detail ?? msg('The draft changed since you loaded it.')} ${msg('The sections above now show the latest text; look them over, then publish again.')}`;
        await this.#refresh();
      } else {
        this.publishError = plainMessage(error);
      }
    } finally {
      this.publishing = false;
    }
  };

  #discard = async (): Promise<void> => {
    const draft = this.draft;
    if (!draft) {
      return;
    }
    this.busyKey = 'discard';
    try {
      await discardDraft(draft.id);
      this.confirmingDiscard = false;
      this.preview = null;
      this.outcomes = {};
      this.summary = '';
      this.publishError = null;
      this.#show(null);
      this.notice = msg('The draft is discarded. The published script is unchanged.');
    } catch (error) {
      this.pageError = `${msg('The draft was not discarded.')} ${plainMessage(error)}`;
    } finally {
      this.busyKey = null;
    }
  };
}

customElements.define('hrw-script-draft-editor', HrwScriptDraftEditor);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-script-draft-editor': HrwScriptDraftEditor;
  }
}
