// The header's scenario name: a preset's stored (English) name reads as the preset's title in the app language.
import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../renderer/i18n/index';
import { scenarioDisplayName } from '../../../renderer/features/presets/PresetsGallery';
import { PRESETS } from '../../../simulator/index';
import { presetsNl } from '../../../renderer/i18n/presets-nl';

describe('scenarioDisplayName', () => {
  afterAll(() => i18n().changeLanguage('en-US'));

  it('shows a preset by its title in Dutch and English, and leaves a person’s own name alone', async () => {
    const preset = PRESETS.find((candidate) => candidate.id === 'seed-2017-intune')!;
    const stored = preset.scenario.name!;
    await i18n().changeLanguage('nl-NL');
    expect(scenarioDisplayName(stored)).toBe(presetsNl['seed-2017-intune'].title);
    expect(scenarioDisplayName('Laptop van Anna')).toBe('Laptop van Anna');
    await i18n().changeLanguage('en-US');
    expect(scenarioDisplayName(stored)).toBe(preset.title);
  });
});
