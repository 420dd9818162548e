// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { summaryParagraphs } from '../../../src/domain/summary-paragraphs';

describe('summaryParagraphs', () => {
  it('splits on blank lines and keeps single line breaks inside a paragraph', () => {
    expect(summaryParagraphs('One\nstill one.\n\nTwo.\r\n  \r\nThree.')).toEqual([
      'One\nstill one.',
      'Two.',
      'Three.',
    ]);
  });

  it('gives no paragraph for no summary, or only whitespace', () => {
    expect(summaryParagraphs(undefined)).toEqual([]);
    expect(summaryParagraphs(' \n\n ')).toEqual([]);
  });

  it('drops the empty paragraphs of several blank lines in a row', () => {
    expect(summaryParagraphs('A\n\n\n\nB')).toEqual(['A', 'B']);
  });
});
