import { msg, str } from '@lit/localize';
import type { GroupPlace } from '../api/groups.js';

/** "Northampton, MA 01060" */
export function townLine(place: GroupPlace): string {
  return `${place.city}, ${place.region}${place.postalCode ? ` ${place.postalCode}` : ''}`;
}

/**
 * A directions link on OpenStreetMap, only for a place whose exact address is public: a plain outbound link the
 * visitor chooses to follow. Null otherwise.
 */
export function directionsUrl(place: GroupPlace | undefined): string | null {
  if (!place || place.visibility !== 'exact' || !place.address) {
    return null;
  }
  if (place.latitude !== undefined && place.longitude !== undefined) {
    return `https://www.openstreetmap.org/directions?route=${encodeURIComponent(`;${place.latitude},${place.longitude}`)}`;
  }
  const to = [place.address, place.city, place.region, place.postalCode, place.country].filter(Boolean).join(', ');
  return `https://www.openstreetmap.org/directions?to=${encodeURIComponent(to)}`;
}

/** What the page says about where a group meets, given how much of it the host made public. */
export function placeSummary(place: GroupPlace): string {
  switch (place.visibility) {
    case 'approximate': {
      const town = `${place.city}, ${place.region}`;
      return msg(str`Near ${town}; the exact place is shared when you ask.`);
    }
    case 'on-request': {
      const town = `${place.city}, ${place.region}`;
      return msg(str`In the ${town} area; the place is shared when you ask.`);
    }
    default:
      return [place.venue, place.address, townLine(place)].filter(Boolean).join(', ');
  }
}
