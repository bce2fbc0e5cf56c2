import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import { ApiError } from '../../api/client.js';
import {
  CONTENT_NOTES,
  KINDS,
  THEMES,
  exercisePath,
  fetchExercise,
  isStaleExercise,
  libraryPath,
  suggestExercise,
  updateExercise,
  type Exercise,
  type Suits,
} from '../../api/exercises.js';
import type { HostedGroup } from '../../api/me.js';
import { plainMessage } from '../../api/messages.js';
import { session } from '../../auth/session.js';
import {
  LIMITS,
  blankDraft,
  EXERCISE_FIELDS,
  FIELD_ORDER,
  draftFromExercise,
  fieldForViolation,
  inputFromDraft,
  promptField,
  withoutEmptyPrompts,
  type ExerciseCheckInput,
  type ExerciseDraft,
  type FieldErrors,
  type FieldId,
} from '../../exercises/exercise-form.js';
import { focusErrorSummary } from '../../components/hrw-error-summary.js';
import {
  checkGroup,
  errorFor,
  fieldStyles,
  groupSelect,
  radioGroup,
  textArea,
  textField,
  toggled,
} from '../../exercises/form-fields.js';
import { contentNoteLabel, kindHint, kindLabel, languageInWords, suitsChoice, themeLabel } from '../../exercises/labels.js';
import { editedSlug } from '../../exercises/paths.js';
import { LANGUAGE_CODES } from '../../groups/labels.js';
import { AccountController } from '../../lib/account-controller.js';
import { rememberedGroup } from '../../lib/chosen-group.js';
import { editConflictAlert } from '../../lib/edit-conflict.js';
import { FormCheck } from '../../lib/form-check.js';
import { router } from '../../router.js';
import { formStyles, interactiveStyles, pageStyles } from '../../styles/shared.js';

const SUITS_CHOICES: readonly Suits[] = ['both', 'open', 'focused'];

/**
 * "/exercises/new": a host suggests an exercise on behalf of a group they host; a steward looks it over before it
 * joins the library. "/exercises/{slug}/edit": a steward changes one. Checked as it is filled in, with the
 * server's problems on the same fields and a summary at the top after a failed submit.
 */
export class HrwExerciseForm extends LitElement {
  static override properties = {
    hosts: { state: true },
    groupSlug: { state: true },
    draft: { state: true },
    exercise: { state: true },
    formError: { state: true },
    stale: { state: true },
    saving: { state: true },
    loading: { state: true },
  };

  static override styles = [
    pageStyles,
    interactiveStyles,
    formStyles,
    fieldStyles,
    css`
      .section {
        margin: var(--hrw-space-l) 0 var(--hrw-space-m);
        padding-top: var(--hrw-space-s);
        border-top: 1px solid var(--hrw-color-border);
      }

      textarea {
        min-height: 7rem;
      }

      .prompts {
        margin: 0 0 var(--hrw-space-s);
        padding: 0;
        list-style: none;
      }

      .prompt {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: var(--hrw-space-xs) var(--hrw-space-s);
      }

      .prompt .field {
        flex: 1 1 14rem;
        margin: 0;
      }

      .prompt .field-error {
        flex-basis: 100%;
      }

      .prompts li + li {
        margin-top: var(--hrw-space-s);
      }
    `,
  ];

  /** The groups the signed-in person hosts; null until known. */
  declare hosts: readonly HostedGroup[] | null;
  declare groupSlug: string;
  declare draft: ExerciseDraft;
  /** The exercise a steward is editing. */
  declare exercise: Exercise | null;
  declare formError: string | null;
  declare stale: boolean;
  declare saving: boolean;
  declare loading: boolean;

