import { groupPath, type GroupSummary } from '../api/groups.js';

/** One group on the finder's map, at the position its listing makes public. */
export interface MapMarker {
  slug: string;
  name: string;
  href: string;
  latitude: number;
  longitude: number;
}

function isCoordinate(value: unknown, limit: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;
}

/** The results that have a public position, as markers; groups without one (online, on request) are left out. */
export function mapMarkers(groups: readonly GroupSummary[]): MapMarker[] {
  return groups.flatMap((group) => {
    const latitude = group.place?.latitude;
    const longitude = group.place?.longitude;
    if (!isCoordinate(latitude, 90) || !isCoordinate(longitude, 180)) {
      return [];
    }
    return [{ slug: group.slug, name: group.name, href: groupPath(group.slug), latitude, longitude }];
  });
}

/** The words beside the map, so the list stays the way to read the results. */
export function mapSummary(shown: number, total: number): string {
  if (total === 0) {
    return 'No groups to show on the map.';
  }
  const groups = `${shown} of the ${total} ${total === 1 ? 'group' : 'groups'} listed`;
  return shown === total
    ? `The map shows all ${total} ${total === 1 ? 'group' : 'groups'} listed. The list has the same groups in words.`
    : `The map shows ${groups}; the others have no public position. The list has them all in words.`;
}
