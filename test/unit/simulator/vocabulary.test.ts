import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, parseScenarioJson } from '../../../simulator/index';
import { canonicalizeStrings } from '../../../simulator/model/vocabulary';

describe('canonicalizeStrings', () => {
  it('keeps every value (vocabulary strings are swapped for equal constants)', () => {
    const copy = structuredClone(DEFAULT_SCENARIO);
    expect(canonicalizeStrings(copy)).toEqual(DEFAULT_SCENARIO);
    const parsed = parseScenarioJson(
      JSON.stringify({
        device: { groups: ['Lab PCs'], os: { family: 'windows10', build: 19045 } },
        user: { authentication: 'unknown' },
      }),
    );
    expect(parsed.ok && parsed.scenario.device.groups).toEqual(['Lab PCs']);
    expect(parsed.ok && parsed.scenario.device.os.family).toBe('windows10');
    expect(parsed.ok && parsed.scenario.user.authentication).toBe('unknown');
  });

  it('leaves frozen objects alone', () => {
    const frozen = Object.freeze({ family: 'windows11' });
    expect(() => canonicalizeStrings({ os: frozen })).not.toThrow();
  });
});
