// On-premises integration: password writeback, unlock, the writeback client's state and the AD password policy.
import { BoolField, ChoiceField, NumberField, Section } from '../../ui/fields';
import { useTranslation } from 'react-i18next';

export function OnPremisesBlade() {
  const { t } = useTranslation();
  return (
    <>
      <Section
        title={t('tenantSettings.onPremisesIntegration')}
        description={t('tenantSettings.onlyWithMicrosoftEntra')}
      >
        <BoolField
          path="tenant.sspr.onPremises.writebackEnabled"
          label={t('tenantSettings.enablePasswordWriteBack')}
          help={t('tenantSettings.federatedPassThroughAnd')}
          rules={['R-WRITEBACK']}
        />
        <BoolField
          path="tenant.sspr.onPremises.cloudSyncWriteback"
          label={t('tenantSettings.writeBackPasswordsWith')}
          rules={['R-WRITEBACK']}
        />
        <BoolField
          path="tenant.sspr.onPremises.allowUnlock"
          label={t('tenantSettings.allowUsersToUnlock')}
          rules={['R-UNLOCK']}
        />
        <ChoiceField
          path="tenant.sspr.onPremises.writebackClient"
          label={t('tenantSettings.writebackClientStatus')}
          help={t('tenantSettings.healthyYourOnPremises')}
          rules={['R-ONPREM-CONN']}
          options={[
            { value: 'healthy', label: t('tenantSettings.upAndRunning') },
            { value: 'unreachable', label: t('tenantSettings.unreachable') },
            { value: 'adminActionRequired', label: t('tenantSettings.adminActionRequired') },
          ]}
        />
        <BoolField
          path="tenant.sspr.onPremises.cloudCommitLag"
          label={t('tenantSettings.cloudCommitLagsAfter')}
          rules={['R-CLOUD-COMMIT']}
        />
      </Section>
      <Section
        title={t('tenantSettings.activeDirectoryPasswordPolicy')}
        description={t('tenantSettings.writebackResetsMustAlso')}
      >
        <NumberField
          path="tenant.sspr.onPremises.passwordPolicy.minimumLength"
          label={t('tenantSettings.minimumPasswordLength')}
          max={128}
          rules={['R-ONPREM']}
          unit={t('fields.unit.characters')}
        />
        <BoolField
          path="tenant.sspr.onPremises.passwordPolicy.complexity"
          label={t('tenantSettings.passwordMustMeetComplexity')}
          rules={['R-ONPREM']}
        />
        <NumberField
          path="tenant.sspr.onPremises.passwordPolicy.minimumAgeDays"
          label={t('tenantSettings.minimumPasswordAge')}
          rules={['R-ONPREM']}
          unit={t('fields.unit.days')}
        />
        <NumberField
          path="tenant.sspr.onPremises.passwordPolicy.historyCount"
          label={t('tenantSettings.enforcePasswordHistory')}
          rules={['R-ONPREM']}
          unit={t('fields.unit.passwords')}
        />
      </Section>
    </>
  );
}
