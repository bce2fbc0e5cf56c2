/**
 * Distances as the viewer reads them: miles first where people measure road distances in miles, kilometres first
 * elsewhere. The API always speaks kilometres (distanceKm, radiusKm); only the words change.
 */

const KM_PER_MILE = 1.609344;
/** The US, the UK, Liberia and Myanmar. */
const MILE_REGIONS = new Set(['US', 'GB', 'LR', 'MM']);

export type DistanceUnit = 'mi' | 'km';

/**
 * The unit of the viewer's first language: "en-US" and plain "en" (which most browsers mean as US English) read
 * miles; "en-CA", "es" or "es-MX" read kilometres, "es-US" miles.
 */
export function viewerUnit(languages: readonly string[] = navigator.languages ?? [navigator.language]): DistanceUnit {
  const first = languages[0];
  if (!first) {
    return 'mi';
  }
  try {
    const region = new Intl.Locale(first).maximize().region;
    return region && MILE_REGIONS.has(region) ? 'mi' : 'km';
  } catch {
    return 'mi';
  }
}

function oneDecimal(value: number): string {
  return value < 10 ? value.toFixed(1) : String(Math.round(value));
}

/** "2.0 mi · 3.2 km away" (or kilometres first); a group under one of the units away is "less than 1". */
export function distanceText(km: number, unit: DistanceUnit): string {
  const miles = km / KM_PER_MILE;
  const inKm = km < 1 ? 'less than 1 km' : `${oneDecimal(km)} km`;
  const inMiles = miles < 1 ? 'less than 1 mi' : `${oneDecimal(miles)} mi`;
  const text = unit === 'mi' ? `${inMiles} · ${inKm} away` : `${inKm} · ${inMiles} away`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A radius choice, in both units: "16 mi (25 km)" or "25 km (16 mi)". */
export function radiusText(km: number, unit: DistanceUnit): string {
  const miles = Math.round(km / KM_PER_MILE);
  return unit === 'mi' ? `${miles} mi (${km} km)` : `${km} km (${miles} mi)`;
}

/** A radius in a heading, where a phone has room for one unit only: "16 mi" or "25 km". */
export function radiusShortText(km: number, unit: DistanceUnit): string {
  return unit === 'mi' ? `${Math.round(km / KM_PER_MILE)} mi` : `${km} km`;
}
