// Fixes read as sentences in the reader's language: never a model path, a raw enum value or the engine's "State …".
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, fixes, PRESETS, type Fix } from '../../../simulator/index';
import { initI18n } from '../../../renderer/i18n/index';
import { changeLabel, fixTitle } from '../../../renderer/features/fixes/fix-labels';

const i18n = initI18n('en-US');
const MODEL_PATH = /\b(device|session|tenant|user|policies)\.[a-zA-Z]/;

function labeller(language: 'en-US' | 'nl-NL') {
  const t = i18n.getFixedT(language) as (key: string, vars?: Record<string, string>) => string;
  const exists = (key: string) => i18n.exists(key, { lng: language });
  return { t, exists };
}

function unknownScope(): Fix[] {
  const scenario = { ...DEFAULT_SCENARIO, tenant: { ...DEFAULT_SCENARIO.tenant } };
  scenario.tenant.sspr = { ...scenario.tenant.sspr, enabled: 'unknown' };
  return fixes(scenario, { docsAsOf: 'current' });
}

describe('fix labels', () => {
  it('states an unknown SSPR scope as a setting to pick, in English and Dutch', () => {
    const fix = unknownScope().find((candidate) => candidate.changes.some((c) => c.path === 'tenant.sspr.enabled'));
    expect(fix, 'a fix that states tenant.sspr.enabled').toBeDefined();
    const en = labeller('en-US');
    const nl = labeller('nl-NL');
    expect(fixTitle(fix!, en.t, en.exists)).toBe('Set SSPR enabled to All (now unknown)');
    expect(fixTitle(fix!, nl.t, nl.exists)).toBe(
      'Zet Selfservice voor wachtwoordherstel ingeschakeld op Alle (nu onbekend)',
    );
  });

  it('words a session change and a group membership without model values', () => {
    const remote = PRESETS.find((preset) => preset.id === 'remote-desktop')!;
    const fix = fixes(remote.scenario, remote.options).find((c) => c.changes[0].path === 'session.kind');
    expect(fix).toBeDefined();
    const en = labeller('en-US');
    expect(changeLabel(fix!.changes[0], en.t, en.exists)).toBe('Set session to a console session at the device');
    const group = changeLabel(
      { path: 'device.groups', from: ['A'], to: ['A', 'SSPR devices'], label: 'engine text' },
      en.t,
      en.exists,
    );
    expect(group).toBe('Add to group “SSPR devices”');
  });

  it('never shows a model path or the engine\'s "State" wording for any preset, in either language', () => {
    for (const preset of PRESETS) {
      for (const fix of fixes(preset.scenario, preset.options)) {
        for (const language of ['en-US', 'nl-NL'] as const) {
          const { t, exists } = labeller(language);
          const title = fixTitle(fix, t, exists);
          expect(title, `${preset.id}: ${title}`).not.toMatch(MODEL_PATH);
          expect(title, `${preset.id}: ${title}`).not.toMatch(/^State /);
        }
      }
    }
  });
});