  readonly #slug = editedSlug(window.location.pathname);
  readonly #check = new FormCheck<ExerciseCheckInput, FieldId>(this, { fields: EXERCISE_FIELDS, fieldOf: fieldForViolation });
  /** The messages beside the fields in the render under way. */
  #errors: FieldErrors = {};
  #started = false;
  readonly #account = new AccountController(this, () => this.#start());

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.hosts = null;
    this.groupSlug = '';
    this.draft = blankDraft();
    this.exercise = null;
    this.formError = null;
    this.stale = false;
    this.saving = false;
    this.loading = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#start();
  }

  /** What the form needs once someone is signed in: their groups for a suggestion, the exercise for an edit. */
  #start(): void {
    if (this.#started || this.#account.state.status !== 'signed-in') {
      return;
    }
    if (this.#slug && !this.#account.state.steward) {
      return;
    }
    this.#started = true;
    void (this.#slug ? this.#loadExercise() : this.#loadHosts());
  }

  protected override render() {
    return html`<h1>${this.#slug ? msg('Edit an exercise') : msg('Suggest an exercise')}</h1>
      ${this.#renderBody()}`;
  }

  #renderBody() {
    const account = this.#account.state;
    if (account.status === 'busy') {
      return html`<p role="status">${msg('Checking who you are…')}</p>`;
    }
    if (account.status !== 'signed-in') {
      return html`
        <p class="lead">
          ${msg('Hosts suggest exercises for the library on behalf of their group. A steward looks each one over before it is shared with every Harm Reduction Works-HRW group.')}
        </p>
        <p>
          <button type="button" @click=${() => void session.signIn(window.location.pathname)}>${msg('Sign in to continue')}</button>
        </p>
        <p>${msg(html`<a href=${libraryPath()}>Browse the exercise library</a> without signing in.`)}</p>
      `;
    }
    if (this.#slug) {
      return this.#renderEditBody();
    }
    return this.#renderSuggestBody();
  }

  #renderSuggestBody() {
    if (this.hosts === null) {
      return this.formError
        ? html`<div class="alert" role="alert">
            <p>${this.formError}</p>
            <p><button type="button" @click=${() => void this.#loadHosts()}>${msg('Try again')}</button></p>
          </div>`
        : html`<p role="status">${msg('Loading your groups…')}</p>`;
    }
    if (this.hosts.length === 0) {
      return html`
        <p class="lead">${msg('Suggestions for the library come from groups, so the group’s name goes with each one.')}</p>
        <p>
          ${msg(
            html`This account does not host a Harm Reduction Works-HRW group yet. If you host one, <a href="/groups/new">register your group</a> and you can suggest exercises on its behalf. Or share your idea with your group’s hosts, who can suggest it for you.`,
          )}
        </p>
        <p><a href=${libraryPath()}>${msg('Back to the exercise library')}</a></p>
      `;
    }
    return this.#renderForm();
  }

  #renderEditBody() {
    if (!this.#account.state.steward) {
      return html`<p>
        ${msg('Only stewards can change exercises in the library.')}
        <a href=${exercisePath(this.#slug ?? '')}>${msg('Back to the exercise')}</a>
      </p>`;
    }
    if (this.loading) {
      return html`<p role="status">${msg('Loading the exercise…')}</p>`;
    }
    if (!this.exercise) {
      return html`<div class="alert" role="alert">
        <p>${this.formError ?? msg('The exercise did not load.')}</p>
        <p><button type="button" @click=${() => void this.#loadExercise()}>${msg('Try again')}</button></p>
      </div>`;
    }
    return this.#renderForm();
  }

  #renderForm() {
    const draft = this.draft;
    const errors = (this.#errors = this.#check.errors(this.#checkInput()));
    const set = (change: Partial<ExerciseDraft>) => (this.draft = { ...this.draft, ...change });
    const languages = LANGUAGE_CODES.includes(draft.language) ? LANGUAGE_CODES : [...LANGUAGE_CODES, draft.language];
    return html`
      <p class="lead">
        ${this.#slug
          ? msg('Changes show in the library as soon as they are saved.')
          : msg('Share something that sparked a good discussion in your group. A steward looks over each suggestion, usually within a few days, before it joins the library.')}
      </p>
      ${this.stale
        ? editConflictAlert(msg('Someone else saved this exercise while you were editing it.'), {
            loadTheirs: () => void this.#loadExercise(),
            keepMine: () => void this.#loadExercise(true),
          })
        : nothing}
      ${this.formError && !this.stale
        ? html`<div class="alert" role="alert" tabindex="-1"><p>${this.formError}</p></div>`
        : nothing}
      <hrw-error-summary .items=${this.#check.summary(this.#checkInput())}></hrw-error-summary>
      <form
        @submit=${this.#submit}
        @focusout=${this.#check.left}
        @input=${this.#check.edited}
        @change=${this.#check.edited}
        novalidate
      >
        ${this.#slug ? nothing : this.#renderGroupChoice()}

        <h2 class="section">${msg('The exercise')}</h2>
        ${textField({
          id: 'title',
          label: msg('Title'),
          hint: msg('The name people would know it by: the article, the episode, the piece.'),
          value: draft.title,
          maxlength: LIMITS.titleMax,
          error: errors.title,
          onInput: (title) => set({ title }),
        })}
        ${radioGroup({
          id: 'kind',
          label: msg('Kind'),
          values: KINDS,
          current: draft.kind,
          text: (kind) => `${kindLabel(kind)}: ${kindHint(kind)}`,
          error: errors.kind,
          onChange: (kind) => set({ kind }),
          stack: true,
        })}
        ${textArea({
          id: 'summary',
          label: msg('Summary'),
          hint: msg('What it is and why it opens up a conversation, in a few sentences.'),
          value: draft.summary,
          maxlength: LIMITS.summaryMax,
          error: errors.summary,
          onInput: (summary) => set({ summary }),
        })}
        ${textField({
          id: 'suggestedMinutes',
          label: msg('Suggested minutes'),
          hint: msg(str`Most exercises take 10 to 20 minutes; anything from ${LIMITS.minutesMin} to ${LIMITS.minutesMax}.`),
          type: 'number',
          inputmode: 'numeric',
          min: LIMITS.minutesMin,
          max: LIMITS.minutesMax,
          value: draft.suggestedMinutes,
          error: errors.suggestedMinutes,
          onInput: (suggestedMinutes) => set({ suggestedMinutes }),
        })}
        ${radioGroup({
          id: 'suits',
          label: msg('Which meetings it suits'),
          values: SUITS_CHOICES,
          current: draft.suits,
          text: suitsChoice,
          error: errors.suits,
          onChange: (suits) => set({ suits }),
          stack: true,
        })}
        ${checkGroup({
          id: 'themes',
          label: msg('Themes'),
          hint: msg(str`Choose one to ${LIMITS.themesMax}.`),
          values: THEMES,
          current: draft.themes,
          text: themeLabel,
          error: errors.themes,
          onToggle: (theme, on) => set({ themes: toggled(THEMES, this.draft.themes, theme, on) }),
        })}
        ${checkGroup({
          id: 'contentNotes',
          label: msg('Content notes (optional)'),
          hint: msg('Tick anything people may want to know before it starts, so the host can say so first.'),
          values: CONTENT_NOTES,
          current: draft.contentNotes,
          text: contentNoteLabel,
          error: errors.contentNotes,
          onToggle: (note, on) => set({ contentNotes: toggled(CONTENT_NOTES, this.draft.contentNotes, note, on) }),
        })}
        <div class="field">
          <label for="language">${msg('Language')}</label>
          <p class="hint" id="language-hint">
            ${msg('The language of the piece and its prompts. The library shows it, so people can find pieces in their own language.')}
          </p>
          <select
            id="language"
            aria-invalid=${errors.language ? 'true' : 'false'}
            aria-describedby=${errors.language ? 'language-hint language-error' : 'language-hint'}
            @change=${(event: Event) => set({ language: (event.target as HTMLSelectElement).value })}
          >
            ${languages.map(
              (code) => html`<option value=${code} .selected=${live(draft.language === code)}>${languageInWords(code)}</option>`,
            )}
          </select>
          ${errorFor('language', errors.language)}
        </div>

        <h2 class="section">${msg('Running it')}</h2>
        ${textArea({
          id: 'howToRun',
          label: msg('How to run it (optional)'),
          hint: msg('Practical steps for the host: which part to use, who reads, how long, anything to prepare.'),
          value: draft.howToRun,
          maxlength: LIMITS.howToRunMax,
          error: errors.howToRun,
          onInput: (howToRun) => set({ howToRun }),
        })}
        ${this.#renderPrompts()}

        <h2 class="section">${msg('Where it comes from')}</h2>
        ${textField({
          id: 'sourceTitle',
          label: msg('Title of the original'),
          hint: msg('The book, article, episode or piece. For a prompt of your own, its name is fine.'),
          value: draft.sourceTitle,
          maxlength: LIMITS.sourceTitleMax,
          error: errors.sourceTitle,
          onInput: (sourceTitle) => set({ sourceTitle }),
        })}
        ${textField({
          id: 'sourceCreator',
          label: msg('Author, host or creator'),
          hint: msg('For a member’s own writing, use the group’s name unless the writer wants their name on it.'),
          value: draft.sourceCreator,
          maxlength: LIMITS.creatorMax,
          error: errors.sourceCreator,
          onInput: (sourceCreator) => set({ sourceCreator }),
        })}
        ${textField({
          id: 'sourcePublisher',
          label: msg('Publisher (optional)'),
          value: draft.sourcePublisher,
          maxlength: LIMITS.publisherMax,
          error: errors.sourcePublisher,
          onInput: (sourcePublisher) => set({ sourcePublisher }),
        })}
        ${textField({
          id: 'sourceYear',
          label: msg('Year (optional)'),
          type: 'number',
          inputmode: 'numeric',
          value: draft.sourceYear,
          error: errors.sourceYear,
          onInput: (sourceYear) => set({ sourceYear }),
        })}
        ${textField({
          id: 'sourceUrl',
          label: msg('Web address (optional)'),
          hint: msg('Where to find it, starting with https://. Leave it empty when there is nothing to link to.'),
          type: 'url',
          maxlength: LIMITS.urlMax,
          value: draft.sourceUrl,
          error: errors.sourceUrl,
          onInput: (sourceUrl) => set({ sourceUrl }),
        })}
        <div class="field">
          <label class="check">
            <input
              id="sourceFreeToAccess"
              type="checkbox"
              aria-describedby=${errors.sourceFreeToAccess ? 'sourceFreeToAccess-error' : nothing}
              .checked=${live(draft.sourceFreeToAccess)}
              @change=${(event: Event) => set({ sourceFreeToAccess: (event.target as HTMLInputElement).checked })}
            />
            ${msg('Free to access: anyone can read, watch or listen without paying')}
          </label>
          ${errorFor('sourceFreeToAccess', errors.sourceFreeToAccess)}
        </div>

        <p class="row">
          <button type="submit" ?disabled=${this.saving}>
            ${this.saving ? msg('Saving…') : this.#slug ? msg('Save changes') : msg('Send for review')}
          </button>
          ${this.#slug
            ? html`<a href=${exercisePath(this.#slug)}>${msg('Back to the exercise')}</a>`
            : html`<a class="standalone" href=${libraryPath()}>${msg('Back to the library')}</a>`}
        </p>
      </form>
    `;
  }

  #renderGroupChoice() {
    const hosts = this.hosts ?? [];
    const privacy = msg('The library shows the group’s name with the suggestion, never yours.');
    const only = hosts.length === 1 ? hosts[0] : undefined;
    return html`
      <h2 class="section">${msg('Who suggests it')}</h2>
      ${only
        ? html`<div class="field" id="groupSlug" tabindex="-1">
            <p>${msg(html`Suggested on behalf of <strong>${only.name}</strong>.`)} ${privacy}</p>
            ${errorFor('groupSlug', this.#errors.groupSlug)}
          </div>`
        : groupSelect({
            id: 'groupSlug',
            label: msg('Which of your groups suggests it'),
            hint: privacy,
            groups: hosts,
            current: this.groupSlug,
            error: this.#errors.groupSlug,
            onChange: (groupSlug) => (this.groupSlug = groupSlug),
          })}
    `;
  }

  #renderPrompts() {
    const prompts = this.draft.prompts;
    const error = this.#errors.prompts;
    return html`
      <fieldset id="prompts" tabindex="-1" aria-describedby=${error ? 'prompts-hint prompts-error' : 'prompts-hint'}>
        <legend>${msg('Discussion prompts')}</legend>
        <p class="hint" id="prompts-hint">
          ${msg(str`Questions to open the discussion, one line each. Between ${LIMITS.promptsMin} and ${LIMITS.promptsMax}.`)}
        </p>
        <ol class="prompts">
          ${prompts.map((prompt, index) => {
            const id = promptField(index);
            const promptError = this.#errors[id];
            return html`<li class="prompt">
              <div class="field">
                <label for=${id}>${msg(str`Prompt ${index + 1}`)}</label>
                <input
                  id=${id}
                  type="text"
                  autocomplete="off"
                  maxlength=${LIMITS.promptMax}
                  aria-describedby=${promptError ? `${id}-error` : nothing}
                  aria-invalid=${promptError ? 'true' : 'false'}
                  .value=${live(prompt)}
                  @input=${(event: Event) => this.#setPrompt(index, (event.target as HTMLInputElement).value)}
                />
              </div>
              ${prompts.length > LIMITS.promptsMin
                ? html`<button type="button" class="secondary" @click=${() => void this.#removePrompt(index)}>
                    ${msg(html`Remove<span class="visually-hidden"> prompt ${index + 1}</span>`)}
                  </button>`
                : nothing}
              ${errorFor(id, promptError)}
            </li>`;
          })}
        </ol>
        ${prompts.length < LIMITS.promptsMax
          ? html`<button type="button" class="secondary" id="add-prompt" @click=${this.#addPrompt}>${msg('Add a prompt')}</button>`
          : html`<p class="hint">${msg('That is the most prompts an exercise can have.')}</p>`}
        ${errorFor('prompts', error)}
      </fieldset>
    `;
  }

  #setPrompt(index: number, value: string): void {
    this.draft = { ...this.draft, prompts: this.draft.prompts.map((prompt, at) => (at === index ? value : prompt)) };
  }

  #addPrompt = async (): Promise<void> => {
    const index = this.draft.prompts.length;
    this.draft = { ...this.draft, prompts: [...this.draft.prompts, ''] };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#${promptField(index)}`)?.focus();
  };

  /** The rows after it move up, so their messages no longer match them and are dropped. */
  async #removePrompt(index: number): Promise<void> {
    const prompts = this.draft.prompts.filter((_, at) => at !== index);
    this.draft = { ...this.draft, prompts };
    this.#check.forget(...FIELD_ORDER.filter((field) => field.startsWith('prompt-')));
    await this.updateComplete;
    const next = this.renderRoot.querySelector<HTMLInputElement>(`#${promptField(Math.min(index, prompts.length - 1))}`);
    next?.focus();
  }

  async #loadHosts(): Promise<void> {
    this.formError = null;
    try {
      this.hosts = await this.#account.loadHosts();
    } catch (error) {
      this.formError = plainMessage(error);
    }
    const hosts = this.hosts ?? [];
    this.groupSlug = hosts.length === 1 ? hosts[0]!.slug : (this.groupSlug || (rememberedGroup(hosts) ?? ''));
  }

  /** Loads the exercise to edit; with `keepDraft`, takes only its new revision and saves the draft over it. */
  async #loadExercise(keepDraft = false): Promise<void> {
    if (!this.#slug) {
      return;
    }
    this.loading = !keepDraft;
    this.formError = null;
    try {
      const exercise = await fetchExercise(this.#slug);
      this.exercise = exercise;
      if (!keepDraft) {
        this.draft = draftFromExercise(exercise);
        this.#check.reset();
      }
      this.stale = false;
    } catch (error) {
      this.formError = plainMessage(error);
      return;
    } finally {
      this.loading = false;
    }
    if (keepDraft) {
      await this.#save();
    }
  }

  #submit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#save();
  };

  /** A steward's edit has no group to choose; a suggestion must name one. */
  #checkInput(): ExerciseCheckInput {
    return { draft: this.draft, groupSlug: this.#slug ? null : this.groupSlug };
  }

  async #save(): Promise<void> {
    this.formError = null;
    this.draft = withoutEmptyPrompts(this.draft);
    if (!this.#check.submit(this.#checkInput())) {
      await focusErrorSummary(this);
      return;
    }
    this.saving = true;
    const input = inputFromDraft(this.draft);
    try {
      const saved =
        this.#slug && this.exercise
          ? await updateExercise(this.#slug, input, this.exercise.revision)
          : await suggestExercise(this.groupSlug, input);
      router.navigate(exercisePath(saved.slug));
    } catch (error) {
      await this.#showFailure(error);
    } finally {
      this.saving = false;
    }
  }

  async #showFailure(error: unknown): Promise<void> {
    if (this.#slug && isStaleExercise(error)) {
      this.stale = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.alert[role="alert"]')?.focus();
      return;
    }
    this.#check.failed(error, this.#checkInput(), (failure) => {
      if (failure instanceof ApiError && failure.status === 403 && !this.#slug) {
        return msg('Only the hosts of a group can suggest exercises on its behalf. Choose one of your own groups.');
      }
      if (failure instanceof ApiError && failure.status === 429) {
        return failure.detail ?? msg('That was a lot of suggestions in a short time. Please wait a little, then try again.');
      }
      return plainMessage(failure);
    });
    await focusErrorSummary(this);
  }
}

customElements.define('hrw-exercise-form', HrwExerciseForm);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-exercise-form': HrwExerciseForm;
  }
}
