import { describe, expect, it } from 'vitest';
import { problemToString } from '../../../src/domain/problem';
import { DATASET_LIMITS, readDatasetText } from '../../../src/domain/read-dataset-text';
import type { DatasetLimits } from '../../../src/domain/read-dataset-text';
import { MAX_PROBLEMS, validateDataset } from '../../../src/domain/validate-dataset';
import { validDataset } from './fixtures';

function problemsOf(text: string, limits?: Partial<DatasetLimits>): string[] {
  const r = readDatasetText(text, limits);
  return r.ok ? [] : r.problems.map(problemToString);
}

/** What validateDataset says about the parsed text: the answer once every text check passes. */
function schemaProblemsOf(text: string): string[] {
  const r = validateDataset(JSON.parse(text));
  return r.ok ? [] : r.problems.map(problemToString);
}

const fixtureText = () => JSON.stringify(validDataset(), null, 2);

describe('readDatasetText on a good file', () => {
  it('reads a valid dataset into a timeline', () => {
    const r = readDatasetText(fixtureText());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.timeline.events.map((e) => e.id)).toEqual(['ties', 'telegram', 'reply']);
  });

  it('accepts a file that begins with a byte order mark', () => {
    expect(readDatasetText(`\uFEFF${fixtureText()}`).ok).toBe(true);
  });

  it('passes schema problems through with their paths', () => {
    const text = JSON.stringify({ ...validDataset(), version: 2 });
    expect(problemsOf(text)).toEqual(['version: this app reads version 1 of the format']);
  });
});

describe('the size limit', () => {
  it('defaults to 100 MB, counted in bytes', () => {
    expect(DATASET_LIMITS.maxBytes).toBe(100_000_000);
    const fixture = fixtureText();
    const exactly = fixture + ' '.repeat(100_000_000 - fixture.length);
    expect(readDatasetText(exactly).ok).toBe(true);
    expect(problemsOf(`${exactly} `)).toEqual([
      '(dataset): the file is too large: 100.1 MB, over the limit of 100 MB',
    ]);
  });

  it('refuses a huge file without reading it as JSON', () => {
    expect(problemsOf('x'.repeat(145_000_000))).toEqual([
      '(dataset): the file is too large: 145 MB, over the limit of 100 MB',
    ]);
  });

  it('counts UTF-8 bytes, not characters', () => {
    // 600,000 "é" are 1.2 MB of UTF-8 but only 600,002 characters with their quotes.
    expect(problemsOf(`"${'é'.repeat(600_000)}"`, { maxBytes: 1_000_000 })).toEqual([
      '(dataset): the file is too large: 1.3 MB, over the limit of 1 MB',
    ]);
    // An emoji is two UTF-16 units and four bytes.
    expect(problemsOf(`"${'😀'.repeat(300_000)}"`, { maxBytes: 1_000_000 })).toEqual([
      '(dataset): the file is too large: 1.3 MB, over the limit of 1 MB',
    ]);
  });

  it('takes the size in bytes from the caller that counted the bytes it decoded', () => {
    const text = fixtureText();
    expect(readDatasetText(text, undefined, { bytes: text.length }).ok).toBe(true);
    const r = readDatasetText(text, undefined, { bytes: 123_400_000 });
    expect(r.ok ? [] : r.problems.map(problemToString)).toEqual([
      '(dataset): the file is too large: 123.4 MB, over the limit of 100 MB',
    ]);
  });

  it('shows a limit below 1 MB exactly', () => {
    expect(problemsOf('{"title": 1234}', { maxBytes: 10 })).toEqual([
      '(dataset): the file is too large: 0.000015 MB, over the limit of 0.00001 MB',
    ]);
  });
});

describe('text that is not JSON', () => {
  it.each([
    ['{\n"a": 1,\n"bb": x\n}', 'unexpected "x" at line 3, column 7'],
    ['{\r\n"a": 1,\r\n"b": x\r\n}', 'unexpected "x" at line 3, column 6'],
    ['{\n  "title": "x",\n  "sides": [,]\n}', 'unexpected "," at line 3, column 13'],
    ['{"a": 1', 'unexpected end of file at line 1, column 8'],
    ['{"a": "no end', 'unexpected end of file at line 1, column 14'],
    ['{"a": "one\ntwo"}', 'unexpected line break at line 1, column 11'],
    ['{"a": "one\ttwo"}', 'unexpected tab at line 1, column 11'],
    ['["😀", x]', 'unexpected "x" at line 1, column 7'],
    ['[1, 2,]', 'unexpected "]" at line 1, column 7'],
    ['{"a": 1,}', 'unexpected "}" at line 1, column 9'],
    ['[01]', 'unexpected "1" at line 1, column 3'],
    ['[1.]', 'unexpected "]" at line 1, column 4'],
    ['[-]', 'unexpected "]" at line 1, column 3'],
    ['[1e+]', 'unexpected "]" at line 1, column 5'],
    ['[tru]', 'unexpected "]" at line 1, column 5'],
    ['[NaN]', 'unexpected "N" at line 1, column 2'],
    ['["\\x"]', 'unexpected "x" at line 1, column 4'],
    ['["\\u12G4"]', 'unexpected "G" at line 1, column 7'],
    ["{'a': 1}", 'unexpected "\'" at line 1, column 2'],
    ['{"a" 1}', 'unexpected "1" at line 1, column 6'],
    ['{} {}', 'unexpected "{" at line 1, column 4'],
    ['\uFEFF\uFEFF{}', 'unexpected character U+FEFF at line 1, column 1'],
    ['["a\u0000"]', 'unexpected character U+0000 at line 1, column 4'],
  ])('refuses %j: %s', (text, message) => {
    expect(problemsOf(text)).toEqual([`(dataset): the file is not valid JSON: ${message}`]);
  });

  it('says when the file is empty', () => {
    expect(problemsOf('')).toEqual(['(dataset): the file is empty']);
    expect(problemsOf(' \n\t ')).toEqual(['(dataset): the file is empty']);
  });

  it('reports a syntax error even when keys repeat before it', () => {
    expect(problemsOf('{"a": 1, "a": 2,}')).toEqual([
      '(dataset): the file is not valid JSON: unexpected "}" at line 1, column 17',
    ]);
  });

  it('refuses text that is not a string at all', () => {
    const r = readDatasetText(undefined as unknown as string);
    expect(r.ok ? [] : r.problems.map(problemToString)).toEqual([
      '(dataset): the file could not be read as text',
    ]);
  });
});

