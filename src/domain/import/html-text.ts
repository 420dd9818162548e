/**
 * TimelineJS text is HTML. We keep its words, its paragraph and line breaks and the targets of its
 * http(s) links, as plain data the app renders itself; every tag, attribute, script and style is
 * dropped, so nothing from an imported file becomes markup or runs.
 *
 * htmlparser2 reads the HTML: a maintained, forgiving, DOM-free tokenizer (the same in the browser
 * and in Node) that decodes entities and knows that <script> and <style> hold raw text. It is only
 * loaded with the importers.
 */
import { Parser } from 'htmlparser2';
import type { EventLink } from '../dataset-schema';
import { httpAddress } from './ids';

export interface PlainText {
  /** Paragraphs separated by a blank line, lines within one by a line break; trimmed. */
  readonly text: string;
  /** The http(s) links the text made, each once, in order; their words stay in `text`. */
  readonly links: readonly EventLink[];
}

/** Elements whose content is not text a reader sees. */
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'svg',
  'math',
  'head',
  'title',
  'textarea',
  'select',
]);

const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'tr',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'hr',
]);

const HTML_SPACE = /[ \t\n\f\r]+/g;
const LOOKS_LIKE_MARKUP = /<[a-zA-Z!/?]/;

/** Collapses HTML white space (not the no-break space, which HTML keeps) and trims. */
function tidy(text: string): string {
  return text.replace(HTML_SPACE, ' ').trim();
}

export function htmlToText(html: string): PlainText {
  // A cell typed in a spreadsheet has no tags: its line breaks are meant, so they are kept.
  const source = LOOKS_LIKE_MARKUP.test(html) ? html : html.replace(/\r\n?|\n/g, '<br>');
  let out = '';
  let skipping = 0;
  let link: { url: string | null; from: number } | null = null;
  const links: EventLink[] = [];

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED.has(name)) skipping++;
        else if (name === 'br') out += '\n';
        else if (BLOCKS.has(name)) out += '\n\n';
        else if (name === 'a' && link === null) {
          link = { url: httpAddress(attributes.href ?? ''), from: out.length };
        }
      },
      ontext(text) {
        if (skipping === 0) out += text.replace(HTML_SPACE, ' ');
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCKS.has(name)) out += '\n\n';
        else if (name === 'a' && link !== null) {
          const { url, from } = link;
          link = null;
          if (url !== null && !links.some((l) => l.url === url)) {
            const words = tidy(out.slice(from));
            links.push(words === '' || words === url ? { url } : { url, text: words });
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(source);
  parser.end();

  const text = out
    .split(/\n[ \t\f\r]*\n\s*/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map(tidy)
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  return { text, links };
}

/** A headline or caption: one line of words. */
export function htmlToLine(html: string): string {
  return tidy(htmlToText(html).text);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** Text as HTML text: what htmlToLine reads back to the same line. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

/** Plain text as HTML that htmlToText reads back to the same text (for exports). */
export function textToHtml(text: string): string {
  return text
    .split('\n\n')
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}
