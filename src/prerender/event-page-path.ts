/**
 * Where each event's own page is, relative to the site's root (the app's base): the build writes
 * `events/<id>/index.html` (scripts/prerender.ts) and the detail panel's "Copy link" gives it.
 */
export function eventPagePath(id: string): string {
  return `events/${encodeURIComponent(id)}/`;
}

/** The event a page's path names (`…/events/<id>/`, relative to the base), or null. */
export function eventFromPath(pathname: string, basePathname: string): string | null {
  if (!pathname.startsWith(basePathname)) return null;
  const m = /^events\/([a-z0-9][a-z0-9-]{0,63})\/(?:index\.html)?$/.exec(
    pathname.slice(basePathname.length),
  );
  return m?.[1] ?? null;
}
