import { describe, expect, it } from 'vitest';
import { sourcesCredit } from '../../../src/export/chart-svg';
import { fileNameFor } from '../../../src/export/download';

describe('export names', () => {
  it('makes a file name from a title', () => {
    expect(fileNameFor('China–North Korea relations, 1949–2025', 'svg')).toBe(
      'china-north-korea-relations-1949-2025.svg',
    );
    expect(fileNameFor('Café déjà vu', 'csv')).toBe('cafe-deja-vu.csv');
    expect(fileNameFor('中朝关系', 'png')).toBe('timeline.png');
  });

  it('credits each outlet once, in order', () => {
    expect(sourcesCredit(['Reuters', 'AP', 'Reuters'])).toBe('Sources: AP and Reuters.');
    expect(sourcesCredit(['Yonhap', 'AP', 'KCNA'])).toBe('Sources: AP, KCNA and Yonhap.');
    expect(sourcesCredit(['AP'])).toBe('Sources: AP.');
    expect(sourcesCredit([])).toBe('Sources: none given.');
  });
});
