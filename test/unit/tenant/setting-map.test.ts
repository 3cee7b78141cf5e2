// The mapping table, entry by entry: every fact from every place Intune can set it (both OMA-URI forms, the settings
// catalog option ids, administrative templates, typed profiles and intents), and values that are not understood.
import { describe, expect, it } from 'vitest';
import {
  mappingForAdminTemplate,
  mappingForCatalogId,
  mappingForIntentDefinition,
  mappingForOmaUri,
  mappingsForProfileType,
  readAdminTemplateValue,
  readCatalogValue,
  readOmaValue,
  SETTING_MAP,
  type PolicyFact,
  type ReadResult,
} from '../../../simulator/import/index';

const entry = (fact: PolicyFact) => SETTING_MAP.find((mapping) => mapping.fact === fact)!;
const ok = (value: unknown): ReadResult => ({ ok: true, value }) as ReadResult;

/** Each fact with a documented "on" value through each route, and what it reads as. */
const CASES: {
  fact: PolicyFact;
  oma?: { path: string; dataType: string; raw: unknown; value: unknown };
  catalog?: { id: string; raw: unknown; value: unknown };
}[] = [
  {
    fact: 'allowAadPasswordReset',
    oma: {
      path: './Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset',
      dataType: 'Integer',
      raw: 1,
      value: 1,
    },
    catalog: {
      id: 'device_vendor_msft_policy_config_authentication_allowaadpasswordreset',
      raw: 'device_vendor_msft_policy_config_authentication_allowaadpasswordreset_1',
      value: 1,
    },
  },
  {
    fact: 'enablePinRecovery',
    oma: {
      path: './Device/Vendor/MSFT/PassportForWork/7f3c1a55-0d2b-4c7e-9a44-5c2e8d6b9f10/Policies/EnablePinRecovery',
      dataType: 'Boolean',
      raw: true,
      value: true,
    },
    catalog: {
      id: 'device_vendor_msft_passportforwork_{tenantid}_policies_enablepinrecovery',
      raw: 'device_vendor_msft_passportforwork_{tenantid}_policies_enablepinrecovery_true',
      value: true,
    },
  },
  {
    fact: 'NoLockScreen',
    oma: {
      path: './Device/Vendor/MSFT/Policy/Config/ADMX_ControlPanelDisplay/CPL_Personalization_NoLockScreen',
      dataType: 'String',
      raw: '<enabled/>',
      value: 1,
    },
    catalog: {
      id: 'device_vendor_msft_policy_config_admx_controlpaneldisplay_cpl_personalization_nolockscreen',
      raw: 'device_vendor_msft_policy_config_admx_controlpaneldisplay_cpl_personalization_nolockscreen_1',
      value: 1,
    },
  },
  {
    fact: 'DisableLockScreenAppNotifications',
    oma: {
      path: './Vendor/MSFT/Policy/Config/WindowsLogon/DisableLockScreenAppNotifications',
      dataType: 'String',
      raw: ' <disabled/> ',
      value: 0,
    },
    catalog: {
      id: 'device_vendor_msft_policy_config_windowslogon_disablelockscreenappnotifications',
      raw: 'device_vendor_msft_policy_config_windowslogon_disablelockscreenappnotifications_1',
      value: 1,
    },
  },
  {
    fact: 'HideFastUserSwitching',
    oma: {
      path: './Device/Vendor/MSFT/Policy/Config/WindowsLogon/HideFastUserSwitching',
      dataType: 'Integer',
      raw: 1,
      value: 1,
    },
    catalog: {
      id: 'device_vendor_msft_policy_config_windowslogon_hidefastuserswitching',
      raw: 'device_vendor_msft_policy_config_windowslogon_hidefastuserswitching_0',
      value: 0,
    },
  },
  {
    fact: 'DontDisplayLastUserName',
    oma: {
      path: './Device/Vendor/MSFT/Policy/Config/LocalPoliciesSecurityOptions/InteractiveLogon_DoNotDisplayLastSignedIn',
      dataType: 'Integer',
      raw: 1,
      value: 1,
    },
    catalog: {
      id: 'device_vendor_msft_policy_config_localpoliciessecurityoptions_interactivelogon_donotdisplaylastsignedin',
      raw: 'device_vendor_msft_policy_config_localpoliciessecurityoptions_interactivelogon_donotdisplaylastsignedin_1',
      value: 1,
    },
  },
  {
    fact: 'BlockNonAdminUserInstall',
    oma: {
      path: './Vendor/MSFT/Policy/Config/ApplicationManagement/BlockNonAdminUserInstall',
      dataType: 'Integer',
      raw: 1,
      value: 1,
    },
    catalog: {
      id: 'device_vendor_msft_policy_config_applicationmanagement_blocknonadminuserinstall',
      raw: 'device_vendor_msft_policy_config_applicationmanagement_blocknonadminuserinstall_1',
      value: 1,
    },
  },
  {
    fact: 'EnableLUA',
    oma: {
      path: './Device/Vendor/MSFT/Policy/Config/LocalPoliciesSecurityOptions/UserAccountControl_RunAllAdministratorsInAdminApprovalMode',
      dataType: 'Integer',
      raw: 0,
      value: 0,
    },
    catalog: {
      id: 'device_vendor_msft_policy_config_localpoliciessecurityoptions_useraccountcontrol_runalladministratorsinadminapprovalmode',
      raw: 'device_vendor_msft_policy_config_localpoliciessecurityoptions_useraccountcontrol_runalladministratorsinadminapprovalmode_0',
      value: 0,
    },
  },
  {
    fact: 'DisableCAD',
    oma: {
      path: './Device/Vendor/MSFT/Policy/Config/LocalPoliciesSecurityOptions/InteractiveLogon_DoNotRequireCTRLALTDEL',
      dataType: 'Integer',
      raw: 0,
      value: 0,
    },
    catalog: {
      id: 'device_vendor_msft_policy_config_localpoliciessecurityoptions_interactivelogon_donotrequirectrlaltdel',
      raw: 'device_vendor_msft_policy_config_localpoliciessecurityoptions_interactivelogon_donotrequirectrlaltdel_0',
      value: 0,
    },
  },
  {
    fact: 'EnablePasswordlessExperience',
    oma: {
      path: './Device/Vendor/MSFT/Policy/Config/Authentication/EnablePasswordlessExperience',
      dataType: 'Integer',
      raw: 1,
      value: 1,
    },
    catalog: {
      id: 'device_vendor_msft_policy_config_authentication_enablepasswordlessexperience',
      raw: 'device_vendor_msft_policy_config_authentication_enablepasswordlessexperience_1',
      value: 1,
    },
  },
  {
    fact: 'EnableWebSignIn',
    oma: {
      path: './Device/Vendor/MSFT/Policy/Config/Authentication/EnableWebSignIn',
      dataType: 'Integer',
      raw: 1,
      value: 1,
    },
    catalog: {
      id: 'device_vendor_msft_policy_config_authentication_enablewebsignin',
      raw: 'device_vendor_msft_policy_config_authentication_enablewebsignin_1',
      value: 1,
    },
  },
  {
    fact: 'ConfigureWebSignInAllowedUrls',
    oma: {
      path: './Vendor/MSFT/Policy/Config/Authentication/ConfigureWebSignInAllowedUrls',
      dataType: 'String',
      raw: 'adfs.contoso.com; login.microsoftonline.us',
      value: ['adfs.contoso.com', 'login.microsoftonline.us'],
    },
    catalog: {
      id: 'device_vendor_msft_policy_config_authentication_configurewebsigninallowedurls',
      raw: ['adfs.contoso.com', 'idp.contoso.com'],
      value: ['adfs.contoso.com', 'idp.contoso.com'],
    },
  },
  {
    fact: 'AllowLogOnLocally',
    oma: {
      path: './Device/Vendor/MSFT/Policy/Config/UserRights/AllowLocalLogOn',
      dataType: 'String',
      raw: '*S-1-5-32-544&#xF000;*S-1-5-32-545',
      value: ['Administrators', 'Users'],
    },
    catalog: {
      id: 'device_vendor_msft_policy_config_userrights_allowlocallogon',
      raw: ['*S-1-5-32-544'],
      value: ['Administrators'],
    },
  },
  {
    fact: 'DenyLogOnLocally',
    oma: {
      path: './Device/Vendor/MSFT/Policy/Config/UserRights/DenyLocalLogOn',
      dataType: 'String',
      raw: '*S-1-5-32-546\uF000*S-1-1-0',
      value: ['Guests', 'Everyone'],
    },
    catalog: {
      id: 'device_vendor_msft_policy_config_userrights_denylocallogon',
      raw: ['*S-1-5-32-546'],
      value: ['Guests'],
    },
  },
  {
    fact: 'ExcludedCredentialProviders',
    oma: {
      path: './Device/Vendor/MSFT/Policy/Config/ADMX_CredentialProviders/ExcludedCredentialProviders',
      dataType: 'String',
      raw: '<enabled/><data id="ExcludedCredentialProviders" value="{60b78e88-ead8-445c-9cfd-0b87f74ea6cd}"/>',
      value: ['{60b78e88-ead8-445c-9cfd-0b87f74ea6cd}'],
    },
  },
];

