import { describe, expect, it } from 'vitest';
import { readLocalFile } from '../../../src/data/read-local-file';
import { problemToString } from '../../../src/domain/problem';
import example from '../../../public/examples/treaty-anniversaries.json';

const fileOf = (text: string, name: string) => new File([text], name);

describe('reading a file opened in the page', () => {
  it('reads a small file in our format on the page', async () => {
    const r = await readLocalFile(fileOf(JSON.stringify(example), 'treaty.json'));
    expect(r.ok && r.timeline.events).toHaveLength(example.events.length);
  });

  it('imports a small sheet, its name telling TSV from CSV', async () => {
    const sheet = 'Year\tHeadline\tText\n1961\tThe treaty\tSigned in Beijing\n';
    const r = await readLocalFile(fileOf(sheet, 'events.tsv'));
    expect(r.ok && r.timeline.events.map((e) => e.data.title)).toEqual(['The treaty']);
  });

  it('refuses a file over the size limit by its size, without reading it', async () => {
    const huge = {
      name: 'huge.json',
      size: 123_400_000,
      text: () => Promise.reject(new Error('a refused file is never read')),
    } as unknown as File;
    const r = await readLocalFile(huge);
    expect(r.ok ? [] : r.problems.map(problemToString)).toEqual([
      '(dataset): the file is too large: 123.4 MB, over the limit of 100 MB',
    ]);
  });

  it('stops when the read is cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('another file was chosen', 'AbortError'));
    await expect(
      readLocalFile(fileOf(JSON.stringify(example), 'treaty.json'), { signal: controller.signal }),
    ).rejects.toThrow('another file was chosen');
  });
});
