// @vitest-environment node
/** `npm run dataset -- import|validate`, run as a user would (the script under tsx) on fixtures. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDatasetText } from '../../../src/domain/read-dataset-text';
import { FIXTURES } from './fixtures';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const SCRIPT = join(process.cwd(), 'scripts/dataset.ts');
const out = mkdtempSync(join(tmpdir(), 'dataset-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(TSX, [SCRIPT, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each run starts tsx (seconds on a busy machine), hence the generous timeout.
describe('npm run dataset', { timeout: 120_000 }, () => {
  it('imports a TimelineJS file to our JSON, which reads as a valid dataset', () => {
    const file = join(out, 'korea.json');
    const r = run('import', join(FIXTURES, 'korea-china.timelinejs.json'), '-o', file);
    expect(r.stderr).toMatch(/valid TimelineJS JSON, 4 events in 3 sides, 2 eras/);
    expect(r.status).toBe(0);
    const back = readDatasetText(readFileSync(file, 'utf8'));
    expect(back.ok && back.timeline.events.length).toBe(4);
  });

  it('writes to standard output without -o', () => {
    const r = run('import', join(FIXTURES, 'relations.tsv'));
    expect(r.status).toBe(0);
    const dataset = JSON.parse(r.stdout) as { format: string; events: unknown[] };
    expect(dataset.format).toBe('china-dprk-timeline/dataset');
    expect(dataset.events).toHaveLength(3);
  });

  it('validates: the problems by row and column, exit status 1', () => {
    const r = run('validate', join(FIXTURES, 'bad-rows.csv'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad-rows.csv: row 7, column "End Year": "19x5" is not a year');
    expect(r.stderr).toContain('CSV sheet with 5 problems');
    expect(r.stdout).toBe('');
  });

  it('validates a good file with exit status 0, and refuses to import a bad one', () => {
    expect(run('validate', join(FIXTURES, 'qin-han.csv')).status).toBe(0);
    const r = run('import', join(FIXTURES, 'bad-rows.csv'), '-o', join(out, 'bad.json'));
    expect(r.status).toBe(1);
    expect(() => readFileSync(join(out, 'bad.json'))).toThrow();
  });

  it('says how to use it when the command is wrong, exit status 2', () => {
    for (const args of [['convert', 'x.csv'], ['validate'], ['validate', 'missing.csv']]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/usage:|cannot read/);
    }
  });
});
