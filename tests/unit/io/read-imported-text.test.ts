import { describe, expect, it } from 'vitest';
import { importedResult, readImportedText } from '../../../src/data/read-imported-text';
import example from '../../../public/examples/treaty-anniversaries.json';

describe('reading fetched text in any format', () => {
  it('reads our own JSON', async () => {
    const r = await readImportedText(JSON.stringify(example), 'https://x.example/t.json');
    expect(r.ok && r.timeline.events.map((e) => e.id)).toHaveLength(example.events.length);
  });

  it('gives the importer text that does not name our format, and reports its problems', async () => {
    const r = await readImportedText('not a timeline at all', 'notes.txt');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.length).toBeGreaterThan(0);
  });

  it('never reports an empty list of problems for a failed import', () => {
    const r = importedResult({ format: 'sheet-csv', dataset: null, problems: [] });
    expect(r).toEqual({
      ok: false,
      problems: [{ path: '(dataset)', message: 'the file could not be read as a timeline' }],
    });
  });
});
