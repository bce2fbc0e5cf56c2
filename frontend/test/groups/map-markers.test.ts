import { describe, expect, it } from 'vitest';
import { mapConfig } from '../../src/api/config.js';
import type { GroupSummary } from '../../src/api/groups.js';
import { mapMarkers, mapSummary } from '../../src/groups/map-markers.js';

function group(slug: string, place?: GroupSummary['place']): GroupSummary {
  return {
    slug,
    name: `Harm Reduction Works-HRW ${slug}`,
    format: 'open',
    focus: [],
    attendance: place ? 'in-person' : 'online',
    ...(place ? { place } : {}),
    offerings: [],
    languages: ['en'],
    stale: false,
    example: false,
  };
}

describe('the map settings', () => {
  it('are absent unless the server gives a tile address', () => {
    expect(mapConfig(null)).toBeNull();
    expect(mapConfig({ siteName: 'x' })).toBeNull();
    expect(mapConfig({ map: { tileUrl: '  ', attribution: 'x' } })).toBeNull();
    expect(mapConfig({ map: { tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '© OpenStreetMap contributors' } })).toEqual({
      tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap contributors',
    });
  });
});

describe('the map markers', () => {
  it('are the groups with a public position, each linking to its page', () => {
    const markers = mapMarkers([
      group('northampton', { city: 'Northampton', region: 'MA', country: 'US', latitude: 42.32, longitude: -72.63, visibility: 'exact' }),
      group('online-only'),
      group('hidden', { city: 'Amherst', region: 'MA', country: 'US', visibility: 'on-request' }),
      group('broken', { city: 'X', region: 'MA', country: 'US', latitude: Number.NaN, longitude: 3, visibility: 'exact' }),
      group('san josé', { city: 'San José', region: 'CA', country: 'US', latitude: 0, longitude: 0, visibility: 'approximate' }),
    ]);
    expect(markers).toEqual([
      { slug: 'northampton', name: 'Harm Reduction Works-HRW northampton', href: '/groups/northampton', latitude: 42.32, longitude: -72.63 },
      { slug: 'san josé', name: 'Harm Reduction Works-HRW san josé', href: '/groups/san%20jos%C3%A9', latitude: 0, longitude: 0 },
    ]);
  });

  it('come with words that point to the list', () => {
    expect(mapSummary(2, 2)).toBe('The map shows all 2 groups listed. The list has the same groups in words.');
    expect(mapSummary(1, 3)).toBe('The map shows 1 of the 3 groups listed; the others have no public position. The list has them all in words.');
  });
});
