import type { Group, GroupInput } from '../api/groups.js';
import { tooLong, type FieldSpecs } from '../lib/form-check.js';

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

export type FieldId = (typeof FIELD_ORDER)[number];

export const CHOOSE_TOWN = 'Choose the town from the list, so people nearby can find the group.';

const TOWN_PARTS = new Set(['city', 'region', 'country', 'latitude', 'longitude']);

/**
 * Which field a server violation belongs to: "schedule.durationMinutes" -> "durationMinutes",
 * "listing.locality" (an edit) -> "locality", "latitude" -> "town". Null for anything else.
 */
export function fieldForViolation(path: string): FieldId | null {
  const parts = path.split('.').filter((part) => part !== 'listing' && part !== 'input' && !/^(register|update)/.test(part));
  const last = (parts.pop() ?? path).replace(/\[\d+\]$/, '');
  if (TOWN_PARTS.has(last)) {
    return 'town';
  }
  if (last === 'locationVisibility' || last === 'visibility') {
    return 'locationVisibility';
  }
  return (FIELD_ORDER as readonly string[]).includes(last) ? (last as FieldId) : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const inPerson = (input: GroupInput) => input.attendance !== 'online';
const online = (input: GroupInput) => input.attendance !== 'in-person';

/**
 * What each field needs, in plain words; the server's Bean Validation and listing rules say the same. Two are left
 * to the server alone: a place name that restates the network's name (it folds accents and spellings the same way
 * as the names it makes), and the time zone, which is chosen from a list.
 */
export const GROUP_FIELDS: FieldSpecs<GroupInput, FieldId> = {
  locality: {
    noun: 'the place name',
    rule: ({ locality }) => {
      const place = locality.trim();
      if (!place) {
        return 'Enter the group’s place name, such as your town or neighbourhood';
      }
      if (!/^[\p{L}\p{N} .,'’()&/-]*$/u.test(place)) {
        return 'Use only letters, numbers, spaces and . , ’ ( ) & / - in the place name';
      }
      return tooLong(place, 80, 'the place name');
    },
  },
  description: { noun: 'the description', rule: ({ description }) => tooLong(description, 2000, 'the description') },
  format: { noun: 'the kind of meeting' },
  focus: { noun: 'the focus' },
  focusOther: {
    noun: 'the other focus',
    rule: (input) =>
      input.focus.includes('other') && !input.focusOther.trim()
        ? 'Say who the group especially welcomes'
        : tooLong(input.focusOther, 100, 'the other focus'),
  },
  attendance: { noun: 'how people take part' },
  town: { noun: 'the town', rule: (input) => (inPerson(input) && (input.latitude === null || input.longitude === null) ? CHOOSE_TOWN : null) },
  venue: { noun: 'the building or room', rule: ({ venue }) => tooLong(venue, 200, 'the building or room') },
  address: { noun: 'the street address', rule: ({ address }) => tooLong(address, 200, 'the street address') },
  postalCode: { noun: 'the ZIP code', rule: ({ postalCode }) => tooLong(postalCode, 20, 'the ZIP code') },
  locationVisibility: { noun: 'who sees the address' },
  locationNotes: { noun: 'how to find the room', rule: ({ locationNotes }) => tooLong(locationNotes, 500, 'how to find the room') },
  onlineUrl: {
    noun: 'the online meeting link',
    rule: (input) => {
      const url = input.onlineUrl.trim();
      if (!url) {
        return online(input) ? 'Enter the link people use to join the online meeting' : null;
      }
      if (!/^https:\/\/\S+$/.test(url)) {
        return 'Enter the whole link, starting with https://';
      }
      return tooLong(url, 500, 'the link');
    },
  },
  onlineVisibility: { noun: 'who sees the link' },
  recurrence: { noun: 'how often the group meets' },
  days: { noun: 'the day', rule: ({ schedule }) => (schedule.days.length === 0 ? 'Choose the day the group meets' : null) },
  weekOfMonth: { noun: 'the week of the month' },
  firstDate: {
    noun: 'the date of one meeting',
    rule: ({ schedule }) =>
      schedule.recurrence === 'every-other-week' && !schedule.firstDate
        ? 'Enter the date of one meeting, so the directory knows which weeks are meeting weeks'
        : null,
  },
  start: { noun: 'the start time', rule: ({ schedule }) => (schedule.start ? null : 'Enter the time the meeting starts') },
  durationMinutes: {
    noun: 'the length',
    rule: ({ schedule }) => {
      const minutes = schedule.durationMinutes;
      return Number.isInteger(minutes) && minutes >= 60 && minutes <= 90
        ? null
        : 'Enter a length from 60 to 90 minutes: the script takes about an hour';
    },
  },
  timeZone: { noun: 'the time zone' },
  offerings: { noun: 'what the group offers' },
  offeringOther: { noun: 'what else the group offers', rule: ({ offeringOther }) => tooLong(offeringOther, 100, 'what else the group offers') },
  languages: { noun: 'the languages', rule: ({ languages }) => (languages.length === 0 ? 'Choose at least one language spoken at the group' : null) },
  accessibilityNotes: { noun: 'the access notes', rule: ({ accessibilityNotes }) => tooLong(accessibilityNotes, 1000, 'the access notes') },
  contactMethod: { noun: 'how people reach the hosts' },
  publicEmail: {
    noun: 'the email address shown on the listing',
    rule: (input) => {
      const email = input.publicEmail.trim();
      if (!email) {
        return input.contactMethod === 'email' ? 'Enter the email address to show on the listing' : null;
      }
      return EMAIL.test(email) ? tooLong(email, 254, 'the email address') : 'Enter the email address to show in the form name@example.org';
    },
  },
  privateEmail: {
    noun: 'the private email address',
    rule: ({ privateEmail }) => {
      const email = privateEmail.trim();
      if (!email) {
        return 'Enter the private email address where messages from people who want to come arrive';
      }
      return EMAIL.test(email) ? tooLong(email, 254, 'the email address') : 'Enter the private email address in the form name@example.org';
    },
  },
};

/** The server's listing messages that read better said our own way. */
export function groupServerWords(field: FieldId, message: string): string | null {
  if (field === 'locality' && message.startsWith('is what follows')) {
    return 'Enter only the place, such as Northampton: “Harm Reduction Works-HRW” is added to the name for you';
  }
  if (field === 'town') {
    return CHOOSE_TOWN;
  }
  if (field === 'timeZone') {
    return 'Choose the time zone from the list';
  }
  return null;
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
