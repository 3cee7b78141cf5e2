// Graph vocabularies → scenario enums: OS versions, join types, editions, licences and methods.
import { describe, expect, it } from 'vitest';
import {
  availableMethods,
  editionForSku,
  joinStateForIntuneJoinType,
  joinStateForTrustType,
  licenceForSku,
  omaDataType,
  parseOsVersion,
  registeredMethods,
  mappingForOmaUri,
  userScopedMapping,
  tenantLicences,
  userLicences,
} from '../../../simulator/import/index';

const sku = (
  skuPartNumber: string,
  servicePlans: string[] = [],
  extra: Partial<{ capabilityStatus: string; enabledUnits: number }> = {},
) => ({
  skuId: `id-${skuPartNumber}`,
  skuPartNumber,
  capabilityStatus: extra.capabilityStatus ?? 'Enabled',
  enabledUnits: extra.enabledUnits ?? 10,
  servicePlans,
});

describe('Graph vocabularies', () => {
  it.each([
    ['10.0.26100.2605', { family: 'windows11', build: 26100, ubr: 2605 }],
    ['10.0.19045', { family: 'windows10', build: 19045, ubr: null }],
    ['6.3.9600', { family: 'windows8.1', build: 9600, ubr: null }],
    ['6.1.7601.24546', { family: 'windows7', build: 7601, ubr: 24546 }],
  ])('reads operatingSystemVersion %s', (version, expected) => {
    expect(parseOsVersion(version)).toEqual(expected);
  });

  it('refuses unreadable versions', () => {
    expect(parseOsVersion('Windows 11')).toBeNull();
    expect(parseOsVersion(null)).toBeNull();
  });

  it('maps trustType and Intune joinType, and nothing else', () => {
    expect([
      joinStateForTrustType('Workplace'),
      joinStateForTrustType('AzureAd'),
      joinStateForTrustType('ServerAd'),
    ]).toEqual(['registered', 'entraJoined', 'hybridJoined']);
    expect(joinStateForTrustType('Unknown')).toBeNull();
    expect(joinStateForIntuneJoinType('hybridAzureADJoined')).toBe('hybridJoined');
    expect(joinStateForIntuneJoinType('unknown')).toBeNull();
  });

  it.each([
    ['Enterprise', 'Enterprise'],
    ['Professional', 'Pro'],
    ['windows10ProfessionalEducation', 'ProEducation'],
    ['windows10Education', 'Education'],
    ['windows10Home', 'Home'],
    ['windows10IoTEnterprise', 'IoTEnterprise'],
    ['', null],
  ])('edition %s → %s', (input, expected) => {
    expect(editionForSku(input)).toBe(expected);
  });

  it('maps licences by SKU, then by Entra ID service plan', () => {
    expect(licenceForSku(sku('SPB'))).toBe('microsoft365BusinessPremium');
    expect(licenceForSku(sku('SOMETHING_WITH_P2', ['AAD_PREMIUM_P2']))).toBe('entraIdP2');
    expect(licenceForSku(sku('ENTERPRISEPACK', ['EXCHANGE_S_ENTERPRISE']))).toBeNull();
    expect(tenantLicences([sku('AAD_PREMIUM', [], { enabledUnits: 0 }), sku('ENTERPRISEPACK')])).toEqual(['free']);
    expect(tenantLicences([sku('AAD_PREMIUM', [], { capabilityStatus: 'Suspended' })])).toEqual(['free']);
    expect(tenantLicences([sku('SPE_E5'), sku('AAD_PREMIUM')])).toEqual(['entraIdP1', 'microsoft365E5']);
    expect(userLicences(['id-SPE_E3', 'unknown-sku'], [sku('SPE_E3')])).toEqual(['microsoft365E3']);
    expect(userLicences([], [sku('SPE_E3')])).toEqual(['free']);
  });

  it('maps registered and enabled methods to SSPR methods, ignoring passwordless-only ones', () => {
    expect(registeredMethods(['fido2SecurityKey', 'windowsHelloForBusiness'])).toEqual([]);
    expect(registeredMethods(['alternateMobilePhone', 'securityQuestion', 'softwareOneTimePasscode'])).toEqual([
      'mobileAppCode',
      'mobilePhone',
      'securityQuestions',
    ]);
    expect(
      availableMethods([
        { id: 'Voice', state: 'enabled' },
        { id: 'Email', state: 'disabled' },
      ]),
    ).toEqual(['mobilePhone', 'officePhone']);
  });

  it('recognises both OMA-URI forms of AllowAadPasswordReset and the PIN recovery node', () => {
    const fact = (uri: string) => mappingForOmaUri(uri)?.fact ?? null;
    expect(fact('./Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset')).toBe('allowAadPasswordReset');
    expect(fact('./device/vendor/msft/policy/config/authentication/allowaadpasswordreset ')).toBe(
      'allowAadPasswordReset',
    );
    // The ./User/ form is recognised as the same setting written to the wrong scope, never as the device node.
    expect(fact('./User/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset')).toBeNull();
    expect(userScopedMapping('./User/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset')?.fact).toBe(
      'allowAadPasswordReset',
    );
    expect(fact('./Device/Vendor/MSFT/PassportForWork/7f3c1a55/Policies/EnablePinRecovery')).toBe('enablePinRecovery');
    expect(fact('./Device/Vendor/MSFT/Policy/Config/Authentication/EnableWebSignIn')).toBe('EnableWebSignIn');
    expect(fact('./Device/Vendor/MSFT/Policy/Config/Browser/AllowCookies')).toBeNull();
    expect([
      omaDataType('#microsoft.graph.omaSettingInteger'),
      omaDataType('#microsoft.graph.omaSettingStringXml'),
      omaDataType('#microsoft.graph.omaSetting'),
      omaDataType(undefined),
    ]).toEqual(['Integer', 'XML', null, null]);
  });
});
