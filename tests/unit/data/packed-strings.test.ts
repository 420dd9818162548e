import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packStrings, unpackString } from '../../../src/data/packed-strings';

describe('strings packed to send', () => {
  it('come back as they were, each in its place, whatever they hold', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' })), (strings) => {
        const packed = structuredClone(packStrings(strings));
        expect(strings.map((_, i) => unpackString(packed, i))).toEqual(strings);
      }),
    );
  });

  it('give nothing past either end', () => {
    const packed = packStrings(['a', '', 'bc']);
    expect(unpackString(packed, 1)).toBe('');
    expect(unpackString(packed, -1)).toBe('');
    expect(unpackString(packed, 3)).toBe('');
  });
});
