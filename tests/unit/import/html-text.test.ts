// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToText, textToHtml } from '../../../src/domain/import/html-text';

describe('TimelineJS HTML to plain text', () => {
  it('keeps words, paragraphs, line breaks and http(s) link targets', () => {
    const r = htmlToText(
      '<p>Signed in <b>Beijing</b>.<br>Renewed   every\n twenty years.</p><p>See <a href="https://example.org/treaty" class="x">the text</a>.</p>',
    );
    expect(r.text).toBe('Signed in Beijing.\nRenewed every twenty years.\n\nSee the text.');
    expect(r.links).toEqual([{ url: 'https://example.org/treaty', text: 'the text' }]);
  });

  it('drops scripts, styles, event handlers and links that are not http(s)', () => {
    const r = htmlToText(
      '<script>alert(1)</script><style>p{color:red}</style><img src=x onerror="alert(2)">Hi <a href="javascript:alert(3)">there</a> <a href="data:text/html,x">and</a> <iframe src="https://evil.example">frame text</iframe>you',
    );
    expect(r.text).toBe('Hi there and you');
    expect(r.links).toEqual([]);
  });

  it('decodes entities into text that stays text', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;').text).toBe(
      '<script>alert(1)</script> & "x"',
    );
  });

  it('keeps the line breaks of a spreadsheet cell without tags', () => {
    expect(htmlToText('line one\nline two\n\npara two').text).toBe(
      'line one\nline two\n\npara two',
    );
  });

  it('gives one link per address, its words left in the text', () => {
    const r = htmlToText(
      '<a href="https://a.example/">https://a.example/</a> <a href="https://a.example/">again</a>',
    );
    expect(r.links).toEqual([{ url: 'https://a.example/' }]);
    expect(r.text).toBe('https://a.example/ again');
  });

  it('reads back what textToHtml writes', () => {
    const text = 'A & <b> "quoted"\nsecond line\n\nSecond paragraph';
    expect(htmlToText(textToHtml(text)).text).toBe(text);
    expect(htmlToLine('<h1>One</h1><p>line</p>')).toBe('One line');
  });
});
