/**
 * The `<head>` tags of the prerendered pages: title, description, canonical link, Open Graph and
 * Twitter card tags, and JSON-LD. Pure string building (scripts/prerender.ts writes the files);
 * every value from the dataset is escaped, never trusted as HTML.
 */
import type { Timeline, TimelineEvent } from '../domain/timeline-model';
import { eventPagePath } from './event-page-path';

export const SITE_NAME = 'China–North Korea relations: a timeline';

export interface HeadTags {
  readonly title: string;
  readonly description: string;
  /** Absolute. */
  readonly canonical: string;
  readonly ogType: 'website' | 'article';
  /** Structured data, or null where none would be honest. */
  readonly jsonLd: unknown;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
};

/** For text and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** JSON inside `<script type="application/ld+json">`: no `</script>` or `<!--` can close it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}

/** Descriptions are cut at a word near 200 characters: what link previews show. */
export function shortDescription(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The site's root with exactly one trailing slash; refuses anything but an http(s) URL. */
export function siteRoot(siteUrl: string): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(`SITE_URL: "${siteUrl}" is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: "${siteUrl}" must be an http: or https: URL`);
  }
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

export function homeHead(timeline: Timeline, site: string): HeadTags {
  return {
    title: SITE_NAME,
    description: shortDescription(
      `An interactive timeline of ${timeline.dataset.title.replace(/,\s*/, ', ')}: ${timeline.events.length} events, each with its sources, drawn from news articles.`,
    ),
    canonical: site,
    ogType: 'website',
    // The list of events is in the page itself (and its links in the sitemap); structured data
    // here would only repeat it, in bytes every first visit pays for.
    jsonLd: null,
  };
}

/**
 * An event's page. Its structured data is a WebPage about the event, citing the articles it is
 * drawn from: we summarise reporting, we are not the news organisation, so no NewsArticle of our
 * own; and the event carries a date only when the date is an exact day (schema.org wants one).
 */
export function eventHead(timeline: Timeline, e: TimelineEvent, site: string): HeadTags {
  const canonical = new URL(eventPagePath(e.id), site).href;
  const citations = e.data.sources
    .map((id) => timeline.sourceById.get(id))
    .filter((s) => s !== undefined)
    .map((s) => ({
      '@type': 'NewsArticle',
      headline: s.headline,
      publisher: { '@type': 'Organization', name: s.outlet },
      ...(/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s.published) ? { datePublished: s.published } : {}),
      ...(s.url ? { url: s.url } : {}),
    }));
  const iso = /^(\d{4}-\d{2}-\d{2})$/.exec(e.data.date)?.[1];
  return {
    title: `${e.data.title} (${e.dateLabel}) · ${SITE_NAME}`,
    description: shortDescription(`${e.dateLabel}: ${e.data.summary}`),
    canonical,
    ogType: 'article',
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      name: e.data.title,
      url: canonical,
      description: e.data.summary,
      isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: site },
      about: {
        '@type': 'Event',
        name: e.data.title,
        description: e.data.summary,
        ...(iso ? { startDate: iso } : {}),
      },
      citation: citations,
    },
  };
}

/** The tags, one per line, indented for the built page's head. */
export function headHtml(tags: HeadTags): string {
  const meta = (attr: 'name' | 'property', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  const lines = [
    `<title>${escapeHtml(tags.title)}</title>`,
    meta('name', 'description', tags.description),
    `<link rel="canonical" href="${escapeHtml(tags.canonical)}" />`,
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:type', tags.ogType),
    meta('property', 'og:title', tags.title),
    meta('property', 'og:description', tags.description),
    meta('property', 'og:url', tags.canonical),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', tags.title),
    meta('name', 'twitter:description', tags.description),
  ];
  if (tags.jsonLd !== null) {
    lines.push(`<script type="application/ld+json">${jsonForScript(tags.jsonLd)}</script>`);
  }
  return lines.map((l) => `    ${l}`).join('\n');
}
