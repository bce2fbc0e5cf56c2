import { fetchMeetingLog, logMeeting, type MeetingLogEntry, type MeetingLogInput } from '../api/meetings.js';
import { session } from '../auth/session.js';
import { outbox, type FlushSummary, type OutboxTransport } from './outbox.js';

/** How far back through the log to look for an entry the server says is there: kept entries are recent ones. */
const PAGES_TO_SEARCH = 5;

async function findLogged(group: string, input: MeetingLogInput): Promise<MeetingLogEntry | null> {
  for (let page = 0; page < PAGES_TO_SEARCH; page++) {
    const log = await fetchMeetingLog(group, page);
    const found = log.items.find((entry) => entry.date === input.date && entry.meeting === input.meeting);
    // Newest first: once the page reaches older dates, or the log ends, it is not there.
    const last = log.items[log.items.length - 1];
    if (found || !last || last.date < input.date || (page + 1) * log.size >= log.total) {
      return found ?? null;
    }
  }
  return null;
}

export const transport: OutboxTransport = {
  post: logMeeting,
  findLogged,
  renew: () => session.renew(),
};

/** Sends what the signed-in person kept on this device; null when nobody is signed in. */
export async function sendKeptMeetings(): Promise<FlushSummary | null> {
  const { status, account } = session.state;
  if (status !== 'signed-in' || !account || outbox.entries(account).length === 0) {
    return null;
  }
  return outbox.flush(account, transport);
}

/** "Send now": confirm the sign-in first when it was carried offline, then send. */
export async function sendNow(): Promise<FlushSummary | null> {
  await session.reconnect();
  return sendKeptMeetings();
}

/** While meetings wait to be sent, how often to try again without being told the network is back. */
export const RETRY_MS = 20_000;

/**
 * Tries again every {@link RETRY_MS} while the signed-in person has meetings waiting. The browser's online event only
 * comes when the device itself lost its network: a venue's Wi-Fi that stops reaching anything, or a phone between
 * cell towers, can come back without one. Returns a function that stops it.
 */
export function retryKeptMeetings(): () => void {
  const timer = setInterval(() => {
    const { status, account } = session.state;
    const waiting = status === 'signed-in' && outbox.waiting(account).length > 0;
    // After the sign-in was refused, only signing in again helps: asking every 20 s would not.
    if (waiting && !outbox.sending && !outbox.needsSignIn(account)) {
      void sendNow();
    }
  }, RETRY_MS);
  return () => clearInterval(timer);
}

let started = false;

/**
 * Kept meetings go out when the network returns (the browser's online event, or a retry that finds it back), when
 * the app starts or someone signs in (the session turns signed-in with the backend in reach), and when the host asks
 * (sendNow).
 */
export function startSendingKeptMeetings(): void {
  if (started) {
    return;
  }
  started = true;
  window.addEventListener('online', () => void sendNow());
  retryKeptMeetings();
  session.addEventListener('change', () => {
    if (session.state.status === 'signed-in' && !session.state.offline) {
      void sendKeptMeetings();
    }
  });
}
