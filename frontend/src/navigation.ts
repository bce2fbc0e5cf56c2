import { msg } from '@lit/localize';

export interface NavLink {
  href: string;
  /** In the current language, so read it at render time. */
  label: () => string;
}

/** The sections in the header, in the order people are most likely to want them. */
export const primaryLinks: readonly NavLink[] = [
  { href: '/script', label: () => msg('Script') },
  { href: '/groups', label: () => msg('Groups') },
  { href: '/exercises', label: () => msg('Exercises') },
  { href: '/learnings', label: () => msg('Learnings') },
  { href: '/start-a-group', label: () => msg('Start a group') },
];

/** The foundations, always one step away in the footer, and the page for people building tools on the API. */
export const footerLinks: readonly NavLink[] = [
  { href: '/', label: () => msg('Start here') },
  { href: '/start-a-group', label: () => msg('Start a group') },
  { href: '/hosting', label: () => msg('Hosting a meeting') },
  { href: '/developers', label: () => msg('Use the API') },
];
