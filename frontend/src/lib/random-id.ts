/**
 * A random identifier of 32 or 36 letters, digits and hyphens: a UUID where the browser offers one (only on https
 * and localhost), else 16 random bytes in hex, which every browser can make.
 */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
