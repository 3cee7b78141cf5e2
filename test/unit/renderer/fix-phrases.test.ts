// Fixes the field-and-value wording can't say (policy objects, lists, a whole session) carry a phrase key: the app
// words them in English and Dutch, and the English reads as the engine's own label (the command line prints that).
import { afterEach, describe, expect, it } from 'vitest';
import { changeLabel } from '../../../renderer/features/fixes/fix-labels';
import { i18n } from '../../../renderer/i18n/index';
import { REMEDIES, UNDECIDED_REMEDIES } from '../../../simulator/engine/remedies';
import type { Change } from '../../../simulator/index';
import { PRESETS } from '../../../simulator/presets/presets';

/** Every change any remedy proposes for any preset (each remedy function run on each preset). */
function proposedChanges(): Change[] {
  const changes: Change[] = [];
  for (const preset of PRESETS)
    for (const remedies of [...Object.values(REMEDIES), ...Object.values(UNDECIDED_REMEDIES)])
      for (const remedy of remedies(preset.scenario)) changes.push(...remedy.changes);
  return changes;
}

const phrased = proposedChanges().filter((change) => change.say);
const exists = (key: string) => i18n().exists(key);

afterEach(() => void i18n().changeLanguage('en-US'));

describe('fix phrases', () => {
  it('cover the policy, licence, network and session fixes the presets lead to', () => {
    const keys = new Set(phrased.map((change) => change.say?.key));
    for (const key of [
      'addCatalogToGroup',
      'addCatalogToAll',
      'fixCustomProfile',
      'registerMethods',
      'resetFromLocalDevice',
    ])
      expect(keys, key).toContain(key);
  });

  it('read in English as the engine labels them (lists of methods aside, which the app names in words)', async () => {
    await i18n().changeLanguage('en-US');
    for (const change of phrased) {
      expect(exists(`fixLabel.say.${change.say?.key}`), change.say?.key).toBe(true);
      const hasList = Object.values(change.say?.params ?? {}).some((value) => typeof value !== 'string');
      if (!hasList) expect(changeLabel(change, i18n().t as never, exists)).toBe(change.label);
    }
  });

  it('are worded in Dutch, names kept as typed, methods in Dutch words', async () => {
    await i18n().changeLanguage('nl-NL');
    for (const change of phrased) {
      const text = changeLabel(change, i18n().t as never, exists);
      expect(text, change.label).not.toBe(change.label);
      expect(text).not.toMatch(/\{\{|fixLabel\./);
      for (const value of Object.values(change.say?.params ?? {}))
        if (typeof value === 'string') expect(text).toContain(value);
    }
    const register = phrased.find((change) => change.say?.key === 'registerMethods');
    expect(register && changeLabel(register, i18n().t as never, exists)).toMatch(/ registreren op https:\/\/aka\.ms/);
    expect(register && changeLabel(register, i18n().t as never, exists)).not.toMatch(/mobileApp|email\b/);
  });
});

describe('the Dutch HTML report', () => {
  it('words the same fixes as the app does', async () => {
    const { buildHtmlReport } = await import('../../../simulator/exports/index');
    const { evaluate, fixes } = await import('../../../simulator/index');
    const preset = PRESETS.find((entry) => entry.id === 'string-oma-uri');
    if (!preset) throw new Error('preset missing');
    const options = { docsAsOf: 'current' as const };
    const proposed = fixes(preset.scenario, options);
    const phrasedFix = proposed.flatMap((fix) => fix.changes).find((change) => change.say);
    if (!phrasedFix) throw new Error('no phrased fix');
    const report = buildHtmlReport({
      scenario: preset.scenario,
      verdict: evaluate(preset.scenario, options),
      fixes: proposed,
      generatedAt: '2026-12-02T10:00:00Z',
      language: 'nl-NL',
    });
    await i18n().changeLanguage('nl-NL');
    const appText = changeLabel(phrasedFix, i18n().t as never, exists);
    expect(report).toContain(appText.replace(/"/g, '&quot;'));
    expect(report).not.toContain(phrasedFix.label.replace(/"/g, '&quot;'));
  });
});
