// The Password reset blades of the Entra admin center, plus the tenant facts the service rules read.
import { LICENCES, METHODS } from '../../../simulator/index';
import {
  BoolField,
  ChoiceField,
  ListField,
  MultiChoiceField,
  NumberField,
  Section,
  TextField,
  useFieldValue,
} from '../../ui/fields';
import { LICENCE_LABELS, METHOD_LABELS } from '../../ui/labels';
import { useTranslation } from 'react-i18next';

const methodOptions = METHODS.map((value) => ({ value, label: METHOD_LABELS[value] }));
const licenceOptions = LICENCES.map((value) => ({ value, label: LICENCE_LABELS[value] }));

export function PropertiesBlade() {
  const { t } = useTranslation();
  const enabled = useFieldValue<string>('tenant.sspr.enabled');
  return (
    <Section title={t('tenantSettings.properties')} description={t('tenantSettings.whoMayUseSelf')}>
      <ChoiceField
        path="tenant.sspr.enabled"
        label={t('tenantSettings.selfServicePasswordReset')}
        help={t('tenantSettings.noneDeniesEveryoneSspr')}
        rules={['R-SSPR-NONE', 'R-SSPR-SCOPE']}
        options={[
          { value: 'None', label: t('tenantSettings.none') },
          { value: 'Selected', label: t('tenantSettings.selected') },
          { value: 'All', label: t('tenantSettings.all') },
        ]}
      />
      {enabled === 'Selected' && (
        <TextField
          path="tenant.sspr.selectedGroup"
          label={t('tenantSettings.selectedGroup')}
          help={t('tenantSettings.theSingleGroupWhose')}
          rules={['R-SSPR-SCOPE']}
          emptyIsNull
          allowUnknown
          placeholder={t('tenantSettings.groupName')}
        />
      )}
      <BoolField
        path="tenant.passwordResetPolicyDefined"
        label={t('tenantSettings.aPasswordResetPolicy')}
        help={t('tenantSettings.noPolicyAtAll')}
        rules={['R-SSPR-NOPOLICY']}
      />
    </Section>
  );
}

export function MethodsBlade() {
  const { t } = useTranslation();
  return (
    <Section title={t('tenantSettings.authenticationMethods')} description={t('tenantSettings.managingMethodsHereIs')}>
      <ChoiceField
        path="tenant.sspr.methodsRequired"
        label={t('tenantSettings.numberOfMethodsRequired')}
        rules={['R-METHODS']}
        options={[
          { value: 1, label: '1' },
          { value: 2, label: '2' },
        ]}
      />
      <MultiChoiceField
        path="tenant.sspr.methodsAvailable"
        label={t('tenantSettings.methodsAvailableToUsers')}
        help={t('tenantSettings.officePhoneNeedsA')}
        rules={['R-METHODS', 'R-APPONLY']}
        options={methodOptions}
      />
      <NumberField
        path="tenant.sspr.questionsToRegister"
        label={t('tenantSettings.numberOfQuestionsRequired')}
        min={3}
        max={5}
        allowUnknown={false}
      />
      <NumberField
        path="tenant.sspr.questionsToReset"
        label={t('tenantSettings.numberOfQuestionsRequired2')}
        min={3}
        max={5}
        allowUnknown={false}
      />
      <BoolField
        path="tenant.sspr.methodsPolicyMigrated"
        label={t('tenantSettings.methodsManagedInThe')}
        help={t('tenantSettings.migratedTenantsNoLonger')}
        rules={['R-APPONLY']}
        yes={t('tenantSettings.migrated')}
        no={t('tenantSettings.legacyPolicy')}
      />
    </Section>
  );
}

export function RegistrationBlade() {
  const { t } = useTranslation();
  return (
    <Section title={t('tenantSettings.registration')}>
      <BoolField
        path="tenant.sspr.registration.requireRegistration"
        label={t('tenantSettings.requireUsersToRegister')}
        help={t('tenantSettings.usersWithoutMethodsAre')}
        rules={['R-REG']}
        allowUnknown={false}
      />
      <NumberField
        path="tenant.sspr.registration.reconfirmDays"
        label={t('tenantSettings.numberOfDaysBefore')}
        help={t('tenantSettings.n0MeansNeverNeeds')}
        min={0}
        max={730}
        allowUnknown={false}
        unit={t('fields.unit.days')}
      />
    </Section>
  );
}

