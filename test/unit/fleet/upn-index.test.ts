// The users-file index answers exactly what a Map keyed by `toLowerCase()` names would, for any case and any
// characters, across its growth (checked against a Map with generated names).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UpnIndex } from '../../../simulator/fleet/upn-index';

describe('UpnIndex', () => {
  it('finds names in any case and refuses a repeated one', () => {
    const index = new UpnIndex();
    expect(index.add('megan.bowen@contoso.com', 3)).toBe(true);
    expect(index.add('zoë.ärzt@contoso.de', 7)).toBe(true);
    expect(index.add('megan.bowen@contoso.com', 4)).toBe(false);
    expect(index.get('Megan.Bowen@CONTOSO.com')).toBe(3);
    expect(index.get('ZOË.Ärzt@contoso.de')).toBe(7);
    expect(index.get('megan.bowen@contoso.co')).toBe(-1);
    expect(index.get('')).toBe(-1);
    expect(index.size).toBe(2);
  });

  it('agrees with a Map of lower-cased names, through many additions', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9._ÄÖÜäöüßİı-]{1,12}@[A-Za-z]{1,6}\.(com|NL)$/);
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 300 }), fc.array(name, { maxLength: 50 }), (names, probes) => {
        const index = new UpnIndex();
        const map = new Map<string, number>();
        names.forEach((upn, code) => {
          const lowered = upn.toLowerCase();
          expect(index.add(lowered, code)).toBe(!map.has(lowered));
          if (!map.has(lowered)) map.set(lowered, code);
        });
        for (const upn of [...names, ...probes]) expect(index.get(upn)).toBe(map.get(upn.toLowerCase()) ?? -1);
      }),
      { numRuns: 200 },
    );
  });
});
