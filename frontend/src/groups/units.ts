import { msg, str } from '@lit/localize';
import { formatNumber } from '../i18n/format.js';

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

/** "2.0 mi", "26 mi", "3,2 km": one decimal under ten, none above, in the current language. */
function inUnit(value: number, unit: DistanceUnit): string {
  const digits = value < 10 ? 1 : 0;
  return formatNumber(value, {
    style: 'unit',
    unit: unit === 'mi' ? 'mile' : 'kilometer',
    unitDisplay: 'short',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** "less than 1 mi" under one of the unit, else the distance in it. */
function distanceIn(value: number, unit: DistanceUnit): string {
  if (value < 1) {
    const one = whole(1, unit);
    return msg(str`less than ${one}`);
  }
  return inUnit(value, unit);
}

/** "2.0 mi · 3.2 km away" (or kilometres first); a group under one of the units away is "less than 1". */
export function distanceText(km: number, unit: DistanceUnit): string {
  const miles = km / KM_PER_MILE;
  const [first, second] = unit === 'mi' ? [distanceIn(miles, 'mi'), distanceIn(km, 'km')] : [distanceIn(km, 'km'), distanceIn(miles, 'mi')];
  const text = msg(str`${first} · ${second} away`, { desc: 'How far a group meets from the place searched, in two units' });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A whole number of a unit: "16 mi", "25 km". */
function whole(value: number, unit: DistanceUnit): string {
  return formatNumber(Math.round(value), { style: 'unit', unit: unit === 'mi' ? 'mile' : 'kilometer', unitDisplay: 'short' });
}

/** A radius choice, in both units: "16 mi (25 km)" or "25 km (16 mi)". */
export function radiusText(km: number, unit: DistanceUnit): string {
  const miles = km / KM_PER_MILE;
  return unit === 'mi' ? `${whole(miles, 'mi')} (${whole(km, 'km')})` : `${whole(km, 'km')} (${whole(miles, 'mi')})`;
}

/** A radius in a heading, where a phone has room for one unit only: "16 mi" or "25 km". */
export function radiusShortText(km: number, unit: DistanceUnit): string {
  return unit === 'mi' ? whole(km / KM_PER_MILE, 'mi') : whole(km, 'km');
}
