import { apiRequest } from './client.js';

/** How much waits in each of the stewards' queues (GET /api/v1/review); stewards only. */
export interface ReviewCounts {
  groups: number;
  exercises: number;
  flaggedLearnings: number;
  questions: number;
  scriptDrafts: number;
  total: number;
}

export function fetchReviewCounts(signal?: AbortSignal): Promise<ReviewCounts> {
  return apiRequest<ReviewCounts>('/api/v1/review', signal ? { signal } : {});
}

/**
 * Sent up by a page that has just read the counts (the dashboard), so the header's total agrees with what the
 * page shows without asking the server twice.
 */
export class ReviewCountsEvent extends Event {
  static readonly type = 'hrw-review-counts';
  readonly counts: ReviewCounts;

  constructor(counts: ReviewCounts) {
    super(ReviewCountsEvent.type, { bubbles: true, composed: true });
    this.counts = counts;
  }
}
