/** Returns the URL when it is absolute http(s), else null: no javascript:, data: or relative links. */
export function safeHttpUrl(value: string): string | null {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export type ResolvedUrl = { ok: true; url: string } | { ok: false; message: string };

/**
 * Resolves a dataset address a reader supplied (`?data=`, an attribute, a prop) against the page,
 * refusing anything that is not http(s) — javascript:, data:, file: and the like.
 */
export function resolveDatasetUrl(value: string, base: string): ResolvedUrl {
  const shown = value.length > 120 ? `${value.slice(0, 117)}…` : value;
  let u: URL;
  try {
    u = new URL(value.trim(), base);
  } catch {
    return { ok: false, message: `"${shown}" is not a valid address for a dataset.` };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    return {
      ok: false,
      message: `The dataset address must be an http(s) URL; "${shown}" uses ${u.protocol}`,
    };
  }
  return { ok: true, url: u.href };
}