export function NotificationsBlade() {
  const { t } = useTranslation();
  return (
    <Section title={t('tenantSettings.notifications')}>
      <BoolField
        path="tenant.sspr.notifications.notifyUsers"
        label={t('tenantSettings.notifyUsersOnPassword')}
        allowUnknown={false}
      />
      <BoolField
        path="tenant.sspr.notifications.notifyAdmins"
        label={t('tenantSettings.notifyAllAdminsWhen')}
        allowUnknown={false}
      />
    </Section>
  );
}

export function CustomizationBlade() {
  const { t } = useTranslation();
  const helpdesk = useFieldValue<boolean>('tenant.sspr.customization.helpdeskLink');
  return (
    <Section title={t('tenantSettings.customization')} description={t('tenantSettings.theLinkUsersSee')}>
      <BoolField
        path="tenant.sspr.customization.helpdeskLink"
        label={t('tenantSettings.customizeHelpdeskLink')}
        allowUnknown={false}
      />
      {helpdesk && (
        <TextField
          path="tenant.sspr.customization.helpdeskEmailOrUrl"
          label={t('tenantSettings.customHelpdeskEmailOr')}
          placeholder={t('tenantSettings.helpdeskContosoComOr')}
        />
      )}
    </Section>
  );
}

export function AdministratorBlade() {
  const { t } = useTranslation();
  return (
    <Section
      title={t('tenantSettings.administratorPolicy')}
      description={t('tenantSettings.administratorsFollowAMicrosoft')}
    >
      <BoolField
        path="tenant.allowedToUseSSPR"
        label="allowedToUseSSPR"
        help={t('tenantSettings.administratorsOnlyNotUsers')}
        rules={['R-ADMIN-OFF']}
        yes="true"
        no="false"
      />
      <NumberField
        path="tenant.trialDaysElapsed"
        label={t('tenantSettings.daysSinceTheTenant')}
        rules={['R-ADMIN']}
        unit={t('fields.unit.days')}
      />
      <BoolField path="tenant.customDomain" label={t('tenantSettings.customDomainAdded')} rules={['R-ADMIN']} />
      <BoolField
        path="tenant.directorySync"
        label={t('tenantSettings.microsoftEntraConnectSync')}
        rules={['R-ADMIN']}
      />
    </Section>
  );
}

export function LicencesBlade() {
  const { t } = useTranslation();
  return (
    <>
      <Section title={t('tenantSettings.licences')} description={t('tenantSettings.qualifyingBusinessStandardPremium')}>
        <MultiChoiceField
          path="tenant.licences"
          label={t('tenantSettings.tenantSubscriptions')}
          rules={['R-LICENSE']}
          options={licenceOptions}
        />
      </Section>
      <Section title={t('tenantSettings.identityAndCloud')}>
        <TextField path="tenant.name" label={t('tenantSettings.tenantName')} />
        <ChoiceField
          path="tenant.cloud"
          label={t('tenantSettings.cloud')}
          rules={['P-GOV']}
          options={[
            { value: 'global', label: t('tenantSettings.global') },
            { value: 'usGovernment', label: t('tenantSettings.azureUsGovernment') },
          ]}
        />
        <ChoiceField
          path="tenant.identityProvider"
          label={t('tenantSettings.identityProvider')}
          help={t('tenantSettings.federatedTenantsNeedThe')}
          rules={['P-FED']}
          options={[
            { value: 'managed', label: t('tenantSettings.managedEntraId') },
            { value: 'adfs', label: 'AD FS' },
            { value: 'thirdParty', label: t('tenantSettings.thirdPartyIdp') },
          ]}
        />
        <ListField
          path="tenant.identityProviderDomains"
          label={t('tenantSettings.identityProviderDomains')}
          rules={['P-FED']}
          itemName={t('fields.itemName.domain')}
          placeholder="sts.contoso.com"
        />
        <BoolField
          path="tenant.pinResetConsent"
          label={t('tenantSettings.pinResetConsent')}
          help={t('tenantSettings.microsoftPinResetService')}
          rules={['P-NONDESTR']}
        />
      </Section>
    </>
  );
}
