// Why each policy source does or doesn't reach the device, and where the effective value comes from, are recorded as
// phrases: the English sentence the command line prints is made from them, and the app and the report word them in
// Dutch too.
import { describe, expect, it } from 'vitest';
import { POLICY_PHRASES, phraseText } from '../../../simulator/engine/policy-reasons';
import { buildHtmlReport } from '../../../simulator/exports/index';
import { evaluate, fixes } from '../../../simulator/index';
import { PRESETS } from '../../../simulator/presets/presets';

const options = { docsAsOf: 'current' as const };

describe('policy reasons', () => {
  it('have a Dutch text for every phrase, never the English one, with the same values to fill in', () => {
    const english = POLICY_PHRASES['en-US'];
    const dutch = POLICY_PHRASES['nl-NL'];
    expect(Object.keys(dutch).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english) as (keyof typeof english)[]) {
      expect(dutch[key], key).not.toBe(english[key]);
      const holes = (text: string) => (text.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(holes(dutch[key]), key).toEqual(holes(english[key]));
    }
  });

  it('make the English reason and explanation of every preset, and a Dutch one with the same names', () => {
    for (const preset of PRESETS) {
      const verdict = evaluate(preset.scenario, options);
      expect(phraseText(verdict.policy.explanationParts)).toBe(verdict.policy.explanation);
      for (const source of verdict.policy.sources) {
        expect(phraseText(source.reasonParts), preset.id).toBe(source.reason);
        const dutch = phraseText(source.reasonParts, 'nl-NL');
        if (source.reason) expect(dutch, preset.id).not.toBe(source.reason);
        expect(dutch).not.toMatch(/\{\{/);
      }
    }
  });

  it('word a source on a device that is not enrolled, and the source kind, in Dutch', () => {
    const preset = PRESETS.find((entry) =>
      evaluate(entry.scenario, options).policy.sources.some(
        (source) => source.reason === 'device is not Intune-enrolled',
      ),
    );
    if (!preset) throw new Error('no preset with an unenrolled device');
    const verdict = evaluate(preset.scenario, options);
    const texts = verdict.policy.sources.map((source) => phraseText(source.reasonParts, 'nl-NL'));
    expect(texts).toContain('het apparaat is niet ingeschreven bij Intune');
    const enabled = PRESETS.map((entry) => evaluate(entry.scenario, options)).find(
      (entry) =>
        entry.policy.value === 1 && entry.policy.sources[entry.policy.sourceIndex ?? 0]?.kind === 'settingsCatalog',
    );
    expect(enabled && phraseText(enabled.policy.explanationParts, 'nl-NL')).toMatch(
      /^AllowAadPasswordReset = 1 van ".+" \(instellingencatalogus\)$/,
    );
  });

  it('appear in Dutch in the Dutch HTML report', () => {
    const preset = PRESETS.find((entry) => entry.id === 'happy-path');
    if (!preset) throw new Error('preset missing');
    const report = buildHtmlReport({
      scenario: preset.scenario,
      verdict: evaluate(preset.scenario, options),
      fixes: fixes(preset.scenario, options),
      generatedAt: '2026-12-02T10:00:00Z',
      language: 'nl-NL',
    });
    expect(report).toContain('toegewezen (apparaatdoel)');
    expect(report).not.toContain('assigned (device target)');
    expect(report).not.toContain('from &quot;');
    expect(report).toContain('opnemen: SSPR - Windows devices (apparaatgroep)');
  });

  it('words a fix that sets a field in Dutch, as the app does', () => {
    const preset = PRESETS.find((entry) => entry.id === 'not-enrolled');
    if (!preset) throw new Error('preset missing');
    const proposed = fixes(preset.scenario, options);
    expect(proposed.flatMap((fix) => fix.changes).map((change) => change.label)).toContain(
      'Enrol the device in Intune',
    );
    const report = buildHtmlReport({
      scenario: preset.scenario,
      verdict: evaluate(preset.scenario, options),
      fixes: proposed,
      generatedAt: '2026-12-02T10:00:00Z',
      language: 'nl-NL',
    });
    expect(report).toContain('Zet Intune-inschrijving op Aan');
    expect(report).not.toContain('Enrol the device in Intune');
  });
});
