import { msg, str } from '@lit/localize';
import type { ReactiveControllerHost } from 'lit';
import { ApiError, type Violation } from '../api/client.js';
import { plainMessage } from '../api/messages.js';

/**
 * How the hub's forms check what people type, in one place: each form gives its fields (in the order they appear),
 * a plain-words rule per field and a way to place the server's violations; this keeps the when and the how.
 *
 * A field is checked as it is typed in only once it was left or a submit was tried, so nobody is told off mid-word.
 * The server stays the judge: its problems land on the same fields, in the same words where a rule of ours says the
 * same thing, and a problem we cannot place goes to the summary alone.
 */

/** A field's rule: what is wrong, in plain words, or null when the value will do. */
export type Rule<D> = (draft: D) => string | null;

export interface FieldSpec<D> {
  /**
   * The field named inside a sentence, with its article: "the place name" ("el nombre del lugar"). Used to word the
   * server's own messages. A function (`() => msg('the place name')`) is read in the language of the moment; a
   * string is the language it was made in. The sentences that take it put it where Spanish needs no contraction
   * (never after "de" or "a").
   */
  noun: string | (() => string);
  rule?: Rule<D>;
}

/** A field's noun in the language shown now. */
export function nounOf(spec: Pick<FieldSpec<unknown>, 'noun'>): string {
  return typeof spec.noun === 'function' ? spec.noun() : spec.noun;
}

export type FieldSpecs<D, F extends string> = Readonly<Record<F, FieldSpec<D>>>;

/** One line of the error summary; a line without a field has nothing to link to. */
export interface SummaryItem {
  field: string | null;
  message: string;
}

export interface FormCheckOptions<D, F extends string> {
  /** Every field in the order it appears on the page. */
  fields: FieldSpecs<D, F>;
  /** Which field a server violation's path belongs to, or null when none of ours. */
  fieldOf: (path: string) => F | null;
  /** For a form that words some of the server's messages better than the generic wording does. */
  serverWords?: (field: F, message: string) => string | null;
}

/** A rule's words for text over its limit, with the count, since a long text's length is hard to judge by eye. */
export function tooLong(text: string, max: number, noun: string): string | null {
  const length = text.trim().length;
  return length > max ? capitalised(msg(str`Keep ${noun} to ${max} characters or fewer (it has ${length} now)`)) : null;
}

/** A rule's words for text that must be there and be `min` to `max` characters long; `ask` when it is empty. */
export function needed(text: string, ask: string, min: number, noun: string, max: number): string | null {
  const length = text.trim().length;
  if (length === 0) {
    return ask;
  }
  if (length < min) {
    return capitalised(msg(str`Write a little more in ${noun}: at least ${min} characters (it has ${length} now)`));
  }
  return tooLong(text, max, noun);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Bean Validation's and the service's messages in the hub's voice. The server writes them in the language the app
 * asked for (Accept-Language), so the validator's usual messages are known in English and in Spanish; anything else
 * is shown as it came. The service writes its messages to follow the field's name ("is needed for a group that
 * meets online", "se necesita para un grupo que se reúne en línea"), so those only need the noun in front.
 */
export function plainServerMessage(noun: string, message: string): string {
  let match: RegExpExecArray | null;
  if (/^(must not be (blank|null|empty)|no debe (estar vacío|ser nulo))$/.test(message)) {
    return capitalised(msg(str`${noun} is needed`));
  }
  if ((match = /^(?:size must be between|el tamaño debe estar entre) (\d+) (?:and|y) (\d+)$/.exec(message))) {
    const [, min, max] = match;
    return capitalised(
      min === '0' ? msg(str`Keep ${noun} to ${max} characters or fewer`) : msg(str`${noun} needs between ${min} and ${max} characters`),
    );
  }
  if ((match = /^(?:must be less than or equal to|debe ser menor que o igual a) (\d+)$/.exec(message))) {
    return capitalised(msg(str`${noun} can be at most ${match[1]}`));
  }
  if ((match = /^(?:must be greater than or equal to|debe ser mayor que o igual a) (\d+)$/.exec(message))) {
    return capitalised(msg(str`${noun} must be at least ${match[1]}`));
  }
  if (/^(must be a well-formed email address|debe ser una dirección de correo electrónico con formato correcto)$/.test(message)) {
    return capitalised(msg(str`Enter ${noun} as an email address, like name@example.org`));
  }
  if (/^(must match|debe coincidir con) /.test(message)) {
    return capitalised(msg(str`${noun} has characters that cannot be used here`));
  }
  if (/^(has the wrong type or format|tiene un tipo o formato equivocado)$/.test(message)) {
    return capitalised(msg(str`${noun} is not in a form we can read`));
  }
  return /^\p{Ll}/u.test(message) ? capitalised(`${noun} ${message}`) : message;
}

/** The field a focus or input event came from: the nearest element, out from its target, whose id is a field. */
export function fieldFromEvent<F extends string>(event: Event, fields: readonly F[]): F | null {
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) {
      continue;
    }
    if ((fields as readonly string[]).includes(node.id)) {
      return node.id as F;
    }
    if (node instanceof HTMLFormElement) {
      break;
    }
  }
  return null;
}

