// Every built-in preset evaluates to the verdict its docs predict.
import { describe, expect, it } from 'vitest';
import { evaluate, PRESETS, presetById, presetScenario } from '../../../simulator/index';

describe('presets', () => {
  it('have unique ids and can be looked up', () => {
    const ids = PRESETS.map((preset) => preset.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(PRESETS.length).toBeGreaterThan(0);
    for (const preset of PRESETS) {
      expect(presetById(preset.id)).toBe(preset);
      expect(presetScenario(preset.id)).toBe(preset.scenario);
    }
    expect(presetById('no-such-preset')).toBeUndefined();
  });

  describe.each(PRESETS.map((preset) => [preset.id, preset] as const))('%s', (_id, preset) => {
    const verdict = evaluate(preset.scenario, preset.options);

    it(`outcome ${preset.expected.outcome}, link ${preset.expected.passwordLink}`, () => {
      expect(verdict.outcome).toBe(preset.expected.outcome);
      expect(verdict.passwordLink).toBe(preset.expected.passwordLink);
    });

    it('fires every expected rule', () => {
      const fired = verdict.fired.map((entry) => entry.id);
      for (const id of preset.expected.rules) expect(fired, `${id} in ${fired.join(', ')}`).toContain(id);
    });

    it('the deciding rules are among the expected ones when the outcome is blocked', () => {
      if (['hidden', 'fails', 'denied', 'deferred'].includes(verdict.outcome)) {
        expect(verdict.deciding.length).toBeGreaterThan(0);
        expect(verdict.deciding.some((id) => preset.expected.rules.includes(id))).toBe(true);
      } else expect(['success', 'undecided']).toContain(verdict.outcome);
    });

    if (preset.expected.pinOutcome) {
      it(`PIN reset ${preset.expected.pinOutcome}`, () => expect(verdict.pinOutcome).toBe(preset.expected.pinOutcome));
    }
    if (preset.expected.pinMode) {
      it(`PIN mode ${preset.expected.pinMode}`, () => {
        expect(verdict.pin.mode).toBe(preset.expected.pinMode);
        expect(verdict.pin.canReset).toBe(
          preset.expected.pinMode === 'nonDestructive' ? 'DestructiveAndNonDestructive' : 'DestructiveOnly',
        );
      });
    }

    it('has a title, description and sources', () => {
      expect(preset.title.length).toBeGreaterThan(0);
      expect(preset.description.length).toBeGreaterThan(0);
      expect(preset.sources.length).toBeGreaterThan(0);
    });
  });
});
