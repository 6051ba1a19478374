/**
 * The local path a `next=` parameter may send a signed-in user to, or null.
 *
 * The target is resolved the way the browser will resolve it (the URL parser drops tabs and
 * newlines, turns `\` into `/` and reads `//host` as another site), and accepted only when it
 * stays on our origin. Checking the raw string instead let `/\t/evil.example` through.
 */
export function safeLocalPath(value: string | null, origin: string): string | null {
  if (!value || !value.startsWith('/')) return null;
  let target: URL;
  try {
    target = new URL(value, origin);
  } catch {
    return null;
  }
  if (target.origin !== new URL(origin).origin) return null;
  // What the browser would open, rebuilt from the parsed parts: never the raw input.
  return `${target.pathname}${target.search}${target.hash}`;
}
