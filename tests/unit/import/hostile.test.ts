// @vitest-environment node
/**
 * The hostile-input corpus, through the importers: markup in an imported file stays words (or
 * goes), only http(s) addresses survive as links, and nothing that could run is kept as markup.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain/dataset-schema';
import { importDataset } from '../../../src/domain/import/import-dataset';
import { valid } from './fixtures';

const MARKUP = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"><text>svg</text></svg>',
  '"><iframe src="javascript:window.__pwned=1"></iframe>',
  '<a href="javascript:window.__pwned=1">click</a>',
  '<a href=" JaVaScRiPt:window.__pwned=1">click</a>',
  '<a href="data:text/html,<script>window.__pwned=1</script>">data</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<style>body{display:none}</style>',
  '<div style="background:url(javascript:1)">styled</div>',
  '<!-- <script>window.__pwned=1</script> -->comment',
];
const BAD_URLS = [
  'javascript:window.__pwned=1',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '//evil.example/x',
  '<iframe src="https://evil.example"></iframe>',
];

function everyString(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) everyString(v, out);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) everyString(v, out);
  return out;
}

function urls(d: Dataset): string[] {
  return d.events.flatMap((e) => [
    ...(e.media ? [e.media.url] : []),
    ...(e.links ?? []).map((l) => l.url),
  ]);
}

/** No markup survives; text such as "javascript:…" may, as words the app shows as text. */
function expectHarmless(d: Dataset) {
  for (const s of everyString(d)) {
    expect(s).not.toMatch(/<\s*(script|img|svg|iframe|a|style|div)\b/i);
  }
  for (const u of urls(d)) expect(u).toMatch(/^https?:\/\//);
}

describe('hostile imports', () => {
  it('TimelineJS: markup in any text field goes, javascript: and data: links are dropped', () => {
    const events = [...MARKUP, ...BAD_URLS].map((bad, i) => ({
      start_date: { year: 1949 + i },
      text: { headline: `Headline ${i} ${bad}`, text: `<p>Text ${bad}</p>` },
      display_date: bad,
      group: `<b onclick="x()">Group</b> ${i % 3}<script>1</script>`,
      media: { url: bad, credit: bad, caption: bad },
    }));
    const d = valid(
      importDataset(JSON.stringify({ title: { text: { headline: MARKUP[0] } }, events })),
    );
    expect(d.events).toHaveLength(events.length);
    expectHarmless(d);
    expect(d.events[4]?.summary).toBe('Text click');
    expect(urls(d)).toEqual([]);
    expect(d.sides.map((s) => s.name)).toEqual(['Group 0', 'Group 1', 'Group 2']);
  });

  it('TimelineJS: markup written as entities stays text, never becomes markup', () => {
    const d = valid(
      importDataset(
        JSON.stringify({
          events: [
            {
              start_date: { year: 2000 },
              text: { headline: '&lt;script&gt;alert(1)&lt;/script&gt;' },
            },
          ],
        }),
      ),
    );
    // Text the app renders as text (React escapes it): shown as the characters, never parsed.
    expect(d.events[0]?.title).toBe('<script>alert(1)</script>');
  });

  it('sheets: the same corpus in every text cell, and in the Media column', () => {
    const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
    const rows = [...MARKUP, ...BAD_URLS].map((bad, i) =>
      [String(1949 + i), `Headline ${bad}`, `Text ${bad}`, bad, bad, bad, `G ${i % 3}`]
        .map(quote)
        .join(','),
    );
    const text = ['Year,Headline,Text,Display Date,Media,Media Caption,Group', ...rows].join('\n');
    const d = valid(importDataset(text));
    expect(d.events).toHaveLength(rows.length);
    expectHarmless(d);
    expect(urls(d)).toEqual([]);
  });

  it('sheets: an http(s) link in the text is kept, as data, beside its words', () => {
    const d = valid(
      importDataset(
        'Year,Headline,Text\n1961,Treaty,"Read <a href=""https://example.org/t"" onclick=""x()"">the treaty</a>."\n',
      ),
    );
    expect(d.events[0]?.summary).toBe('Read the treaty.');
    expect(d.events[0]?.links).toEqual([{ url: 'https://example.org/t', text: 'the treaty' }]);
  });
});
