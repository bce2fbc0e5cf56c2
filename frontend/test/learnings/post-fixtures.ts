import type { Learning, LearningSummary, Reply } from '../../src/api/learnings.js';

/** Shared learnings as the API sends them. Session, fetch and page helpers come from the exercises' fixtures. */

export const NORTHAMPTON = { slug: 'northampton', name: 'Harm Reduction Works-HRW Northampton', timeZone: 'America/New_York' };
export const EASTHAMPTON = { slug: 'easthampton', name: 'Harm Reduction Works-HRW Easthampton', timeZone: 'America/New_York' };
export const GREENFIELD = { slug: 'greenfield', name: 'Harm Reduction Works-HRW Greenfield', timeZone: 'America/New_York' };

export const SUMMARY: LearningSummary = {
  id: 7,
  kind: 'question',
  title: 'Where do you keep naloxone during the meeting?',
  excerpt: 'Our venue asked us not to leave kits on the table. Where do other groups keep them so people can find them?',
  topics: ['naloxone', 'finding-a-venue'],
  exercise: null,
  visibility: 'network',
  group: NORTHAMPTON,
  askStewards: true,
  answered: false,
  replyCount: 2,
  helpedCount: 3,
  status: 'visible',
  createdAt: '2026-11-03T12:00:00Z',
  editedAt: '2026-11-04T12:00:00Z',
};

export const WHAT_WORKED: LearningSummary = {
  ...SUMMARY,
  id: 8,
  kind: 'what-worked',
  title: 'A library room, free on Tuesdays',
  excerpt: 'The public library lends its community room to groups for free.',
  topics: [],
  visibility: 'public',
  group: EASTHAMPTON,
  askStewards: false,
  answered: false,
  replyCount: 0,
  helpedCount: 0,
  editedAt: null,
};

export const REPLY_FROM_EASTHAMPTON: Reply = {
  id: 21,
  group: EASTHAMPTON,
  fromStewards: false,
  bodyHtml: '<p>We keep a kit by the door, with a <strong>sign</strong>.</p>',
  body: 'We keep a kit by the door, with a **sign**.',
  helpful: false,
  status: 'visible',
  hiddenReason: null,
  createdAt: '2026-11-05T12:00:00Z',
  editedAt: null,
  canEdit: false,
  revision: 0,
};

export const REPLY_FROM_STEWARDS: Reply = {
  ...REPLY_FROM_EASTHAMPTON,
  id: 22,
  group: null,
  fromStewards: true,
  bodyHtml: '<p>Ask the venue for a shelf near the exit.</p>',
  body: 'Ask the venue for a shelf near the exit.',
  createdAt: '2026-11-06T12:00:00Z',
};

export const POST: Learning = {
  ...SUMMARY,
  bodyHtml:
    '<p>Our venue asked us not to leave kits on the table.</p><p>See <a href="https://example.org/guide" rel="nofollow noopener noreferrer">the guide</a>.</p>',
  body: 'Our venue asked us not to leave kits on the table.\n\nSee [the guide](https://example.org/guide).',
  // Sent newest first here, so the page's order is its own.
  replies: [REPLY_FROM_STEWARDS, REPLY_FROM_EASTHAMPTON],
  canEdit: false,
  canMarkHelpful: false,
  helpedBy: [],
  hiddenReason: null,
  revision: 2,
  exercise: { slug: 'fighting-for-space', title: 'Fighting for Space' },
};
