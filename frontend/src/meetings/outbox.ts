import { ApiError, type Violation } from '../api/client.js';
import type { ExerciseRef, MeetingLogEntry, MeetingLogInput } from '../api/meetings.js';
import { randomId } from '../lib/random-id.js';

/**
 * Meetings logged when the log could not be reached (no network in the meeting room, the server away), kept on
 * this device until they can be sent.
 *
 * Kept in localStorage, not sessionStorage: a host often closes the browser, or the phone, on the way home, and the
 * meeting should still reach the log when the app is next opened. An entry holds only what the log form asks
 * (ranges, a rating, an optional note the form asks to keep free of names) and the account it belongs to, by the
 * identity provider's subject: it is only ever sent, shown or changed while that same account is signed in, so on a
 * shared device the next person can neither see it nor send it under their own name.
 */
export interface OutboxEntry {
  /** This device's own id for the entry; the server never sees it. */
  id: string;
  account: string;
  group: string;
  input: MeetingLogInput;
  /** The exercise as the form showed it, to show it again (the input has only its slug). */
  exercise: ExerciseRef | null;
  /** When it was kept, ISO 8601. */
  keptAt: string;
  /** Why the log would not take it on the last try; null while it simply waits for the network. */
  problem: OutboxProblem | null;
}

export type OutboxProblem =
  /** A different entry for the same group, date and meeting is already in the log (409). */
  | { kind: 'already-logged' }
  /** The server found something wrong with it (400). */
  | { kind: 'invalid'; violations: Violation[]; detail: string | null }
  /** The person no longer hosts the group, or it is gone (403, 404). */
  | { kind: 'not-allowed'; status: number };

/** What became of one entry on one try. */
export type SendOutcome =
  | { result: 'sent'; entry: MeetingLogEntry }
  | { result: 'waiting' }
  | { result: 'sign-in' }
  | { result: 'problem'; problem: OutboxProblem };

/** How to reach the log; the real ones are in outbox-sync.ts, tests pass their own. */
export interface OutboxTransport {
  post(group: string, input: MeetingLogInput): Promise<MeetingLogEntry>;
  /** The entry the log holds for this group, date and meeting, or null. */
  findLogged(group: string, input: MeetingLogInput): Promise<MeetingLogEntry | null>;
  /** A fresh access token without leaving the page; false when there is none to be had. */
  renew(): Promise<boolean>;
}

/** Whether the log's entry says what this one says: then an earlier send got through and only its answer was lost. */
export function sameMeeting(logged: MeetingLogEntry, input: MeetingLogInput): boolean {
  const note = (text: string | null) => (text ?? '').trim();
  return (
    logged.date === input.date &&
    logged.meeting === input.meeting &&
    (logged.exercise?.slug ?? null) === (input.exerciseSlug ?? null) &&
    (logged.headcount ?? null) === (input.headcount ?? null) &&
    logged.rating === input.rating &&
    note(logged.note) === note(input.note) &&
    logged.shareNote === (note(input.note) !== '' && input.shareNote)
  );
}

/** Whether a failure means "try again later" rather than "the log said no". */
export function isNetworkTrouble(error: unknown): boolean {
  if (error instanceof ApiError) {
    return error.isUnavailable || error.status >= 500;
  }
  // Not an answer at all (a TypeError from fetch, a broken body): nothing says the entry is wrong.
  return true;
}

/**
 * The send rules for one entry. Sent (201): done. No network or the server away: it waits. 401: renew the token
 * silently and try once more, else it waits for the person to sign in. 409: done if the log's entry is this one,
 * otherwise the host decides. 400, 403, 404: the host decides. Never throws.
 */
export async function sendEntry(entry: Pick<OutboxEntry, 'group' | 'input'>, transport: OutboxTransport): Promise<SendOutcome> {
  let renewed = false;
  for (;;) {
    try {
      return { result: 'sent', entry: await transport.post(entry.group, entry.input) };
    } catch (error) {
      if (!(error instanceof ApiError) || isNetworkTrouble(error)) {
        return { result: 'waiting' };
      }
      if (error.status === 401) {
        if (!renewed && (await transport.renew().catch(() => false))) {
          renewed = true;
          continue;
        }
        return { result: 'sign-in' };
      }
      if (error.status === 409) {
        return alreadyLogged(entry, transport);
      }
      if (error.status === 400) {
        return { result: 'problem', problem: { kind: 'invalid', violations: [...error.violations], detail: error.detail } };
      }
      if (error.status === 403 || error.status === 404) {
        return { result: 'problem', problem: { kind: 'not-allowed', status: error.status } };
      }
      // Anything else the log answered (429, a proxy's 4xx): nothing to fix in the entry, so try again later.
      return { result: 'waiting' };
    }
  }
}

async function alreadyLogged(entry: Pick<OutboxEntry, 'group' | 'input'>, transport: OutboxTransport): Promise<SendOutcome> {
  let logged: MeetingLogEntry | null;
  try {
    logged = await transport.findLogged(entry.group, entry.input);
  } catch {
    // Cannot compare now: better to ask again later than to call it sent or wrong.
    return { result: 'waiting' };
  }
  if (logged && sameMeeting(logged, entry.input)) {
    return { result: 'sent', entry: logged };
  }
  return { result: 'problem', problem: { kind: 'already-logged' } };
}

export interface FlushSummary {
  sent: MeetingLogEntry[];
  waiting: number;
  problems: number;
  /** The sign-in ended and could not be renewed: the person has to sign in again. */
  signIn: boolean;
}

