import { apiRequest } from './client.js';

export interface HostedGroup {
  slug: string;
  name: string;
  /** Where the group meets (IANA): its meetings are dated there. */
  timeZone: string;
  /** When its latest meeting started (ISO instant), looking back five weeks; null if none or paused. */
  previousMeeting?: string | null;
  /** When its next meeting starts (ISO instant); null if none is on the calendar or it is paused. */
  nextMeeting?: string | null;
}

/** The signed-in person, as the backend knows them. */
export interface Me {
  displayName: string;
  steward: boolean;
  hosts: HostedGroup[];
}

export function fetchMe(signal?: AbortSignal): Promise<Me> {
  return apiRequest<Me>('/api/v1/me', signal ? { signal } : {});
}
