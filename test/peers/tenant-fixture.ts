// A deterministic Contoso tenant in Microsoft Graph's documented response shapes. Collections are generated item by
// item from their index, so the local Graph server can serve 50,000 devices without holding them.

export const FIXTURE_TENANT_ID = '7f3c1a55-0d2b-4c7e-9a44-5c2e8d6b9f10';
export const P1_SKU_ID = '078d2b04-f1bd-4111-bbd4-b4b1b354cef4';
export const E3_SKU_ID = '6fd2c87f-b296-42f0-b197-1e91e994b900';
export const DEVICE_GROUP_ID = '11111111-2222-4333-8444-000000000001';
export const PILOT_GROUP_ID = '11111111-2222-4333-8444-000000000002';
export const DELETED_GROUP_ID = '11111111-2222-4333-8444-000000000099';
/** Devices 3, 6 and 7; the lock-screen policy's include filter keeps only the Surface ones (3 and 7). */
export const KIOSK_GROUP_ID = '11111111-2222-4333-8444-000000000003';
export const SURFACE_FILTER_ID = 'f0000000-0000-4000-8000-000000000001';
export const ACCOUNT_PROTECTION_TEMPLATE_ID = '0f2b5d70-d4e9-4156-8c16-1397eb6c54a5';
export const LOCK_SCREEN_TEMPLATE_ID = 'a0000000-0000-4000-8000-00000000a001';
const INTENT_ID = 'i0000000-0000-4000-8000-000000000001';
const ADMX_PROFILE_ID = 'g0000000-0000-4000-8000-000000000001';
const CATALOG = 'device_vendor_msft_policy_config_';

function hex12(value: number): string {
  return value.toString(16).padStart(12, '0');
}

/** Entra object id of device i. */
export const deviceObjectId = (i: number) => `d0000000-0000-4000-8000-${hex12(i)}`;
/** Entra deviceId (what Intune's azureADDeviceId holds) of device i. */
export const entraDeviceId = (i: number) => `e0000000-0000-4000-8000-${hex12(i)}`;
export const userObjectId = (i: number) => `a0000000-0000-4000-8000-${hex12(i)}`;
export const deviceName = (i: number) => `PC-${String(i).padStart(5, '0')}`;
export const userPrincipalName = (i: number) => `user${i}@contoso.com`;

const OS_VERSIONS = ['10.0.26100.2605', '10.0.19045.5247', '10.0.16299.15', '10.0.22631.4460'];
const TRUST_TYPES = ['AzureAd', 'ServerAd', 'Workplace', 'AzureAd'];
const JOIN_TYPES = ['azureADJoined', 'hybridAzureADJoined', 'azureADRegistered', 'azureADJoined'];

export interface Collection {
  count: number;
  itemAt(index: number): Record<string, unknown>;
}

export interface FixtureGroup {
  displayName: string;
  members: Collection;
}

export class TenantFixture {
  readonly collections: Record<string, Collection>;
  readonly singletons: Record<string, Record<string, unknown>>;
  readonly groups: Map<string, FixtureGroup>;