const KEY = 'hrw-meeting-outbox';

/** A kept entry reached the log (or was found there): `entry` is the log's own. */
export class OutboxSentEvent extends Event {
  constructor(
    readonly kept: OutboxEntry,
    readonly entry: MeetingLogEntry,
  ) {
    super('sent');
  }
}

/**
 * The entries kept on this device, for every account that kept some (each sees only its own). Dispatches `change`
 * whenever they or the sending state change, here or in another tab, and `sent` (an OutboxSentEvent) for each
 * entry that reached the log.
 */
export class Outbox extends EventTarget {
  readonly #storage: () => Storage;
  #flushing: Promise<FlushSummary> | null = null;
  #sending = false;
  #signInNeeded: string | null = null;

  constructor(storage: () => Storage = () => window.localStorage) {
    super();
    this.#storage = storage;
    if (typeof window !== 'undefined') {
      window.addEventListener('storage', (event) => {
        if (event.key === KEY || event.key === null) {
          this.dispatchEvent(new Event('change'));
        }
      });
    }
  }

  /** The account's entries, oldest first. */
  entries(account: string | null | undefined): OutboxEntry[] {
    return account ? this.#read().filter((entry) => entry.account === account) : [];
  }

  /** The account's entries that wait to be sent: those the log refused wait for the host instead. */
  waiting(account: string | null | undefined): OutboxEntry[] {
    return this.entries(account).filter((entry) => !entry.problem);
  }

  get sending(): boolean {
    return this.#sending;
  }

  /** Whether the account's last send stopped because its sign-in ended. */
  needsSignIn(account: string | null | undefined): boolean {
    return !!account && this.#signInNeeded === account;
  }

  /** Keeps an entry to send later. Throws when the device will not store it, so the caller can say so. */
  keep(account: string, group: string, input: MeetingLogInput, exercise: ExerciseRef | null): OutboxEntry {
    const entry: OutboxEntry = {
      id: randomId(),
      account,
      group,
      input: { ...input },
      exercise,
      keptAt: new Date().toISOString(),
      problem: null,
    };
    this.#write([...this.#read(), entry]);
    return entry;
  }

  /** The host discarded it, or sent it another way (fixed in the form). */
  remove(account: string, id: string): void {
    const all = this.#read();
    const rest = all.filter((entry) => !(entry.id === id && entry.account === account));
    if (rest.length !== all.length) {
      this.#write(rest);
    }
  }

  /**
   * Sends the account's waiting entries one after the other, by the rules of {@link sendEntry}. Entries with a
   * problem wait for the host. One send at a time: asking again while one runs gets the same answer.
   */
  flush(account: string, transport: OutboxTransport): Promise<FlushSummary> {
    if (!this.#flushing) {
      this.#flushing = this.#flush(account, transport).finally(() => {
        this.#flushing = null;
        this.#sending = false;
        this.dispatchEvent(new Event('change'));
      });
    }
    return this.#flushing;
  }

  async #flush(account: string, transport: OutboxTransport): Promise<FlushSummary> {
    const summary: FlushSummary = { sent: [], waiting: 0, problems: 0, signIn: false };
    const queue = this.waiting(account);
    if (queue.length === 0) {
      return summary;
    }
    this.#sending = true;
    this.dispatchEvent(new Event('change'));
    for (const [index, entry] of queue.entries()) {
      const outcome = await sendEntry(entry, transport);
      if (outcome.result === 'sent') {
        summary.sent.push(outcome.entry);
        this.remove(account, entry.id);
        this.dispatchEvent(new OutboxSentEvent(entry, outcome.entry));
      } else if (outcome.result === 'problem') {
        summary.problems++;
        this.#update(entry.id, { problem: outcome.problem });
      } else {
        // No network, or no sign-in: the rest would only fail the same way.
        summary.waiting += queue.length - index;
        summary.signIn = outcome.result === 'sign-in';
        break;
      }
    }
    this.#signInNeeded = summary.signIn ? account : null;
    return summary;
  }

  #update(id: string, change: Partial<OutboxEntry>): void {
    this.#write(this.#read().map((entry) => (entry.id === id ? { ...entry, ...change } : entry)));
  }

  #read(): OutboxEntry[] {
    let value: unknown;
    try {
      const raw = this.#storage().getItem(KEY);
      value = raw ? JSON.parse(raw) : [];
    } catch {
      return [];
    }
    return Array.isArray(value) ? value.filter(isEntry) : [];
  }

  #write(entries: OutboxEntry[]): void {
    const storage = this.#storage();
    if (entries.length === 0) {
      storage.removeItem(KEY);
    } else {
      storage.setItem(KEY, JSON.stringify(entries));
    }
    this.dispatchEvent(new Event('change'));
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Only entries this version of the app can send: anything else (a hand edit, an older shape) is left alone. */
function isEntry(value: unknown): value is OutboxEntry {
  if (!isRecord(value) || !isRecord(value.input)) {
    return false;
  }
  const input = value.input;
  return (
    typeof value.id === 'string' &&
    typeof value.account === 'string' &&
    typeof value.group === 'string' &&
    typeof value.keptAt === 'string' &&
    typeof input.date === 'string' &&
    (input.meeting === 'open' || input.meeting === 'focused') &&
    typeof input.rating === 'number'
  );
}

export const outbox = new Outbox();