describe('mapping table, entry by entry', () => {
  for (const testCase of CASES) {
    const mapping = entry(testCase.fact);
    it(`${testCase.fact}: OMA-URI and settings catalog`, () => {
      expect(mapping.doc).toMatch(/\S/);
      expect(mapping.rules.length).toBeGreaterThan(0);
      if (testCase.oma) {
        const found = mappingForOmaUri(testCase.oma.path);
        expect(found?.fact).toBe(testCase.fact);
        // The other form of the same node (./Device/Vendor ⇄ ./Vendor) names the same setting.
        const other = testCase.oma.path.startsWith('./Device/')
          ? testCase.oma.path.replace('./Device/Vendor/', './Vendor/')
          : testCase.oma.path.replace('./Vendor/', './Device/Vendor/');
        expect(mappingForOmaUri(other)?.fact).toBe(testCase.fact);
        expect(readOmaValue(found!, testCase.oma.dataType, testCase.oma.raw)).toEqual(ok(testCase.oma.value));
      }
      if (testCase.catalog) {
        const found = mappingForCatalogId(testCase.catalog.id);
        expect(found?.fact).toBe(testCase.fact);
        expect(readCatalogValue(found!, testCase.catalog.id, testCase.catalog.raw)).toEqual(ok(testCase.catalog.value));
      }
    });
  }

  it('covers every fact of the table with a test case or a typed-profile source', () => {
    const tested = new Set(CASES.map((testCase) => testCase.fact));
    const untested = SETTING_MAP.filter((mapping) => !tested.has(mapping.fact)).map((mapping) => mapping.fact);
    expect(untested).toEqual(['secureAssessmentProfile']);
    expect(mappingsForProfileType('#microsoft.graph.windows10SecureAssessmentConfiguration')[0].mapping.fact).toBe(
      'secureAssessmentProfile',
    );
  });
});

