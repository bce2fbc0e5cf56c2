import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { ApiError } from '../../api/client.js';
import { exercisePath } from '../../api/exercises.js';
import {
  LEARNING_KINDS,
  fetchLearning,
  isStaleLearning,
  learningPath,
  learningsPath,
  postLearning,
  updateLearning,
  type Learning,
  type LearningVisibility,
} from '../../api/learnings.js';
import type { HostedGroup } from '../../api/me.js';
import { plainMessage } from '../../api/messages.js';
import { session } from '../../auth/session.js';
import '../../components/hrw-exercise-picker.js';
import type { ExerciseChosenEvent } from '../../components/hrw-exercise-picker.js';
import '../../components/hrw-markdown-field.js';
import type { MarkdownInputEvent } from '../../components/hrw-markdown-field.js';
import '../../components/hrw-topic-input.js';
import type { TopicsChangeEvent } from '../../components/hrw-topic-input.js';
import { errorFor, fieldStyles, groupSelect, radioGroup, textField } from '../../exercises/form-fields.js';
import { kindChoice, learningIdFromPath } from '../../learnings/labels.js';
import {
  LIMITS,
  LEARNING_FIELDS,
  blankDraft,
  draftFromLearning,
  fieldForViolation,
  inputFromDraft,
  kindFromQuery,
  learningServerWords,
  rateLimited,
  type FieldErrors,
  type FieldId,
  type LearningCheckInput,
  type LearningDraft,
} from '../../learnings/learning-form.js';
import { focusErrorSummary } from '../../components/hrw-error-summary.js';
import { AccountController } from '../../lib/account-controller.js';
import { rememberedGroup } from '../../lib/chosen-group.js';
import { editConflictAlert } from '../../lib/edit-conflict.js';
import { FormCheck } from '../../lib/form-check.js';
import { router } from '../../router.js';
import { formStyles, interactiveStyles, pageStyles } from '../../styles/shared.js';

const VISIBILITIES: readonly LearningVisibility[] = ['public', 'network'];

function visibilityChoice(visibility: LearningVisibility): string {
  return visibility === 'public'
    ? msg('Everyone (public)')
    : msg(
        'Network only: signed-in hosts and stewards (for sensitive local knowledge, e.g. which agencies to go to and which to avoid)',
      );
}

function bodyLabel(kind: LearningDraft['kind']): string {
  switch (kind) {
    case 'what-worked':
      return msg('What you tried and how it went');
    case 'question':
      return msg('Your question, with what would help to know');
    case 'story-or-resource':
      return msg('The story or resource');
  }
}

/**
 * "/learnings/new" (and "?kind=question"): a host shares what their group learned, or asks other groups, on behalf
 * of a group they host; the post shows the group's name, never the person's. "/learnings/{id}/edit": the posting
 * group's hosts change it. Checked as it is filled in, with the server's problems on the same fields and a
 * summary at the top after a failed submit.
 */
