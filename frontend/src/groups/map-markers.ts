import { msg, str } from '@lit/localize';
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
    return msg('No groups to show on the map.');
  }
  if (shown === total) {
    return total === 1
      ? msg('The map shows the 1 group listed. The list has the same group in words.')
      : msg(str`The map shows all ${total} groups listed. The list has the same groups in words.`);
  }
  return total === 1
    ? msg(str`The map shows ${shown} of the 1 group listed; it has no public position. The list has it in words.`)
    : msg(str`The map shows ${shown} of the ${total} groups listed; the others have no public position. The list has them all in words.`);
}
