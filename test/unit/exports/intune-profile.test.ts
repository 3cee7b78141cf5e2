import { describe, expect, it } from 'vitest';
import {
  buildIntuneCustomProfile,
  buildIntuneProfileJson,
  DEFAULT_PROFILE_DESCRIPTION,
  DEFAULT_PROFILE_NAME,
} from '../../../simulator/exports/index';

describe('Intune custom profile export (Graph JSON)', () => {
  it('is a windows10CustomConfiguration with one Integer OMA setting set to 1', () => {
    expect(JSON.parse(buildIntuneProfileJson())).toEqual({
      '@odata.type': '#microsoft.graph.windows10CustomConfiguration',
      displayName: DEFAULT_PROFILE_NAME,
      description: DEFAULT_PROFILE_DESCRIPTION,
      omaSettings: [
        {
          '@odata.type': '#microsoft.graph.omaSettingInteger',
          displayName: 'AllowAadPasswordReset',
          description: '1 = Allowed: the sign-in screen shows "Reset password".',
          omaUri: './Device/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset',
          value: 1,
        },
      ],
    });
  });

  it('writes the @odata.type first, as Graph examples do, and ends with a newline', () => {
    const text = buildIntuneProfileJson();
    expect(
      text.startsWith('{\n  "@odata.type": "#microsoft.graph.windows10CustomConfiguration",\n  "displayName"'),
    ).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('takes a custom name and description, falling back to the defaults for blank ones', () => {
    const named = buildIntuneCustomProfile({ displayName: '  Contoso SSPR  ', description: 'Pilot devices' });
    expect(named.displayName).toBe('Contoso SSPR');
    expect(named.description).toBe('Pilot devices');
    expect(buildIntuneCustomProfile({ displayName: '   ' }).displayName).toBe(DEFAULT_PROFILE_NAME);
  });

  it('never uses a String type or a ./User/ OMA-URI (R-POLICY-TYPE)', () => {
    const [setting] = buildIntuneCustomProfile().omaSettings;
    expect(typeof setting.value).toBe('number');
    expect(setting.omaUri.startsWith('./Device/')).toBe(true);
  });
});
