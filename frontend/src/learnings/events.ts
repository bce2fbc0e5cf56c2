/**
 * An event that asks the page to do something and lets the page answer with the call it made, like a service
 * worker's FetchEvent. The component that asked awaits `outcome`, so it can show "sending", keep what was typed
 * when the call fails, and move focus when it is done, while the page alone talks to the API.
 */
export class PendingEvent extends Event {
  #outcome: Promise<unknown> = Promise.resolve();

  constructor(type: string) {
    super(type, { bubbles: true, composed: true });
  }

  respondWith(outcome: Promise<unknown>): void {
    this.#outcome = outcome;
  }

  get outcome(): Promise<unknown> {
    return this.#outcome;
  }
}

/** Someone flags a post or reply for the stewards, with a reason. */
export class FlagEvent extends PendingEvent {
  constructor(readonly reason: string) {
    super('hrw-flag');
  }
}

/** Who a new reply comes from: one of the person's groups, or (stewards) HRH413's stewards. */
export type ReplyAuthor = { groupSlug: string } | { asStewards: true };

/** A reply's words are sent: a new reply (with who it is from) or an edit (author null). */
export class ReplySubmitEvent extends PendingEvent {
  constructor(
    readonly body: string,
    readonly author: ReplyAuthor | null,
  ) {
    super('hrw-reply-submit');
  }
}

/** The replying group's hosts delete their reply. */
export class ReplyDeleteEvent extends PendingEvent {
  constructor() {
    super('hrw-reply-delete');
  }
}

/** The asking group marks a reply as the one that helped, or unmarks it (helpful false). */
export class MarkHelpfulEvent extends PendingEvent {
  constructor(readonly helpful: boolean) {
    super('hrw-mark-helpful');
  }
}

/** A host says a post helped one of their groups, or takes it back. */
export class HelpedEvent extends PendingEvent {
  constructor(
    readonly groupSlug: string,
    readonly helped: boolean,
  ) {
    super('hrw-helped');
  }
}