  constructor(
    readonly deviceCount: number,
    readonly userCount: number,
  ) {
    const users = userCount;
    /** Devices with an Intune record: two of every three. */
    const managed = (i: number) => i % 3 !== 2;
    const managedIndexes = Math.floor(deviceCount / 3) * 2 + Math.min(deviceCount % 3, 2);
    this.collections = {
      '/v1.0/devices': {
        count: deviceCount,
        itemAt: (i) => ({
          id: deviceObjectId(i),
          deviceId: entraDeviceId(i),
          displayName: deviceName(i),
          operatingSystem: 'Windows',
          operatingSystemVersion: OS_VERSIONS[i % 4],
          trustType: TRUST_TYPES[i % 4],
          isManaged: managed(i),
        }),
      },
      '/beta/deviceManagement/managedDevices': {
        count: managedIndexes,
        itemAt: (n) => {
          const i = Math.floor(n / 2) * 3 + (n % 2); // the n-th managed device index
          return {
            id: `m0000000-0000-4000-8000-${hex12(i)}`,
            deviceName: deviceName(i),
            azureADDeviceId: entraDeviceId(i),
            osVersion: OS_VERSIONS[i % 4],
            operatingSystem: 'Windows',
            userId: userObjectId(i % users),
            userPrincipalName: userPrincipalName(i % users),
            skuFamily: i % 2 === 0 ? 'Enterprise' : 'Professional',
            skuNumber: i % 2 === 0 ? 4 : 48,
            joinType: JOIN_TYPES[i % 4],
            manufacturer: i % 2 === 1 ? 'Microsoft Corporation' : 'LENOVO',
            model: i % 2 === 1 ? 'Surface Laptop 5' : 'ThinkPad X1 Carbon',
            deviceCategoryDisplayName: null,
            managedDeviceOwnerType: 'company',
            enrollmentProfileName: null,
          };
        },
      },
      '/v1.0/deviceManagement/deviceConfigurations': list([
        {
          '@odata.type': '#microsoft.graph.windows10CustomConfiguration',
          id: 'c0000000-0000-4000-8000-000000000001',
          displayName: 'SSPR at sign-in (custom)',
          omaSettings: [
            {
              '@odata.type': '#microsoft.graph.omaSettingInteger',
              displayName: 'AllowAadPasswordReset',
              omaUri: './Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset',
              value: 1,
            },
          ],
          assignments: [
            { target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: DEVICE_GROUP_ID } },
          ],
        },
        {
          '@odata.type': '#microsoft.graph.windows10CustomConfiguration',
          id: 'c0000000-0000-4000-8000-000000000002',
          displayName: 'Old SSPR profile (typed String)',
          omaSettings: [
            {
              '@odata.type': '#microsoft.graph.omaSettingString',
              displayName: 'AllowAadPasswordReset',
              omaUri: './Device/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset',
              value: '1',
            },
          ],
          assignments: [
            { target: { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' } },
            { target: { '@odata.type': '#microsoft.graph.exclusionGroupAssignmentTarget', groupId: DELETED_GROUP_ID } },
          ],
        },
        {
          '@odata.type': '#microsoft.graph.windows10GeneralConfiguration',
          id: 'c0000000-0000-4000-8000-000000000003',
          displayName: 'Device restrictions',
          assignments: [],
        },
        {
          // Endpoint protection profile: true = configured; false = Not configured (nothing sent to the device).
          '@odata.type': '#microsoft.graph.windows10EndpointProtectionConfiguration',
          id: 'c0000000-0000-4000-8000-000000000004',
          displayName: 'Endpoint protection (local security options)',
          localSecurityOptionsHideLastSignedInUser: false,
          localSecurityOptionsUseAdminApprovalModeForAdministrators: true,
          assignments: [{ target: { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' } }],
        },
        {
          '@odata.type': '#microsoft.graph.windows10CustomConfiguration',
          id: 'c0000000-0000-4000-8000-000000000005',
          displayName: 'Co-managed collection profile',
          omaSettings: [
            {
              '@odata.type': '#microsoft.graph.omaSettingInteger',
              omaUri: './Device/Vendor/MSFT/Policy/Config/WindowsLogon/HideFastUserSwitching',
              value: 0,
            },
          ],
          assignments: [
            {
              target: {
                '@odata.type': '#microsoft.graph.configurationManagerCollectionAssignmentTarget',
                collectionId: 'SMS00001',
              },
            },
          ],
        },
      ]),
      '/beta/deviceManagement/configurationPolicies': list([
        {
          id: 'p0000000-0000-4000-8000-000000000001',
          name: 'SSPR pilot (settings catalog)',
          platforms: 'windows10',
          technologies: 'mdm',
          settings: [
            {
              settingInstance: {
                '@odata.type': '#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance',
                settingDefinitionId: 'device_vendor_msft_policy_config_authentication_allowaadpasswordreset',
                choiceSettingValue: {
                  value: 'device_vendor_msft_policy_config_authentication_allowaadpasswordreset_1',
                },
              },
            },
          ],
          assignments: [
            { target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: PILOT_GROUP_ID } },
          ],
        },
        {
          // A settings-catalog "Login and lock screen" policy as admins build it: the reset link and lock-screen
          // notifications off, side by side (R-LSNOTIF).
          id: 'p0000000-0000-4000-8000-000000000003',
          name: 'Login and lock screen',
          platforms: 'windows10',
          technologies: 'mdm',
          templateReference: { templateId: '', templateFamily: 'none', templateDisplayName: null },
          settings: [
            choice(`${CATALOG}authentication_allowaadpasswordreset`, '1'),
            choice(`${CATALOG}windowslogon_disablelockscreenappnotifications`, '1'),
          ],
          assignments: [
            {
              target: {
                '@odata.type': '#microsoft.graph.groupAssignmentTarget',
                groupId: KIOSK_GROUP_ID,
                deviceAndAppManagementAssignmentFilterId: SURFACE_FILTER_ID,
                deviceAndAppManagementAssignmentFilterType: 'include',
              },
            },
          ],
        },
        {
          id: 'p0000000-0000-4000-8000-000000000004',
          name: 'Windows security baseline',
          platforms: 'windows10',
          technologies: 'mdm',
          templateReference: {
            templateId: 'x',
            templateFamily: 'baseline',
            templateDisplayName: 'Security Baseline for Windows 10 and later',
          },
          settings: [
            choice(
              `${CATALOG}localpoliciessecurityoptions_useraccountcontrol_runalladministratorsinadminapprovalmode`,
              '1',
            ),
            choice(`${CATALOG}localpoliciessecurityoptions_interactivelogon_donotrequirectrlaltdel`, '0'),
          ],
          assignments: [{ target: { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' } }],
        },
        {
          id: 'p0000000-0000-4000-8000-000000000002',
          name: 'BitLocker',
          platforms: 'windows10',
          technologies: 'mdm',
          settings: [
            { settingInstance: { settingDefinitionId: 'device_vendor_msft_bitlocker_requiredeviceencryption' } },
          ],
          assignments: [],
        },
      ]),
      '/beta/deviceManagement/groupPolicyConfigurations': list([
        {
          id: ADMX_PROFILE_ID,
          displayName: 'Lock screen (administrative template)',
          assignments: [{ target: { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' } }],
        },
      ]),
      [`/beta/deviceManagement/groupPolicyConfigurations/${ADMX_PROFILE_ID}/definitionValues`]: list([
        {
          id: 'dv-1',
          enabled: false,
          definition: {
            displayName: 'Do not display the lock screen',
            categoryPath: '\\Control Panel\\Personalization',
            classType: 'machine',
          },
          presentationValues: [],
        },
        {
          id: 'dv-2',
          enabled: true,
          definition: {
            displayName: 'Turn off Windows Spotlight',
            categoryPath: '\\Windows Components',
            classType: 'user',
          },
          presentationValues: [],
        },
      ]),
      '/beta/deviceManagement/intents': list([
        { id: INTENT_ID, displayName: 'Account protection (legacy)', templateId: ACCOUNT_PROTECTION_TEMPLATE_ID },
      ]),
      '/beta/deviceManagement/templates': list([
        {
          id: ACCOUNT_PROTECTION_TEMPLATE_ID,
          displayName: 'Account protection',
          templateType: 'endpointSecurityAccountProtection',
        },
      ]),
      [`/beta/deviceManagement/intents/${INTENT_ID}/settings`]: list([
        {
          '@odata.type': '#microsoft.graph.deviceManagementBooleanSettingInstance',
          id: 's-1',
          definitionId: 'deviceConfiguration--windowsIdentityProtectionConfiguration_pinRecoveryEnabled',
          valueJson: 'true',
          value: true,
        },
      ]),
      [`/beta/deviceManagement/intents/${INTENT_ID}/assignments`]: list([
        { id: 'a-1', target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: DEVICE_GROUP_ID } },
      ]),
      '/beta/deviceManagement/assignmentFilters': list([
        {
          id: SURFACE_FILTER_ID,
          displayName: 'Surface devices',
          platform: 'windows10AndLater',
          rule: '(device.manufacturer -eq "Microsoft Corporation") and (device.model -startsWith "Surface")',
        },
      ]),
      '/v1.0/reports/authenticationMethods/userRegistrationDetails': {
        count: users,
        itemAt: (i) => ({
          id: userObjectId(i),
          userPrincipalName: userPrincipalName(i),
          isAdmin: i === 0,
          isSsprEnabled: i % 7 !== 6,
          isSsprRegistered: i % 4 !== 3,
          isSsprCapable: i % 4 !== 3 && i % 7 !== 6,
          methodsRegistered: i % 4 === 3 ? [] : ['microsoftAuthenticatorPush', 'email', 'windowsHelloForBusiness'],
        }),
      },
      '/v1.0/subscribedSkus': list([
        {
          skuId: P1_SKU_ID,
          skuPartNumber: 'AAD_PREMIUM',
          capabilityStatus: 'Enabled',
          prepaidUnits: { enabled: 100000 },
          servicePlans: [{ servicePlanName: 'AAD_PREMIUM' }, { servicePlanName: 'MFA_PREMIUM' }],
        },
        {
          skuId: E3_SKU_ID,
          skuPartNumber: 'ENTERPRISEPACK',
          capabilityStatus: 'Enabled',
          prepaidUnits: { enabled: 50 },
          servicePlans: [{ servicePlanName: 'EXCHANGE_S_ENTERPRISE' }],
        },
      ]),
      '/v1.0/users': {
        count: users,
        itemAt: (i) => ({
          id: userObjectId(i),
          userPrincipalName: userPrincipalName(i),
          displayName: `User ${i}`,
          userType: 'Member',
          onPremisesSyncEnabled: i % 5 === 4 ? true : null,
          assignedLicenses: i % 10 === 9 ? [{ skuId: E3_SKU_ID }] : [{ skuId: P1_SKU_ID }],
        }),
      },
    };
    this.singletons = {
      '/v1.0/organization': {
        value: [
          {
            id: FIXTURE_TENANT_ID,
            displayName: 'Contoso',
            verifiedDomains: [{ name: 'contoso.onmicrosoft.com' }, { name: 'contoso.com' }],
            onPremisesSyncEnabled: null,
          },
        ],
      },
      '/v1.0/policies/authenticationMethodsPolicy': {
        id: 'authenticationMethodsPolicy',
        policyMigrationState: 'migrationComplete',
        authenticationMethodConfigurations: [
          { id: 'MicrosoftAuthenticator', state: 'enabled' },
          { id: 'Sms', state: 'enabled' },
          { id: 'Email', state: 'disabled' },
          { id: 'Fido2', state: 'enabled' },
        ],
      },
      '/v1.0/policies/authorizationPolicy': { id: 'authorizationPolicy', allowedToUseSSPR: false },
    };
    this.groups = new Map([
      [
        KIOSK_GROUP_ID,
        {
          displayName: 'Kiosk devices',
          members: list([3, 6, 7].map((i) => ({ '@odata.type': '#microsoft.graph.device', id: deviceObjectId(i) }))),
        },
      ],
      [
        DEVICE_GROUP_ID,
        {
          displayName: 'SSPR - Windows devices',
          // Every even device.
          members: {
            count: Math.ceil(deviceCount / 2),
            itemAt: (n) => ({ '@odata.type': '#microsoft.graph.device', id: deviceObjectId(n * 2) }),
          },
        },
      ],
      [
        PILOT_GROUP_ID,
        {
          displayName: 'SSPR pilot',
          // Device 1, 11, 21, … and the first user (a mixed group).
          members: {
            count: Math.ceil((deviceCount - 1) / 10) + 1,
            itemAt: (n) =>
              n === 0
                ? { '@odata.type': '#microsoft.graph.user', id: userObjectId(0) }
                : { '@odata.type': '#microsoft.graph.device', id: deviceObjectId((n - 1) * 10 + 1) },
          },
        },
      ],
    ]);
  }
}

function choice(settingDefinitionId: string, option: string): Record<string, unknown> {
  return {
    settingInstance: {
      '@odata.type': '#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance',
      settingDefinitionId,
      choiceSettingValue: { value: `${settingDefinitionId}_${option}`, children: [] },
    },
  };
}

function list(items: Record<string, unknown>[]): Collection {
  return { count: items.length, itemAt: (i) => items[i] };
}
