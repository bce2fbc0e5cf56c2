export interface NavLink {
  href: string;
  label: string;
}

/** The sections in the header, in the order people are most likely to want them. */
export const primaryLinks: readonly NavLink[] = [
  { href: '/script', label: 'Script' },
  { href: '/groups', label: 'Groups' },
  { href: '/exercises', label: 'Exercises' },
  { href: '/learnings', label: 'Learnings' },
  { href: '/start-a-group', label: 'Start a group' },
];

/** The foundations, always one step away in the footer, and the page for people building tools on the API. */
export const footerLinks: readonly NavLink[] = [
  { href: '/', label: 'Start here' },
  { href: '/start-a-group', label: 'Start a group' },
  { href: '/hosting', label: 'Hosting a meeting' },
  { href: '/developers', label: 'Use the API' },
];
