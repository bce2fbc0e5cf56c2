import type { Learning, LearningSummary, ModerationItem } from '../../src/api/learnings.js';

export const NORTHAMPTON = { slug: 'northampton', name: 'Harm Reduction Works-HRW Northampton', timeZone: 'America/New_York' };
export const AMHERST = { slug: 'amherst', name: 'Harm Reduction Works-HRW Amherst', timeZone: 'America/New_York' };

/** A question as the API sends it to a host of the asking group. */
export const QUESTION: Learning = {
  id: 42,
  kind: 'question',
  title: 'How do you find a venue that welcomes people who use drugs?',
  excerpt: 'Our library room said no after two meetings.',
  topics: ['finding-a-venue'],
  exercise: { slug: 'fighting-for-space', title: 'Fighting for Space' },
  visibility: 'network',
  group: NORTHAMPTON,
  askStewards: true,
  answered: false,
  replyCount: 0,
  helpedCount: 0,
  status: 'visible',
  createdAt: '2026-11-03T12:00:00Z',
  editedAt: null,
  bodyHtml: '<p>Our library room said no after two meetings.</p>',
  body: 'Our library room said no after two meetings.',
  replies: [],
  canEdit: true,
  canMarkHelpful: true,
  helpedBy: [],
  hiddenReason: null,
  revision: 2,
};

export function summaryOf(learning: Learning): LearningSummary {
  const { bodyHtml: _h, body: _b, replies: _r, canEdit: _c, canMarkHelpful: _m, helpedBy: _hb, hiddenReason: _hr, revision: _v, ...summary } =
    learning;
  return summary;
}

export const FLAGGED_POST: ModerationItem = {
  type: 'post',
  postId: 42,
  replyId: null,
  title: 'Which clinics to avoid',
  excerpt: 'The clinic on Main Street turned two of our members away. Two things helped: - call ahead - bring a friend',
  bodyHtml:
    '<p>The clinic on Main Street turned two of our members away. Two things helped:</p>\n<ul>\n<li>call ahead</li>\n<li>bring a friend</li>\n</ul>\n',
  group: NORTHAMPTON,
  status: 'visible',
  flags: [
    { reason: 'Names a worker at the clinic', createdAt: '2026-11-04T12:00:00Z' },
    { reason: 'Could identify a member', createdAt: '2026-11-05T12:00:00Z' },
  ],
  flaggingGroups: 2,
  hiddenReason: null,
};

export const HIDDEN_REPLY: ModerationItem = {
  type: 'reply',
  postId: 7,
  replyId: 42,
  title: 'Naloxone at every meeting',
  excerpt: 'Buy it from this one website only.',
  bodyHtml: '<p>Buy it from this one website only.</p>\n',
  group: AMHERST,
  status: 'hidden',
  flags: [{ reason: 'Looks like an advert', createdAt: '2026-11-06T12:00:00Z' }],
  flaggingGroups: 3,
  hiddenReason: null,
};
