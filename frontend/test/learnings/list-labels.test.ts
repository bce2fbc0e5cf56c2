import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/client.js';
import { filtersFromQuery, learningsPath, type LearningFilters } from '../../src/api/learnings.js';
import {
  DEFAULT_SORT,
  dateInWords,
  editLearningPath,
  helpedInWords,
  learningIdFromPath,
  learningMessage,
  repliesInWords,
  topicLabel,
} from '../../src/learnings/labels.js';
import { addressFilters } from '../../src/lib/address-filters-controller.js';
import { countNarrowing, topicFromInput } from '../../src/pages/learnings/hrw-learnings.js';

describe('the words for shared learnings', () => {
  it('count replies and helped groups without naming anyone', () => {
    expect(repliesInWords(0)).toBe('No replies yet');
    expect(repliesInWords(1)).toBe('1 reply');
    expect(repliesInWords(4)).toBe('4 replies');
    expect(helpedInWords(1)).toBe('Helped 1 group');
    expect(helpedInWords(5)).toBe('Helped 5 groups');
  });

  it('read topics as words, and read typed words as a topic', () => {
    expect(topicLabel('finding-a-venue')).toBe('finding a venue');
    expect(topicFromInput('  Finding a venue ')).toBe('finding-a-venue');
    expect(topicFromInput('#Naloxone')).toBe('naloxone');
  });

  it('give the date a post was shared', () => {
    expect(dateInWords('2026-11-03T12:00:00Z', 'UTC')).toBe('Nov 3, 2026');
  });

  it('explain an edit that crossed another host’s, and a group posting a lot, in plain words', () => {
    expect(learningMessage(new ApiError({ status: 409, title: 'Conflict' }))).toContain('Someone else changed this while you were editing');
    expect(learningMessage(new ApiError({ status: 429, title: 'Too Many Requests' }))).toContain('wait a little while');
    expect(learningMessage(new ApiError({ status: 400, title: 'Invalid', detail: 'The reply is too long' }))).toBe('The reply is too long');
  });
});

describe('the addresses of shared learnings', () => {
  it('find the post in "/learnings/{id}" and its edit page, and nothing else', () => {
    expect(learningIdFromPath('/learnings/12')).toBe(12);
    expect(learningIdFromPath('/learnings/12/edit')).toBe(12);
    expect(editLearningPath(12)).toBe('/learnings/12/edit');
    expect(learningIdFromPath('/learnings/new')).toBeNull();
    expect(learningIdFromPath('/learnings/012')).toBeNull();
    expect(learningIdFromPath('/learnings/12/replies')).toBeNull();
    expect(learningIdFromPath('/exercises/12')).toBeNull();
  });

  it('carry the list’s choices and come back as they went in, without the default order or a page', () => {
    const filters: LearningFilters = { q: 'kits', kind: 'question', topic: 'naloxone', unanswered: true, sort: 'most-helpful', page: 0 };
    const path = learningsPath(filters);
    expect(path).toBe('/learnings?q=kits&kind=question&topic=naloxone&unanswered=true&sort=most-helpful');
    expect(filtersFromQuery(new URL(path, 'http://x').search)).toEqual(filters);
    expect(learningsPath(addressFilters<LearningFilters>({ topic: 'naloxone', sort: 'newest', page: 3, size: 20 }, DEFAULT_SORT))).toBe('/learnings?topic=naloxone');
    expect(countNarrowing({ sort: 'most-helpful', page: 0 })).toBe(0);
    expect(countNarrowing({ group: 'northampton', unanswered: true, page: 0 })).toBe(2);
  });
});
