import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  packRepeated,
  packStrings,
  repeatedStrings,
  unpackString,
} from '../../../src/data/packed-strings';

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

describe('repeated strings packed to send', () => {
  it('come back as they were, each in its place, whatever they hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('', 'June 2019', '20 Jun 2019', 'kp', 'é ✓')),
        (strings) => {
          const item = repeatedStrings(structuredClone(packRepeated(strings)));
          expect(strings.map((_, i) => item(i))).toEqual(strings);
        },
      ),
    );
  });

  it('send each distinct string once', () => {
    const packed = packRepeated(['kp', 'cn', 'kp', 'kp', 'joint', 'cn']);
    expect(packed.distinct).toEqual(['kp', 'cn', 'joint']);
    expect([...packed.which]).toEqual([0, 1, 0, 0, 2, 1]);
  });

  it('give nothing past either end', () => {
    const item = repeatedStrings(packRepeated(['a', 'b']));
    expect([item(-1), item(2)]).toEqual(['', '']);
  });
});
