// User: identity, groups, licences, registered methods, recent attempts, account state and Windows Hello PIN.
import { LICENCES, METHODS } from '../../../simulator/index';
import { BoolField, ChoiceField, ListField, MultiChoiceField, NumberField, Section, TextField } from '../../ui/fields';
import { LICENCE_LABELS, METHOD_LABELS } from '../../ui/labels';
import { ScreenPage } from '../../ui/ScreenPage';
import { useTranslation } from 'react-i18next';

export function UserScreen() {
  const { t } = useTranslation();
  return (
    <ScreenPage
      testId="screen-user"
      crumbs={t('userSettings.homeUsers')}
      title={t('userSettings.user')}
      description={t('userSettings.thePersonAtThe')}
    >
      <Section title={t('userSettings.identity')}>
        <TextField path="user.displayName" label={t('userSettings.displayName')} />
        <TextField path="user.userPrincipalName" label={t('userSettings.userPrincipalName')} />
        <ChoiceField
          path="user.authentication"
          label={t('userSettings.authentication')}
          help={t('userSettings.anythingButCloudOnly')}
          rules={['R-WRITEBACK']}
          options={[
            { value: 'cloudOnly', label: t('userSettings.cloudOnly') },
            { value: 'passwordHashSync', label: t('userSettings.syncedPhs') },
            { value: 'passThrough', label: t('userSettings.syncedPta') },
            { value: 'federated', label: t('userSettings.syncedFederated') },
          ]}
        />
        <ChoiceField
          path="user.accountKind"
          label={t('userSettings.accountKind')}
          rules={['P-MSA', 'P-MSA-LOCK']}
          options={[
            { value: 'workOrSchool', label: t('userSettings.workOrSchool') },
            { value: 'personalMicrosoftAccount', label: t('userSettings.personalMicrosoftAccount') },
          ]}
        />
        <BoolField
          path="user.guestPersonalAccount"
          label={t('userSettings.guestUsingAPersonal')}
          rules={['R-MSA-GUEST']}
        />
        <BoolField
          path="user.adminRole"
          label={t('userSettings.holdsAnAdministratorRole')}
          rules={['R-ADMIN', 'R-ADMIN-OFF', 'R-ADMIN-LIC']}
        />
        <ListField
          path="user.groups"
          label={t('userSettings.groups')}
          help={t('userSettings.transitiveMembershipUsedBy')}
          rules={['R-SSPR-SCOPE', 'R-ASSIGN']}
          itemName={t('fields.itemName.group')}
        />
        <MultiChoiceField
          path="user.licences"
          label={t('userSettings.assignedLicences')}
          rules={['R-LICENSE', 'R-LICENSE-TRIAL']}
          options={LICENCES.map((value) => ({ value, label: LICENCE_LABELS[value] }))}
        />
      </Section>
      <Section title={t('userSettings.registration')}>
        <MultiChoiceField
          path="user.registeredMethods"
          label={t('userSettings.registeredMethods')}
          help={t('userSettings.registeredAtHttpsAka')}
          rules={['R-REG', 'R-METHODS']}
          options={METHODS.map((value) => ({ value, label: METHOD_LABELS[value] }))}
        />
        <NumberField
          path="user.securityQuestionsRegistered"
          label={t('userSettings.securityQuestionsRegistered')}
          max={20}
          allowUnknown={false}
        />
        <ChoiceField
          path="user.mobilePhoneOptions"
          label={t('userSettings.mobilePhoneOptions')}
          help={t('userSettings.mobilePhoneOptionsHelp')}
          rules={['R-ADMIN', 'R-METHODS']}
          options={[
            { value: 'textOrCall', label: t('userSettings.textOrCall') },
            { value: 'textOnly', label: t('userSettings.textOnly') },
            { value: 'callOnly', label: t('userSettings.callOnly') },
          ]}
        />
      </Section>
      <Section title={t('userSettings.attemptsInTheLast')} description={t('userSettings.fiveOfAnyKind')}>
        <NumberField
          path="user.recentAttempts.phoneValidations"
          label={t('userSettings.phoneValidations')}
          rules={['R-THROTTLE']}
        />
        <NumberField
          path="user.recentAttempts.securityQuestionTries"
          label={t('userSettings.securityQuestionTries')}
          rules={['R-THROTTLE']}
        />
        <NumberField path="user.recentAttempts.resets" label={t('userSettings.resets')} rules={['R-THROTTLE']} />
      </Section>
      <Section title={t('userSettings.password')}>
        <BoolField path="user.lockedOutOnPremises" label={t('userSettings.lockedOutInActive')} rules={['R-UNLOCK']} />
        <NumberField
          path="user.passwordLastSetHoursAgo"
          label={t('userSettings.passwordLastSet')}
          integer={false}
          unit={t('fields.unit.hoursAgo')}
          rules={['R-ONPREM']}
        />
        <TextField
          path="user.newPassword"
          label={t('userSettings.newPasswordToTry')}
          help={t('userSettings.leaveEmptyToAssume')}
          rules={['R-CLOUDPW', 'R-ONPREM']}
          emptyIsNull
        />
        <BoolField path="user.newPasswordInHistory" label={t('userSettings.newPasswordIsIn')} rules={['R-ONPREM']} />
      </Section>
      <Section title={t('userSettings.windowsHelloForBusiness')}>
        <BoolField path="user.pin.hasPin" label={t('userSettings.hasAPin')} rules={['P-LINK']} />
        <ChoiceField
          path="user.pin.trustType"
          label={t('userSettings.trustType')}
          rules={['P-HYB-KEY']}
          options={[
            { value: 'cloudKerberos', label: t('userSettings.cloudKerberosTrust') },
            { value: 'key', label: t('userSettings.keyTrust') },
            { value: 'certificate', label: t('userSettings.certificateTrust') },
          ]}
        />
        <BoolField
          path="user.pin.passkeysInContainer"
          label={t('userSettings.passkeysInContainer')}
          help={t('userSettings.passkeysInContainerHelp')}
          rules={['P-PASSKEY']}
        />
        <BoolField
          path="user.smartCardRequired"
          label={t('userSettings.smartCardRequired')}
          help={t('userSettings.smartCardRequiredHelp')}
          rules={['P-SCRIL']}
        />
      </Section>
    </ScreenPage>
  );
}