describe('the nesting limit', () => {
  it('defaults to 64 levels and names where the 65th begins', () => {
    expect(DATASET_LIMITS.maxDepth).toBe(64);
    const deepest = `${'['.repeat(64)}${']'.repeat(64)}`;
    expect(problemsOf(deepest)).toEqual(schemaProblemsOf(deepest));
    expect(problemsOf(`${'['.repeat(65)}${']'.repeat(65)}`)).toEqual([
      `${'[0]'.repeat(64)}: lists and objects are nested more than 64 levels deep here (line 1, column 65)`,
    ]);
  });

  it('names the path through objects and lists', () => {
    const text = '{"events": [{"quotes": [\n  {"text": "a"}]}]}';
    expect(problemsOf(text, { maxDepth: 4 })).toEqual([
      'events[0].quotes[0]: lists and objects are nested more than 4 levels deep here (line 2, column 3)',
    ]);
    expect(problemsOf(text, { maxDepth: 5 })).toEqual(schemaProblemsOf(text));
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = '{"title": "[[[[{{{{", "a\\"[[": "\\"{{{{\\\\"}';
    expect(problemsOf(text, { maxDepth: 1 })).toEqual(schemaProblemsOf(text));
    expect(problemsOf(text, { maxDepth: 1 })).not.toEqual([]);
  });

  it('survives a million open brackets without overflowing the stack', () => {
    const text = '['.repeat(1_000_000);
    expect(problemsOf(text)).toEqual([
      `${'[0]'.repeat(64)}: lists and objects are nested more than 64 levels deep here (line 1, column 65)`,
    ]);
    expect(problemsOf(text, { maxDepth: Infinity })).toEqual([
      '(dataset): the file is not valid JSON: unexpected end of file at line 1, column 1000001',
    ]);
  });
});

describe('keys repeated within one object', () => {
  it('names the object and the key', () => {
    const text = fixtureText().replace(
      '"title": "Xi replies",',
      '"title": "Xi replies",\n"title": "Xi answers",',
    );
    expect(problemsOf(text)).toEqual(['events[2]: the key "title" appears twice']);
  });

  it('compares keys after decoding their escapes', () => {
    expect(problemsOf('{"a": 1, "\\u0061": 2}')).toEqual(['(dataset): the key "a" appears twice']);
    expect(problemsOf('{"say \\"hi\\"": 1, "say \\u0022hi\\"": 2}')).toEqual([
      '(dataset): the key "say \\"hi\\"" appears twice',
    ]);
    expect(problemsOf('{"\\u00e9": 1, "é": 2, "\\/": 3, "/": 4}')).toEqual([
      '(dataset): the key "é" appears twice',
      '(dataset): the key "/" appears twice',
    ]);
  });

  it('tells keys apart that differ in case, spaces or escapes', () => {
    const text = '{"a": 1, "A": 2, "a ": 3, "\\u0062": 4, "\\\\u0061": 5}';
    expect(problemsOf(text)).toEqual(schemaProblemsOf(text));
  });

  it('allows the same key in different objects', () => {
    const text = '{"events": [{"a": 1}, {"a": 2, "b": {"a": 3}}], "a": 4}';
    expect(problemsOf(text)).toEqual(schemaProblemsOf(text));
  });

  it('counts a key used three times once, and lists problems in the order they occur', () => {
    const text = '{"events": [{}, {"x y": {"k": 1, "k": 2, "k": 3}}], "z": 0, "z": 1}';
    expect(problemsOf(text)).toEqual([
      'events[1]["x y"]: the key "k" appears 3 times',
      '(dataset): the key "z" appears twice',
    ]);
  });

  it('caps a flood of repeated keys and counts the rest', () => {
    const keys = Array.from({ length: MAX_PROBLEMS + 10 }, (_, i) => `"k${i}": 0`);
    const problems = problemsOf(`{${keys.join(',')}, ${keys.join(',')}}`);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]).toBe('(dataset): the key "k0" appears twice');
    expect(problems.at(-1)).toBe('(dataset): and 10 more problems not shown');
  });
});

describe('the event count limit', () => {
  it('defaults to the schema’s 200,000', () => {
    expect(DATASET_LIMITS.maxEvents).toBe(200_000);
  });

  it('refuses more events than the limit before validating any of them', () => {
    const text = JSON.stringify({ ...validDataset(), title: '' });
    expect(problemsOf(text, { maxEvents: 2 })).toEqual(['events: has more than 2 items']);
    expect(problemsOf(text, { maxEvents: 3 })).toEqual(['title: a title is empty']);
  });
});
