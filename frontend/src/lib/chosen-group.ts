/**
 * The group a host of several last acted as (in host mode, a form, "This helped"), so the next place starts there.
 * Kept on this device only, and forgotten at sign-out: on a shared device it would otherwise say whose group it is.
 */
const KEY = 'hrw-host-group';

/** The remembered group when the person still hosts it; null otherwise, or when storage is off. */
export function rememberedGroup(groups: readonly { slug: string }[]): string | null {
  let slug: string | null = null;
  try {
    slug = localStorage.getItem(KEY);
  } catch {
    return null;
  }
  return groups.some((group) => group.slug === slug) ? slug : null;
}

export function rememberGroup(slug: string): void {
  try {
    localStorage.setItem(KEY, slug);
  } catch {
    // Storage off: the choice holds for this page only.
  }
}

export function forgetChosenGroup(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing was kept.
  }
}