describe('values that are not understood are never read as 0', () => {
  const lsn = entry('DisableLockScreenAppNotifications');
  const reset = entry('allowAadPasswordReset');
  const id = 'device_vendor_msft_policy_config_windowslogon_disablelockscreenappnotifications';

  it('a catalog option with another suffix, or of another setting, stays not understood', () => {
    expect(readCatalogValue(lsn, id, `${id}_2`)).toMatchObject({ ok: false, problem: expect.stringContaining('_2') });
    expect(readCatalogValue(lsn, id, `${id}_enabled`).ok).toBe(false);
    expect(readCatalogValue(lsn, id, 'device_vendor_msft_policy_config_windowslogon_hidefastuserswitching_1').ok).toBe(
      false,
    );
    expect(readCatalogValue(lsn, id, null).ok).toBe(false);
    expect(readCatalogValue(lsn, id, 1).ok).toBe(false);
  });

  it('an OMA value of the wrong type or shape is reported with what was found', () => {
    const uri = './Device/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset';
    expect(readOmaValue(reset, 'String', '1')).toMatchObject({ ok: false, problem: expect.stringContaining('String') });
    expect(readOmaValue(reset, 'Integer', 2)).toMatchObject({ ok: false, problem: 'expected 0 or 1, found 2' });
    expect(readOmaValue(lsn, 'Integer', 1).ok).toBe(false); // ADMX-backed nodes take a String
    expect(readOmaValue(lsn, 'String', 'enabled').ok).toBe(false);
    expect(mappingForOmaUri(uri)).toBe(reset);
  });
});