export class HrwLearningForm extends LitElement {
  static override properties = {
    hosts: { state: true },
    groupSlug: { state: true },
    draft: { state: true },
    learning: { state: true },
    picking: { state: true },
    formError: { state: true },
    loadError: { state: true },
    stale: { state: true },
    saving: { state: true },
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

      select {
        max-width: 32rem;
      }

      .linked {
        margin: 0 0 var(--hrw-space-s);
      }

      hrw-exercise-picker {
        margin-top: var(--hrw-space-s);
      }

      .check-hint {
        margin-left: 1.65rem;
      }
    `,
  ];

  /** The groups the signed-in person hosts; null until known. */
  declare hosts: readonly HostedGroup[] | null;
  declare groupSlug: string;
  declare draft: LearningDraft;
  /** The post being edited, as last loaded. */
  declare learning: Learning | null;
  /** The exercise search is open. */
  declare picking: boolean;
  declare formError: string | null;
  /** The groups or the post could not be loaded, so there is no form to show. */
  declare loadError: string | null;
  declare stale: boolean;
  declare saving: boolean;

  readonly #id = learningIdFromPath(window.location.pathname);
  readonly #check = new FormCheck<LearningCheckInput, FieldId>(this, {
    fields: LEARNING_FIELDS,
    fieldOf: fieldForViolation,
    serverWords: learningServerWords,
  });
  /** The messages beside the fields in the render under way. */
  #errors: FieldErrors = {};
  readonly #askedFor = kindFromQuery(window.location.search);
  #started = false;
  readonly #account = new AccountController(this, () => this.#start());

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.hosts = null;
    this.groupSlug = '';
    this.draft = blankDraft(this.#askedFor ?? undefined);
    this.learning = null;
    this.picking = false;
    this.formError = null;
    this.loadError = null;
    this.stale = false;
    this.saving = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#start();
  }

  /** What the form needs once someone is signed in: their groups for a new post, the post for an edit. */
  #start(): void {
    if (this.#started || this.#account.state.status !== 'signed-in') {
      return;
    }
    this.#started = true;
    void (this.#id === null ? this.#loadHosts() : this.#loadLearning());
  }

  #heading(): string {
    if (this.#id !== null) {
      return msg('Edit a post');
    }
    return this.#askedFor === 'question' ? msg('Ask other groups a question') : msg('Share with other groups');
  }

  protected override render() {
    return html`<h1>${this.#heading()}</h1>
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
          ${msg(
            'Groups share what is working for them and ask each other for help. Hosts post on behalf of their group, and the post always shows the group’s name, never the host’s.',
          )}
        </p>
        <p>
          <button type="button" @click=${() => void session.signIn(`${window.location.pathname}${window.location.search}`)}>
            ${msg('Sign in to continue')}
          </button>
        </p>
        <p>${msg(html`<a href=${learningsPath()}>Read what groups have shared</a> without signing in.`)}</p>
      `;
    }
    if (this.loadError) {
      return html`<div class="alert" role="alert">
          <p>${this.loadError}</p>
          <p><button type="button" @click=${() => void this.#retryLoad()}>${msg('Try again')}</button></p>
        </div>
        <p><a class="standalone" href=${learningsPath()}>${msg('Back to the learnings')}</a></p>`;
    }
    if (this.#id !== null) {
      return this.#renderEditBody();
    }
    if (this.hosts === null) {
      return html`<p role="status">${msg('Loading your groups…')}</p>`;
    }
    if (this.hosts.length === 0) {
      return html`
        <p class="lead">${msg('Posts come from groups, so the group’s name goes with each one instead of a person’s.')}</p>
        <p>
          ${msg(
            html`This account does not host a Harm Reduction Works-HRW group yet. If you are starting one,
              <a href="/groups/new">register your group</a>, and once a steward has looked it over you can share and ask
              here on its behalf. If you already host a group, ask another of its hosts to add you.`,
          )}
        </p>
        <p>${msg(html`Until then, everything groups have shared publicly is yours to <a href=${learningsPath()}>read</a>.`)}</p>
      `;
    }
    return this.#renderForm();
  }

  #renderEditBody() {
    const learning = this.learning;
    if (!learning) {
      return html`<p role="status">${msg('Loading the post…')}</p>`;
    }
    if (!learning.canEdit) {
      return html`
        <p>${msg(str`Only the hosts of ${learning.group.name} can change this post, since it speaks for their group.`)}</p>
        <p><a href=${learningPath(learning.id)}>${msg('Back to the post')}</a></p>
      `;
    }
    return this.#renderForm();
  }

  #renderForm() {
    const draft = this.draft;
    const errors = (this.#errors = this.#check.errors(this.#checkInput()));
    const set = (change: Partial<LearningDraft>) => (this.draft = { ...this.draft, ...change });
    return html`
      ${this.stale
        ? editConflictAlert(msg('Someone else saved this post while you were editing it, perhaps another host of your group.'), {
            loadTheirs: () => void this.#loadLearning(),
            keepMine: () => void this.#loadLearning(true),
          })
        : nothing}
      ${this.formError && !this.stale ? html`<div class="alert" role="alert" tabindex="-1"><p>${this.formError}</p></div>` : nothing}
      <hrw-error-summary .items=${this.#check.summary(this.#checkInput())}></hrw-error-summary>
      <form
        @submit=${this.#submit}
        @focusout=${this.#check.left}
        @input=${this.#check.edited}
        @change=${this.#check.edited}
        novalidate
      >
        ${this.#renderGroup()}
        ${radioGroup({
          id: 'kind',
          label: msg('What kind of post'),
          values: LEARNING_KINDS,
          current: draft.kind,
          text: kindChoice,
          error: errors.kind,
          onChange: (kind) => set({ kind }),
          stack: true,
        })}
        ${textField({
          id: 'title',
          label: msg('Title'),
          hint:
            draft.kind === 'question'
              ? msg('The question in one line, like “How do you find a venue that welcomes people who use drugs?”')
              : msg('One line that says what it is about.'),
          value: draft.title,
          maxlength: LIMITS.titleMax,
          error: errors.title,
          onInput: (title) => set({ title }),
        })}
        <hrw-markdown-field
          id="body"
          label=${bodyLabel(draft.kind)}
          hint=${msg('Leave out members’ names and anything else that could tell who someone is.')}
          maxlength=${LIMITS.bodyMax}
          .value=${draft.body}
          .error=${errors.body}
          @hrw-markdown-input=${(event: MarkdownInputEvent) => set({ body: event.value })}
        ></hrw-markdown-field>
        <hrw-topic-input
          id="topics"
          .topics=${draft.topics}
          .error=${errors.topics}
          @hrw-topics-change=${(event: TopicsChangeEvent) => set({ topics: event.topics })}
        ></hrw-topic-input>
        ${this.#renderExercise()}
        ${radioGroup({
          id: 'visibility',
          label: msg('Who can read it'),
          values: VISIBILITIES,
          current: draft.visibility,
          text: visibilityChoice,
          error: errors.visibility,
          onChange: (visibility) => set({ visibility }),
          stack: true,
        })}
        ${draft.kind === 'question' ? this.#renderAskStewards() : nothing}
        <p class="row">
          <button type="submit" ?disabled=${this.saving}>
            ${this.saving
              ? msg('Saving…')
              : this.#id !== null
                ? msg('Save changes')
                : draft.kind === 'question'
                  ? msg('Ask the question')
                  : msg('Share it')}
          </button>
          ${this.#id !== null
            ? html`<a href=${learningPath(this.#id)}>${msg('Back to the post')}</a>`
            : html`<a class="standalone" href=${learningsPath()}>${msg('Back to the learnings')}</a>`}
        </p>
      </form>
    `;
  }

  #renderGroup() {
    const privacy = msg('The post shows the group’s name, never yours.');
    const postedBy = (name: string) =>
      msg(html`Posted by <strong>${name}</strong>. The post shows the group’s name, never yours.`);
    if (this.learning) {
      return html`<p>${postedBy(this.learning.group.name)}</p>`;
    }
    const hosts = this.hosts ?? [];
    const only = hosts.length === 1 ? hosts[0] : undefined;
    const error = this.#errors.groupSlug;
    if (only) {
      return html`<div class="field" id="groupSlug" tabindex="-1">
        <p>${postedBy(only.name)}</p>
        ${errorFor('groupSlug', error)}
      </div>`;
    }
    return groupSelect({
      id: 'groupSlug',
      label: msg('Which of your groups posts it'),
      hint: privacy,
      groups: hosts,
      current: this.groupSlug,
      error,
      onChange: (groupSlug) => (this.groupSlug = groupSlug),
    });
  }

  #renderExercise() {
    const exercise = this.draft.exercise;
    const error = this.#errors.exerciseSlug;
    return html`<fieldset id="exerciseSlug" tabindex="-1" aria-describedby=${error ? 'exercise-hint exerciseSlug-error' : 'exercise-hint'}>
      <legend>${msg('Exercise (optional)')}</legend>
      <p class="hint" id="exercise-hint">
        ${msg('If this is about an exercise from the library, link it so groups planning it can find this.')}
      </p>
      ${exercise
        ? html`<p class="linked">${msg(html`Linked to <a href=${exercisePath(exercise.slug)}>${exercise.title}</a>.`)}</p>`
        : nothing}
      <p class="row">
        <button type="button" class="secondary" id="choose-exercise" aria-expanded=${this.picking ? 'true' : 'false'} @click=${this.#togglePicker}>
          ${exercise ? msg('Link another exercise') : msg('Link an exercise')}
        </button>
        ${exercise
          ? html`<button type="button" class="secondary" @click=${() => void this.#unlinkExercise()}>
              ${msg('Remove the link')}
            </button>`
          : nothing}
      </p>
      ${this.picking
        ? html`<hrw-exercise-picker
            input-id="exercise-search"
            @hrw-exercise-chosen=${(event: ExerciseChosenEvent) => void this.#linkExercise(event)}
            @hrw-picker-dismissed=${() => void this.#closePicker()}
          ></hrw-exercise-picker>`
        : nothing}
      ${errorFor('exerciseSlug', error)}
    </fieldset>`;
  }

  #renderAskStewards() {
    const error = this.#errors.askStewards;
    return html`<div class="field">
      <label class="check">
        <input
          id="askStewards"
          type="checkbox"
          aria-describedby=${error ? 'askStewards-hint askStewards-error' : 'askStewards-hint'}
          .checked=${live(this.draft.askStewards)}
          @change=${(event: Event) => (this.draft = { ...this.draft, askStewards: (event.target as HTMLInputElement).checked })}
        />
        ${msg('Ask HRH413’s stewards')}
      </label>
      <p class="hint check-hint" id="askStewards-hint">
        ${msg(
          'HRH413 started Harm Reduction Works-HRW and helps groups whose knowledge of harm reduction is still growing. Their stewards will see your question and answer it; other groups can still reply too.',
        )}
      </p>
      ${errorFor('askStewards', error)}
    </div>`;
  }

  #togglePicker = async (): Promise<void> => {
    this.picking = !this.picking;
    await this.updateComplete;
    if (this.picking) {
      this.renderRoot.querySelector<HTMLElement>('hrw-exercise-picker')?.focus();
    }
  };

  async #closePicker(): Promise<void> {
    this.picking = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#choose-exercise')?.focus();
  }

  async #linkExercise(event: ExerciseChosenEvent): Promise<void> {
    this.draft = { ...this.draft, exercise: { slug: event.exercise.slug, title: event.exercise.title } };
    await this.#closePicker();
  }

  async #unlinkExercise(): Promise<void> {
    this.draft = { ...this.draft, exercise: null };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#choose-exercise')?.focus();
  }

  #retryLoad(): Promise<void> {
    return this.#id === null ? this.#loadHosts() : this.#loadLearning();
  }

  async #loadHosts(): Promise<void> {
    this.loadError = null;
    try {
      this.hosts = await this.#account.loadHosts();
    } catch (error) {
      this.loadError = plainMessage(error);
    }
    const hosts = this.hosts ?? [];
    this.groupSlug = hosts.length === 1 ? hosts[0]!.slug : (this.groupSlug || (rememberedGroup(hosts) ?? ''));
  }

  /** Loads the post to edit; with `keepDraft`, takes only its new revision and saves the draft over it. */
  async #loadLearning(keepDraft = false): Promise<void> {
    if (this.#id === null) {
      return;
    }
    this.loadError = null;
    this.formError = null;
    try {
      const learning = await fetchLearning(this.#id);
      this.learning = learning;
      if (!keepDraft) {
        this.draft = draftFromLearning(learning);
        this.#check.reset();
      }
      this.stale = false;
    } catch (error) {
      const message =
        error instanceof ApiError && error.status === 404
          ? msg('We could not find that post. It may have been deleted, or hidden by a steward.')
          : plainMessage(error);
      if (this.learning) {
        this.formError = message;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.alert[role="alert"]')?.focus();
      } else {
        this.loadError = message;
      }
      return;
    }
    if (keepDraft) {
      await this.#save();
    }
  }

  #submit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#save();
  };

  /** An edit keeps its group; a new post must name one. */
  #checkInput(): LearningCheckInput {
    return { draft: this.draft, groupSlug: this.#id === null ? this.groupSlug : null };
  }

  async #save(): Promise<void> {
    this.formError = null;
    if (!this.#check.submit(this.#checkInput())) {
      await focusErrorSummary(this);
      return;
    }
    this.saving = true;
    const input = inputFromDraft(this.draft);
    try {
      const saved =
        this.#id !== null && this.learning
          ? await updateLearning(this.#id, input, this.learning.revision)
          : await postLearning(this.groupSlug, input);
      router.navigate(learningPath(saved.id));
    } catch (error) {
      await this.#showFailure(error);
    } finally {
      this.saving = false;
    }
  }

  async #showFailure(error: unknown): Promise<void> {
    if (this.#id !== null && isStaleLearning(error)) {
      this.stale = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.alert[role="alert"]')?.focus();
      return;
    }
    this.#check.failed(error, this.#checkInput(), (failure) => {
      if (failure instanceof ApiError && failure.status === 429) {
        return rateLimited();
      }
      if (failure instanceof ApiError && failure.status === 403) {
        return this.#id === null
          ? msg('Only the hosts of a group can post on its behalf. Choose one of your own groups.')
          : msg('Only the hosts of the group that posted this can change it.');
      }
      return plainMessage(failure);
    });
    await focusErrorSummary(this);
  }
}

customElements.define('hrw-learning-form', HrwLearningForm);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-learning-form': HrwLearningForm;
  }
}
