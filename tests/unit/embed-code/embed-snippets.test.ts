import { describe, expect, it } from 'vitest';
import { embedSnippets } from '../../../src/embed-code/embed-snippets';
import { DEFAULT_VIEW_STATE } from '../../../src/domain/view-state';

const APP = 'https://timeline.example/app/';

describe('embed snippets', () => {
  it('carries the view (filters and selection) into each snippet', () => {
    const s = embedSnippets({
      appUrl: APP,
      datasetUrl: null,
      title: 'A timeline',
      state: {
        ...DEFAULT_VIEW_STATE,
        leaders: ['kim-jong-un', 'xi-jinping'],
        from: 2019,
        to: 2025,
        event: 'ties-75th-messages-2024',
      },
    });
    expect(s.iframe).toContain(
      'src="https://timeline.example/app/?embed=1&amp;leader=kim-jong-un,xi-jinping&amp;from=2019&amp;to=2025&amp;event=ties-75th-messages-2024"',
    );
    expect(s.element).toContain(
      '<china-dprk-timeline leader="kim-jong-un,xi-jinping" from="2019" to="2025" event="ties-75th-messages-2024" height="640px">',
    );
    expect(s.react).toContain(
      'initialState={{ leaders: ["kim-jong-un","xi-jinping"], from: 2019, to: 2025, event: "ties-75th-messages-2024" }}',
    );
    // The bundled dataset: the element finds it beside its script; React needs its address.
    expect(s.element).not.toContain('dataset-url');
    expect(s.react).toContain('datasetUrl={"https://timeline.example/app/data/china-dprk.json"}');
  });

  it('gives the iframe a height that works without the helper script', () => {
    const s = embedSnippets({
      appUrl: APP,
      datasetUrl: null,
      title: 't',
      state: DEFAULT_VIEW_STATE,
    });
    expect(s.iframe).toContain('style="width:100%;height:640px;border:0"');
    expect(s.iframe).toContain('<script src="https://timeline.example/app/embed/host.js" defer>');
    expect(s.react).not.toContain('initialState');
  });

  it('names a linked dataset, and escapes what it did not write itself', () => {
    const s = embedSnippets({
      appUrl: APP,
      datasetUrl: 'https://data.example/t.json?a=1&b=2',
      title: 'Kim & Xi "<script>"',
      state: { ...DEFAULT_VIEW_STATE, q: 'a "quoted" <b>' },
    });
    expect(s.iframe).toContain('title="Kim &amp; Xi &quot;&lt;script&gt;&quot;"');
    expect(s.iframe).toContain(`data=${encodeURIComponent('https://data.example/t.json?a=1&b=2')}`);
    expect(s.iframe).not.toContain('<script>"');
    expect(s.element).toContain('dataset-url="https://data.example/t.json?a=1&amp;b=2"');
    // The element reads the text search from its q attribute, escaped like the rest.
    expect(s.element).toContain('q="a &quot;quoted&quot; &lt;b&gt;"');
    expect(s.element).not.toContain('<b>');
    expect(s.react).toContain('q: "a \\"quoted\\" <b>"');
  });
});