/**
 * Puts focus on a field: its chosen or first control for a set of choices; the element itself otherwise (the
 * hub's own field elements pass focus to the control inside).
 */
export function focusField(root: ParentNode, field: string): boolean {
  const target = root.querySelector<HTMLElement>(`#${CSS.escape(field)}`);
  if (!target) {
    return false;
  }
  if (target instanceof HTMLFieldSetElement) {
    const control =
      target.querySelector<HTMLElement>('input:checked') ??
      target.querySelector<HTMLElement>('input, select, textarea, button') ??
      target;
    control.focus();
  } else {
    target.focus();
  }
  return true;
}

/**
 * One form's checking state, kept beside its Lit element, which it asks to re-render when it changes. Errors are
 * worked out from the draft at render time, so a message clears as soon as what is typed fixes it.
 */
export class FormCheck<D, F extends string> {
  readonly #host: ReactiveControllerHost;
  readonly #options: FormCheckOptions<D, F>;
  readonly #order: readonly F[];
  readonly #left = new Set<F>();
  #submitted = false;
  #server: Partial<Record<F, string>> = {};
  /** What the summary says that belongs to no field: a problem we could not place, or a failure of the request. */
  #general: string[] = [];

  constructor(host: ReactiveControllerHost, options: FormCheckOptions<D, F>) {
    this.#host = host;
    this.#options = options;
    this.#order = Object.keys(options.fields) as F[];
  }

  get fields(): readonly F[] {
    return this.#order;
  }

  /** A field was left: from now on it is checked as it is typed in. For the form's focusout. */
  readonly left = (event: Event): void => {
    const field = fieldFromEvent(event, this.#order);
    if (field && !this.#left.has(field)) {
      this.#left.add(field);
      this.#host.requestUpdate();
    }
  };

  /** A field was changed: the server's word on it no longer applies. For the form's input and change. */
  readonly edited = (event: Event): void => {
    const field = fieldFromEvent(event, this.#order);
    if (field) {
      this.forget(field);
    }
  };

  /** Drops what the server said about a field, e.g. when the rows after a removed one move up. */
  forget(...fields: F[]): void {
    let changed = false;
    for (const field of fields) {
      if (this.#server[field] !== undefined) {
        delete this.#server[field];
        changed = true;
      }
    }
    if (changed) {
      this.#host.requestUpdate();
    }
  }

  /** The messages to show beside each field now. */
  errors(draft: D): Partial<Record<F, string>> {
    const errors: Partial<Record<F, string>> = {};
    for (const field of this.#order) {
      const own = this.#submitted || this.#left.has(field) ? this.#options.fields[field].rule?.(draft) : null;
      const message = own ?? this.#server[field];
      if (message) {
        errors[field] = message;
      }
    }
    return errors;
  }

  /** The summary's lines, in the order of the page, once a submit was tried; empty before. */
  summary(draft: D): SummaryItem[] {
    if (!this.#submitted && this.#general.length === 0 && Object.keys(this.#server).length === 0) {
      return [];
    }
    const errors = this.errors(draft);
    const items: SummaryItem[] = this.#order
      .filter((field) => errors[field])
      .map((field) => ({ field, message: errors[field]! }));
    return [...items, ...this.#general.map((message) => ({ field: null, message }))];
  }

  /**
   * A submit: from now on every field is checked. True when the draft passes every rule and may be sent; what the
   * server said last time is dropped, since it is about to be asked again.
   */
  submit(draft: D): boolean {
    this.#submitted = true;
    this.#server = {};
    this.#general = [];
    this.#host.requestUpdate();
    return Object.keys(this.errors(draft)).length === 0;
  }

  /**
   * A failed request. A validation problem lands field by field (a rule of ours that says the same wins, so one
   * thing is said one way); anything else is one line of the summary. A stale edit is the form's own to explain.
   */
  failed(error: unknown, draft: D, otherwise: (error: unknown) => string = plainMessage): void {
    if (error instanceof ApiError && error.status === 400 && error.violations.length > 0) {
      this.serverViolations(error.violations, draft);
    } else {
      this.#general = [otherwise(error)];
    }
    this.#host.requestUpdate();
  }

  serverViolations(violations: readonly Violation[], draft: D): void {
    const server: Partial<Record<F, string>> = {};
    const general: string[] = [];
    for (const violation of violations) {
      const field = this.#options.fieldOf(violation.field);
      if (field === null) {
        general.push(`${violation.field} ${violation.message}`);
        continue;
      }
      const spec = this.#options.fields[field];
      const message =
        spec.rule?.(draft) ??
        this.#options.serverWords?.(field, violation.message) ??
        plainServerMessage(nounOf(spec), violation.message);
      const known = server[field];
      server[field] = !known ? message : known.split('. ').includes(message) ? known : `${known}. ${message}`;
    }
    this.#server = server;
    this.#general = general;
  }

  /** Back to a fresh form, e.g. after loading another copy of what is edited. */
  reset(): void {
    this.#left.clear();
    this.#submitted = false;
    this.#server = {};
    this.#general = [];
    this.#host.requestUpdate();
  }
}
