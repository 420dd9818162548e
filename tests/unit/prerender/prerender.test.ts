import { describe, expect, it } from 'vitest';
import { eventFromPath, eventPagePath } from '../../../src/prerender/event-page-path';
import {
  extractInlineStyles,
  inlineStyleSheet,
  restoreInlineStyles,
} from '../../../src/prerender/inline-styles';
import {
  escapeHtml,
  headHtml,
  jsonForScript,
  shortDescription,
  siteRoot,
} from '../../../src/prerender/page-head';
import { LABEL_FONT, TITLE_FONT, measureText } from '../../../src/timeline/measure-text';

describe('label text widths', () => {
  it('are the sum of the glyph advances, wider for more text and for the bolder date line', () => {
    const title = measureText('Xi visits Pyongyang', TITLE_FONT);
    expect(title).toBeGreaterThan(80);
    expect(title).toBeLessThan(130);
    expect(measureText('Xi visits Pyongyang again', TITLE_FONT)).toBeGreaterThan(title);
    expect(measureText('', TITLE_FONT)).toBe(0);
    expect(measureText('6 Oct 1949', LABEL_FONT)).toBeGreaterThan(0);
    expect(measureText('ab', TITLE_FONT)).toBeCloseTo(
      measureText('a', TITLE_FONT) + measureText('b', TITLE_FONT),
      1,
    );
  });

  it('counts a glyph the table lacks as an em, so a label is never given too little room', () => {
    expect(measureText('朝', TITLE_FONT)).toBe(12);
    expect(measureText('朝鲜', LABEL_FONT)).toBe(22);
  });
});

describe('event page paths', () => {
  it('go both ways, relative to the site root', () => {
    expect(eventPagePath('xi-visits-2019')).toBe('events/xi-visits-2019/');
    expect(eventFromPath('/events/xi-visits-2019/', '/')).toBe('xi-visits-2019');
    expect(eventFromPath('/tl/events/a-1/index.html', '/tl/')).toBe('a-1');
    expect(eventFromPath('/', '/')).toBeNull();
    expect(eventFromPath('/events/Bad_Id/', '/')).toBeNull();
    expect(eventFromPath('/other/events/a/', '/tl/')).toBeNull();
  });
});

describe('head tags', () => {
  it('escape dataset text, and JSON-LD cannot close its script element', () => {
    expect(escapeHtml(`<b title="x">Tom & Jerry's</b>`)).toBe(
      '&lt;b title=&quot;x&quot;&gt;Tom &amp; Jerry&#x27;s&lt;/b&gt;',
    );
    const json = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
    const html = headHtml({
      title: 'A "quoted" <title>',
      description: 'd',
      canonical: 'https://example.org/events/a/',
      ogType: 'article',
      jsonLd: null,
    });
    expect(html).toContain('<title>A &quot;quoted&quot; &lt;title&gt;</title>');
    expect(html).toContain('<meta property="og:url" content="https://example.org/events/a/" />');
    expect(html).not.toContain('ld+json');
  });

  it('cut long descriptions at a word', () => {
    const text = 'word '.repeat(100);
    const short = shortDescription(text, 50);
    expect(short.length).toBeLessThanOrEqual(50);
    expect(short).toMatch(/word…$/);
    expect(shortDescription('  short  text ')).toBe('short text');
  });

  it('take the site root from SITE_URL, with one trailing slash, http(s) only', () => {
    expect(siteRoot('https://example.org/timeline')).toBe('https://example.org/timeline/');
    expect(siteRoot('https://example.org/?x=1#y')).toBe('https://example.org/');
    expect(() => siteRoot('timeline.example')).toThrow(/SITE_URL/);
    expect(() => siteRoot('ftp://example.org/')).toThrow(/http/);
  });
});

describe('style attributes moved out of the HTML', () => {
  it('become shared rules, and come back onto their elements before hydration', () => {
    const rules = new Map<string, number>();
    const html = extractInlineStyles(
      '<g style="--x:1.5;--y:2"></g><g style="--x:1.5;--y:2"></g><g style="--x:3"></g>',
      rules,
    );
    expect(html).toBe('<g data-s="0"></g><g data-s="0"></g><g data-s="1"></g>');
    const sheet = inlineStyleSheet(rules);
    expect(sheet).toBe('[data-s="0"]{--x:1.5;--y:2}\n[data-s="1"]{--x:3}\n');

    const style = document.createElement('style');
    style.textContent = sheet;
    document.head.append(style);
    const container = document.createElement('div');
    container.innerHTML = html;
    restoreInlineStyles(container, document.styleSheets);
    const gs = Array.from(container.querySelectorAll('g'));
    expect(gs.map((g) => g.style.getPropertyValue('--x').trim())).toEqual(['1.5', '1.5', '3']);
    expect(gs.every((g) => !g.hasAttribute('data-s'))).toBe(true);
    style.remove();
  });

  it('refuses a style it does not expect, rather than copying it into a stylesheet', () => {
    expect(() =>
      extractInlineStyles('<g style="background:url(&quot;x&quot;)"></g>', new Map()),
    ).toThrow(/closer look/);
  });
});
