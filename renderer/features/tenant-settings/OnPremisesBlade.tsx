// On-premises integration: password writeback, unlock, the writeback client's state and the AD password policy.
import { BoolField, ChoiceField, NumberField, Section } from '../../ui/fields';

export function OnPremisesBlade() {
  return (
    <>
      <Section title="On-premises integration" description="Only with Microsoft Entra Connect or cloud sync.">
        <BoolField
          path="tenant.sspr.onPremises.writebackEnabled"
          label="Enable password write back for synced users"
          help="Federated, pass-through and hash-synced users are denied without it (SSPR_0010)."
          rules={['R-WRITEBACK']}
        />
        <BoolField
          path="tenant.sspr.onPremises.cloudSyncWriteback"
          label="Write back passwords with Microsoft Entra Connect cloud sync"
          rules={['R-WRITEBACK']}
        />
        <BoolField
          path="tenant.sspr.onPremises.allowUnlock"
          label="Allow users to unlock accounts without resetting their password"
          rules={['R-UNLOCK']}
        />
        <ChoiceField
          path="tenant.sspr.onPremises.writebackClient"
          label="Writeback client status"
          help='Healthy: "Your on-premises writeback client is up and running".'
          rules={['R-ONPREM-CONN']}
          options={[
            { value: 'healthy', label: 'Up and running' },
            { value: 'unreachable', label: 'Unreachable' },
            { value: 'adminActionRequired', label: 'Admin action required' },
          ]}
        />
        <BoolField
          path="tenant.sspr.onPremises.cloudCommitLag"
          label="Cloud commit lags after an on-premises reset"
          rules={['R-CLOUD-COMMIT']}
        />
      </Section>
      <Section
        title="Active Directory password policy"
        description="Writeback resets must also pass the domain's policy (R-ONPREM)."
      >
        <NumberField
          path="tenant.sspr.onPremises.passwordPolicy.minimumLength"
          label="Minimum password length"
          max={128}
          rules={['R-ONPREM']}
          unit="chars"
        />
        <BoolField
          path="tenant.sspr.onPremises.passwordPolicy.complexity"
          label="Password must meet complexity requirements"
          rules={['R-ONPREM']}
        />
        <NumberField
          path="tenant.sspr.onPremises.passwordPolicy.minimumAgeDays"
          label="Minimum password age"
          rules={['R-ONPREM']}
          unit="days"
        />
        <NumberField
          path="tenant.sspr.onPremises.passwordPolicy.historyCount"
          label="Enforce password history"
          rules={['R-ONPREM']}
          unit="passwords"
        />
      </Section>
    </>
  );
}
