// The device policy settings the rules read, each under its real Group Policy / CSP name with the rule that reads it.
import { PASSWORD_PROVIDER_CLSID } from '../../../simulator/index';
import { BoolField, FlagField, ListField, NumberField, Section } from '../../ui/fields';
import { useTranslation } from 'react-i18next';

export function DeviceSettingsSection() {
  const { t } = useTranslation();
  return (
    <Section title={t('deviceSettings.policiesOnTheDevice')} description={t('deviceSettings.valuesAsTheDevice')}>
      <FlagField
        path="device.settings.NoLockScreen"
        label={t('deviceSettings.doNotDisplayThe')}
        help={t('deviceSettings.n1RemovesTheLock')}
        rules={['R-NOLOCK']}
      />
      <FlagField
        path="device.settings.DisableLockScreenAppNotifications"
        label={t('deviceSettings.turnOffAppNotifications')}
        help={t('deviceSettings.n1MakesTheReset')}
        rules={['R-LSNOTIF', 'R-COMBO']}
      />
      <FlagField
        path="device.settings.HideFastUserSwitching"
        label={t('deviceSettings.hideEntryPointsFor')}
        rules={['R-FUS']}
      />
      <FlagField
        path="device.settings.DontDisplayLastUserName"
        label={t('deviceSettings.interactiveLogonDonT')}
        rules={['R-DDLU']}
      />
      <FlagField
        path="device.settings.BlockNonAdminUserInstall"
        label={t('deviceSettings.preventNonAdminUsers')}
        rules={['R-APPX']}
      />
      <BoolField
        path="device.settings.EnableLostMode"
        label={t('deviceSettings.lostModeEnablelostmode')}
        rules={['R-LOST']}
        yes={t('fields.set')}
        no={t('fields.notSet')}
      />
      <BoolField
        path="device.settings.customShell"
        label={t('deviceSettings.customShellReplacesExplorer')}
        rules={['R-SHELL']}
      />
      <FlagField
        path="device.settings.RequireSmartCard"
        label={t('deviceSettings.interactiveLogonRequireSmart')}
        help={t('deviceSettings.smartCardOnlyLogon')}
        rules={['R-SMARTCARD']}
      />
      <FlagField
        path="device.settings.EnableLUA"
        label={t('deviceSettings.userAccountControlRun')}
        help={t('deviceSettings.n0TurnsUacOff')}
        zero="0 · UAC off"
        one="1 · UAC on"
        rules={['R-UAC']}
      />
      <NumberField
        path="device.settings.thirdPartyCredentialProviders"
        label={t('deviceSettings.thirdPartyCredentialProviders')}
        help={t('deviceSettings.anyThirdPartyCredential')}
        rules={['R-3PCP', 'R-L-MULTICP']}
      />
      <FlagField
        path="device.settings.DisableCAD"
        label={t('deviceSettings.interactiveLogonDoNot')}
        help={t('deviceSettings.n0DisabledIE')}
        zero="0 · Disabled (CAD required)"
        one="1 · Enabled"
        rules={['R-CAD', 'R-COMBO']}
      />
      <FlagField
        path="device.settings.IsContentDeliveryPolicyEnforced"
        label="IsContentDeliveryPolicyEnforced"
        help={t('deviceSettings.theThirdSettingOf')}
        rules={['R-COMBO']}
      />
      <FlagField
        path="device.settings.EnablePasswordlessExperience"
        label={t('deviceSettings.enablePasswordlessExperienceEnablepasswordlessexperience')}
        help={t('deviceSettings.windows11HidesThe')}
        rules={['R-PWLESS']}
      />
      <FlagField path="device.settings.EnableWebSignIn" label={t('deviceSettings.enableWebSignIn')} rules={['P-W11']} />
      <ListField
        path="device.settings.ConfigureWebSignInAllowedUrls"
        label={t('deviceSettings.configureWebSignIn')}
        help={t('deviceSettings.federatedPinResetNeeds')}
        rules={['P-FED', 'P-GOV']}
        itemName="URL"
        placeholder="sts.contoso.com"
      />
      <BoolField
        path="device.settings.copyProfileWebCacheNotCleared"
        label={t('deviceSettings.imageMadeWithCopyprofile')}
        rules={['R-SYSPREP']}
      />
      <BoolField
        path="device.settings.temporaryAccountBlocked"
        label={t('deviceSettings.temporaryDefaultuser1AccountBlocked')}
        help={t('deviceSettings.eGDenyLog')}
        rules={['R-TEMPACCT']}
      />
      <ListField
        path="device.settings.AllowLogOnLocally"
        label={t('deviceSettings.allowLogOnLocally')}
        help={t('deviceSettings.allowLogOnLocallyHelp')}
        rules={['R-LOGONRIGHT']}
        itemName={t('deviceSettings.accountOrGroup')}
        placeholder={t('deviceSettings.allowPlaceholder')}
      />
      <ListField
        path="device.settings.DenyLogOnLocally"
        label={t('deviceSettings.denyLogOnLocally')}
        help={t('deviceSettings.denyLogOnLocallyHelp')}
        rules={['R-LOGONRIGHT']}
        itemName={t('deviceSettings.accountOrGroup')}
        placeholder={t('deviceSettings.denyPlaceholder')}
      />
      <ListField
        path="device.settings.ExcludedCredentialProviders"
        label={t('deviceSettings.excludedCredentialProviders')}
        help={t('deviceSettings.excludedCredentialProvidersHelp')}
        rules={['R-EXCLCP']}
        itemName={t('deviceSettings.credentialProvider')}
        placeholder={PASSWORD_PROVIDER_CLSID}
      />
      <NumberField
        path="device.settings.staleDefaultUserProfiles"
        label={t('deviceSettings.staleDefaultUserProfiles')}
        help={t('deviceSettings.staleDefaultUserProfilesHelp')}
        rules={['R-DU-CLEANUP', 'R-DU-PILE']}
      />
    </Section>
  );
}

export function FieldReportsSection() {
  const { t } = useTranslation();
  return (
    <Section title={t('deviceSettings.fieldReports')} description={t('deviceSettings.readOnlyWhenDocs')}>
      <BoolField
        path="device.settings.secureAssessmentProfile"
        label={t('deviceSettings.intuneSecureAssessmentEducation')}
        rules={['R-SECURE-ASSESS']}
      />
      <BoolField
        path="device.settings.customLockScreenImage"
        label={t('deviceSettings.customLockScreenImage')}
        help={t('deviceSettings.pleaseWaitLoopGh')}
      />
      <NumberField
        path="device.settings.DelayedDesktopSwitchTimeout"
        label="DelayedDesktopSwitchTimeout"
        help={t('deviceSettings.n1LoopsGh113847')}
      />
      <BoolField
        path="device.settings.restartedSinceLastSignOut"
        label={t('deviceSettings.restartedSinceTheLast')}
        help={t('deviceSettings.linkMissingUntilSign')}
      />
    </Section>
  );
}