describe('administrative templates, typed profiles and intents', () => {
  it('finds the lock-screen templates by display name and category', () => {
    expect(mappingForAdminTemplate('Do not display the lock screen', '\\Control Panel\\Personalization')?.fact).toBe(
      'NoLockScreen',
    );
    expect(mappingForAdminTemplate('Turn off app notifications on the lock screen', '\\System\\Logon')?.fact).toBe(
      'DisableLockScreenAppNotifications',
    );
    expect(mappingForAdminTemplate('Hide entry points for Fast User Switching', '\\System\\Logon')?.fact).toBe(
      'HideFastUserSwitching',
    );
    expect(mappingForAdminTemplate('Use PIN Recovery', '\\Windows Components\\Windows Hello for Business')?.fact).toBe(
      'enablePinRecovery',
    );
    expect(mappingForAdminTemplate('Do not display the lock screen', '\\Some\\Other')).toBeNull();
    const nolock = entry('NoLockScreen');
    expect(readAdminTemplateValue(nolock, true, null)).toEqual(ok(1));
    expect(readAdminTemplateValue(nolock, false, null)).toEqual(ok(0));
    expect(readAdminTemplateValue(nolock, null, null).ok).toBe(false);
    expect(
      readAdminTemplateValue(entry('ExcludedCredentialProviders'), true, '{60b78e88-ead8-445c-9cfd-0b87f74ea6cd}'),
    ).toEqual(ok(['{60b78e88-ead8-445c-9cfd-0b87f74ea6cd}']));
  });

  it('reads endpoint-protection and identity-protection properties; "false" means not configured', () => {
    const props = mappingsForProfileType('#microsoft.graph.windows10EndpointProtectionConfiguration');
    const hide = props.find((p) => p.property === 'localSecurityOptionsHideLastSignedInUser')!;
    expect(hide.mapping.fact).toBe('DontDisplayLastUserName');
    expect(hide.read(true)).toEqual(ok(1));
    expect(hide.read(false)).toBeNull();
    // Microsoft documents "Require CTRL+ALT+DEL to log on" with both meanings: never guessed.
    const cad = props.find((p) => p.property === 'localSecurityOptionsDoNotRequireCtrlAltDel')!;
    expect(cad.read(true)).toMatchObject({ ok: false });
    const intent = mappingForIntentDefinition(
      'deviceConfiguration--windowsIdentityProtectionConfiguration_pinRecoveryEnabled',
    );
    expect(intent?.mapping.fact).toBe('enablePinRecovery');
    expect(intent?.read(true)).toEqual(ok(true));
    expect(
      mappingForIntentDefinition('deviceConfiguration--windows10EndpointProtectionConfiguration_firewallEnabled'),
    ).toBeNull();
  });
});
