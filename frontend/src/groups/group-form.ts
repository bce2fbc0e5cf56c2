import { msg, str } from '@lit/localize';
import type { Group, GroupInput } from '../api/groups.js';
import { tooLong, type FieldSpecs } from '../lib/form-check.js';
import { NETWORK_NAME, groupPlace } from '../lib/network-name.js';

export const NAME_PREFIX = NETWORK_NAME;

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

export function chooseTown(): string {
  return msg('Choose the town from the list, so people nearby can find the group');
}

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
    noun: () => msg('the place name'),
    rule: ({ locality }) => {
      const place = locality.trim();
      if (!place) {
        return msg('Enter the group’s place name, such as your town or neighbourhood');
      }
      if (!/^[\p{L}\p{N} .,'’()&/-]*$/u.test(place)) {
        return msg('Use only letters, numbers, spaces and . , ’ ( ) & / - in the place name');
      }
      return tooLong(place, 80, msg('the place name'));
    },
  },
  description: { noun: () => msg('the description'), rule: ({ description }) => tooLong(description, 2000, msg('the description')) },
  format: { noun: () => msg('the kind of meeting') },
  focus: { noun: () => msg('the focus') },
  focusOther: {
    noun: () => msg('the other focus'),
    rule: (input) =>
      input.focus.includes('other') && !input.focusOther.trim()
        ? msg('Say who the group especially welcomes')
        : tooLong(input.focusOther, 100, msg('the other focus')),
  },
  attendance: { noun: () => msg('how people take part') },
  town: { noun: () => msg('the town'), rule: (input) => (inPerson(input) && (input.latitude === null || input.longitude === null) ? chooseTown() : null) },
  venue: { noun: () => msg('the building or room'), rule: ({ venue }) => tooLong(venue, 200, msg('the building or room')) },
  address: { noun: () => msg('the street address'), rule: ({ address }) => tooLong(address, 200, msg('the street address')) },
  postalCode: { noun: () => msg('the ZIP code'), rule: ({ postalCode }) => tooLong(postalCode, 20, msg('the ZIP code')) },
  locationVisibility: { noun: () => msg('who sees the address') },
  locationNotes: { noun: () => msg('how to find the room'), rule: ({ locationNotes }) => tooLong(locationNotes, 500, msg('how to find the room')) },
  onlineUrl: {
    noun: () => msg('the online meeting link'),
    rule: (input) => {
      const url = input.onlineUrl.trim();
      if (!url) {
        return online(input) ? msg('Enter the link people use to join the online meeting') : null;
      }
      if (!/^https:\/\/\S+$/.test(url)) {
        return msg('Enter the whole link, starting with https://');
      }
      return tooLong(url, 500, msg('the link'));
    },
  },
  onlineVisibility: { noun: () => msg('who sees the link') },
  recurrence: { noun: () => msg('how often the group meets') },
  days: { noun: () => msg('the day'), rule: ({ schedule }) => (schedule.days.length === 0 ? msg('Choose the day the group meets') : null) },
  weekOfMonth: { noun: () => msg('the week of the month') },
  firstDate: {
    noun: () => msg('the date of one meeting'),
    rule: ({ schedule }) =>
      schedule.recurrence === 'every-other-week' && !schedule.firstDate
        ? msg('Enter the date of one meeting, so the directory knows which weeks are meeting weeks')
        : null,
  },
  start: { noun: () => msg('the start time'), rule: ({ schedule }) => (schedule.start ? null : msg('Enter the time the meeting starts')) },
  durationMinutes: {
    noun: () => msg('the length'),
    rule: ({ schedule }) => {
      const minutes = schedule.durationMinutes;
      return Number.isInteger(minutes) && minutes >= 60 && minutes <= 90
        ? null
        : msg('Enter a length from 60 to 90 minutes: the script takes about an hour');
    },
  },
  timeZone: { noun: () => msg('the time zone') },
  offerings: { noun: () => msg('what the group offers') },
  offeringOther: { noun: () => msg('what else the group offers'), rule: ({ offeringOther }) => tooLong(offeringOther, 100, msg('what else the group offers')) },
  languages: {
    noun: () => msg('the languages'),
    rule: ({ languages }) => (languages.length === 0 ? msg('Choose at least one language spoken at the group') : null),
  },
  accessibilityNotes: {
    noun: () => msg('the access notes'),
    rule: ({ accessibilityNotes }) => tooLong(accessibilityNotes, 1000, msg('the access notes')),
  },
  contactMethod: { noun: () => msg('how people reach the hosts') },
  publicEmail: {
    noun: () => msg('the email address shown on the listing'),
    rule: (input) => {
      const email = input.publicEmail.trim();
      if (!email) {
        return input.contactMethod === 'email' ? msg('Enter the email address to show on the listing') : null;
      }
      return EMAIL.test(email)
        ? tooLong(email, 254, msg('the email address'))
        : msg('Enter the email address to show in the form name@example.org');
    },
  },
  privateEmail: {
    noun: () => msg('the private email address'),
    rule: ({ privateEmail }) => {
      const email = privateEmail.trim();
      if (!email) {
        return msg('Enter the private email address where messages from people who want to come arrive');
      }
      return EMAIL.test(email) ? tooLong(email, 254, msg('the email address')) : msg('Enter the private email address in the form name@example.org');
    },
  },
};

/**
 * The server's listing messages that read better said our own way. The server words them in the app's language, so
 * a place name that restates the network's name is known by its start in either.
 */
export function groupServerWords(field: FieldId, message: string): string | null {
  if (field === 'locality' && /^(is what follows|es lo que va después)/.test(message)) {
    return msg(str`Enter only the place, such as Northampton: “${NAME_PREFIX}” is added to the name for you`);
  }
  if (field === 'town') {
    return chooseTown();
  }
  if (field === 'timeZone') {
    return msg('Choose the time zone from the list');
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

/** A listing as the edit form starts from it; private details come along when the server sends them to a host. */
export function inputFromGroup(group: Group): GroupInput {
  const blank = blankInput(group.schedule.timeZone);
  const hidden = group.privateDetails ?? {};
  const place = group.place;
  return {
    ...blank,
    locality: text(hidden.locality) || groupPlace(group.name),
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
