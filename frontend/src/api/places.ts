import { apiRequest } from './client.js';

/** A town or postal code from the server's gazetteer. */
export interface Place {
  name: string;
  region: string;
  country: string;
  postalCode: string | null;
  latitude: number;
  longitude: number;
  /** "Northampton, MA, US": what a list of places shows, and what to send back as `near`. */
  label: string;
  /** "Northampton, MA", "Northampton, MA 01060", "Northampton, England, GB": how a sentence names it. */
  displayName: string;
  kind: 'city' | 'postal';
}

export interface PlaceMatches {
  items: Place[];
  /** The credit the place data needs wherever suggestions are shown. */
  attribution: string;
}

export const PLACE_QUERY_MIN = 2;
export const PLACE_QUERY_MAX = 100;

/** The suggestions address, or null when the text is too short (or too long) to ask about. */
export function placesUrl(q: string, limit = 8): string | null {
  const text = q.trim();
  if (text.length < PLACE_QUERY_MIN || text.length > PLACE_QUERY_MAX) {
    return null;
  }
  return `/api/v1/places?${new URLSearchParams({ q: text, limit: String(limit) }).toString()}`;
}

export async function suggestPlaces(q: string, signal?: AbortSignal, limit = 8): Promise<PlaceMatches> {
  const url = placesUrl(q, limit);
  if (!url) {
    return { items: [], attribution: '' };
  }
  return apiRequest<PlaceMatches>(url, { authenticate: false, ...(signal ? { signal } : {}) });
}

/** What the finder puts in its "near" box for a chosen place: "Northampton, MA" or a ZIP code. */
export function placeSearchText(place: Place): string {
  if (place.kind === 'postal' && place.postalCode) {
    return place.postalCode;
  }
  return place.displayName;
}
