import type { Violation } from '../api/client.js';
import type { Group, GroupInput } from '../api/groups.js';

export const NAME_PREFIX = 'Harm Reduction Works-HRW';

/** The name a listing will carry: "Harm Reduction Works-HRW Northampton". */
export function groupName(locality: string): string {
  const place = locality.trim().replace(/\s+/g, ' ');
  return place ? `${NAME_PREFIX} ${place}` : NAME_PREFIX;
}

/**
 * The form's fields in the order they appear, by id. The town search stands for city, region, country and the
 * position: people choose a town, they do not type coordinates.
 */
export const FIELD_ORDER = [
  'locality',
  'description',
  'format',
  'focus',
  'focusOther',
  'attendance',
  'town',
  'venue',
  'address',
  'postalCode',
  'locationVisibility',
  'locationNotes',
  'onlineUrl',
  'onlineVisibility',
  'recurrence',
  'days',
  'weekOfMonth',
  'firstDate',
  'start',
  'durationMinutes',
  'timeZone',
  'offerings',
  'offeringOther',
  'languages',
  'accessibilityNotes',
  'contactMethod',
  'publicEmail',
  'privateEmail',
] as const;

export type FieldId = (typeof FIELD_ORDER)[number] | 'form';

export const CHOOSE_TOWN = 'Choose the town from the list, so people nearby can find the group.';

const TOWN_PARTS = new Set(['city', 'region', 'country', 'latitude', 'longitude']);

/**
 * Which field a server violation belongs to: "schedule.durationMinutes" -> "durationMinutes",
 * "listing.locality" (an edit) -> "locality", "latitude" -> "town". Anything else goes with the form as a whole.
 */
export function fieldForViolation(path: string): FieldId {
  const parts = path.split('.').filter((part) => part !== 'listing' && part !== 'input' && !/^(register|update)/.test(part));
  const last = (parts.pop() ?? path).replace(/\[\d+\]$/, '');
  if (TOWN_PARTS.has(last)) {
    return 'town';
  }
  if (last === 'locationVisibility' || last === 'visibility') {
    return 'locationVisibility';
  }
  return (FIELD_ORDER as readonly string[]).includes(last) ? (last as FieldId) : 'form';
}

/** Violation messages keyed by the form field they belong to, several joined with "; ". */
export function fieldErrors(violations: readonly Violation[]): Partial<Record<FieldId, string>> {
  const errors: Partial<Record<FieldId, string>> = {};
  for (const violation of violations) {
    const field = fieldForViolation(violation.field);
    const message = /(^|\.)(latitude|longitude)$/.test(violation.field)
      ? CHOOSE_TOWN
      : field === 'form'
        ? `${violation.field} ${violation.message}`
        : violation.message;
    const known = errors[field];
    if (!known) {
      errors[field] = message;
    } else if (!known.split('; ').includes(message)) {
      errors[field] = `${known}; ${message}`;
    }
  }
  return errors;
}

/** The first field, in the form's order, that needs another look. */
export function firstErrorField(errors: Partial<Record<FieldId, string>>): FieldId | null {
  return FIELD_ORDER.find((field) => errors[field]) ?? (errors.form ? 'form' : null);
}

export function blankInput(timeZone: string): GroupInput {
  return {
    locality: '',
    description: '',
    format: 'open',
    focus: [],
    focusOther: '',
    attendance: 'in-person',
    venue: '',
    address: '',
    city: '',
    region: '',
    postalCode: '',
    country: 'US',
    latitude: null,
    longitude: null,
    locationNotes: '',
    locationVisibility: 'approximate',
    onlineUrl: '',
    onlineVisibility: 'on-request',
    schedule: {
      recurrence: 'weekly',
      days: [],
      weekOfMonth: null,
      firstDate: null,
      start: '19:00',
      durationMinutes: 90,
      timeZone,
    },
    offerings: [],
    offeringOther: '',
    languages: ['en'],
    accessibilityNotes: '',
    contactMethod: 'form',
    publicEmail: '',
    privateEmail: '',
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** "Harm Reduction Works-HRW Northampton (example)" -> "Northampton (example)" */
function localityOf(name: string): string {
  return name.startsWith(NAME_PREFIX) ? name.slice(NAME_PREFIX.length).trim() : name;
}

/** A listing as the edit form starts from it; private details come along when the server sends them to a host. */
export function inputFromGroup(group: Group): GroupInput {
  const blank = blankInput(group.schedule.timeZone);
  const hidden = group.privateDetails ?? {};
  const place = group.place;
  return {
    ...blank,
    locality: text(hidden.locality) || localityOf(group.name),
    description: group.description,
    format: group.format,
    focus: [...group.focus],
    focusOther: group.focusOther ?? '',
    attendance: group.attendance,
    venue: place?.venue ?? text(hidden.venue),
    address: place?.address ?? text(hidden.address),
    city: place?.city ?? '',
    region: place?.region ?? '',
    postalCode: place?.postalCode ?? text(hidden.postalCode),
    country: place?.country ?? 'US',
    latitude: place?.latitude ?? (typeof hidden.latitude === 'number' ? hidden.latitude : null),
    longitude: place?.longitude ?? (typeof hidden.longitude === 'number' ? hidden.longitude : null),
    locationNotes: place?.notes ?? text(hidden.locationNotes),
    locationVisibility: place?.visibility ?? 'approximate',
    onlineUrl: group.onlineUrl ?? text(hidden.onlineUrl),
    onlineVisibility: group.onlineLinkOnRequest ? 'on-request' : group.onlineUrl ? 'public' : 'on-request',
    schedule: {
      recurrence: group.schedule.recurrence,
      days: [...group.schedule.days],
      weekOfMonth: group.schedule.weekOfMonth ?? null,
      firstDate: group.schedule.firstDate ?? null,
      start: group.schedule.start.slice(0, 5),
      durationMinutes: group.schedule.durationMinutes,
      timeZone: group.schedule.timeZone,
    },
    offerings: [...group.offerings],
    offeringOther: group.offeringOther ?? '',
    languages: group.languages.length > 0 ? [...group.languages] : ['en'],
    accessibilityNotes: group.accessibilityNotes ?? '',
    contactMethod: group.contact.method,
    publicEmail: group.contact.email ?? '',
    privateEmail: text(hidden.privateEmail),
  };
}

/** US time zones first, then the viewer's own if it is not among them. */
export function timeZoneChoices(viewerZone: string): string[] {
  const zones = [
    'America/New_York',
    'America/Chicago',
    'America/Denver',
    'America/Phoenix',
    'America/Los_Angeles',
    'America/Anchorage',
    'Pacific/Honolulu',
    'America/Puerto_Rico',
  ];
  return zones.includes(viewerZone) ? zones : [...zones, viewerZone];
}
