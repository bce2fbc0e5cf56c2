/** What a group's host asks for from the group page; the page makes the call and refreshes the listing. */
export type HostAction =
  | { kind: 'confirm' }
  | { kind: 'status'; status: 'active' | 'paused' | 'closed' }
  | { kind: 'cancel-date'; date: string }
  | { kind: 'move-date'; date: string; movedToDate: string; movedToStart: string }
  | { kind: 'restore-date'; date: string }
  | { kind: 'invite' };

/** Sent by the host panel's components: `action` says what the host asked for. */
export class HostActionEvent extends Event {
  constructor(readonly action: HostAction) {
    super('hrw-host-action', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'hrw-host-action': HostActionEvent;
  }
}
