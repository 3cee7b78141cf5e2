// The Password reset blades of rules.md §8, plus the tenant facts the service rules read.
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

const methodOptions = METHODS.map((value) => ({ value, label: METHOD_LABELS[value] }));
const licenceOptions = LICENCES.map((value) => ({ value, label: LICENCE_LABELS[value] }));

export function PropertiesBlade() {
  const enabled = useFieldValue<string>('tenant.sspr.enabled');
  return (
    <Section
      title="Properties"
      description="Who may use self-service password reset. Administrators follow a separate policy."
    >
      <ChoiceField
        path="tenant.sspr.enabled"
        label="Self service password reset enabled"
        help="None denies everyone (SSPR_0009); Selected allows one group, nested members included (SSPR_0013)."
        rules={['R-SSPR-NONE', 'R-SSPR-SCOPE']}
        options={[
          { value: 'None', label: 'None' },
          { value: 'Selected', label: 'Selected' },
          { value: 'All', label: 'All' },
        ]}
      />
      {enabled === 'Selected' && (
        <TextField
          path="tenant.sspr.selectedGroup"
          label="Selected group"
          help="The single group whose members may reset."
          rules={['R-SSPR-SCOPE']}
          emptyIsNull
          allowUnknown
          placeholder="Group name"
        />
      )}
      <BoolField
        path="tenant.passwordResetPolicyDefined"
        label="A password reset policy is defined"
        help="No policy at all gives SSPR_0011."
        rules={['R-SSPR-NOPOLICY']}
      />
    </Section>
  );
}

export function MethodsBlade() {
  return (
    <Section
      title="Authentication methods"
      description="Managing methods here is legacy once the tenant has migrated to the Authentication methods policy."
    >
      <ChoiceField
        path="tenant.sspr.methodsRequired"
        label="Number of methods required to reset"
        rules={['R-METHODS']}
        options={[
          { value: 1, label: '1' },
          { value: 2, label: '2' },
        ]}
      />
      <MultiChoiceField
        path="tenant.sspr.methodsAvailable"
        label="Methods available to users"
        help="Office phone needs a paid tenant; the mobile app may not be the only method on the legacy policy."
        rules={['R-METHODS', 'R-APPONLY']}
        options={methodOptions}
      />
      <NumberField
        path="tenant.sspr.questionsToRegister"
        label="Number of questions required to register"
        min={3}
        max={5}
        allowUnknown={false}
      />
      <NumberField
        path="tenant.sspr.questionsToReset"
        label="Number of questions required to reset"
        min={3}
        max={5}
        allowUnknown={false}
      />
      <BoolField
        path="tenant.sspr.methodsPolicyMigrated"
        label="Methods managed in the Authentication methods policy"
        help="Migrated tenants no longer apply the legacy mobile-app rules."
        rules={['R-APPONLY']}
        yes="Migrated"
        no="Legacy SSPR policy"
      />
    </Section>
  );
}

export function RegistrationBlade() {
  return (
    <Section title="Registration">
      <BoolField
        path="tenant.sspr.registration.requireRegistration"
        label="Require users to register when signing in"
        help="Users without methods are sent to https://aka.ms/ssprsetup at next sign-in."
        rules={['R-REG']}
        allowUnknown={false}
      />
      <NumberField
        path="tenant.sspr.registration.reconfirmDays"
        label="Number of days before users are asked to reconfirm their authentication information"
        help="0 means never; needs registration on."
        min={0}
        max={730}
        allowUnknown={false}
        unit="days"
      />
    </Section>
  );
}

export function NotificationsBlade() {
  return (
    <Section title="Notifications">
      <BoolField
        path="tenant.sspr.notifications.notifyUsers"
        label="Notify users on password resets?"
        allowUnknown={false}
      />
      <BoolField
        path="tenant.sspr.notifications.notifyAdmins"
        label="Notify all admins when other admins reset their password?"
        allowUnknown={false}
      />
    </Section>
  );
}

export function CustomizationBlade() {
  const helpdesk = useFieldValue<boolean>('tenant.sspr.customization.helpdeskLink');
  return (
    <Section
      title="Customization"
      description="The link users see under Contact your administrator when reset is denied."
    >
      <BoolField path="tenant.sspr.customization.helpdeskLink" label="Customize helpdesk link" allowUnknown={false} />
      {helpdesk && (
        <TextField
          path="tenant.sspr.customization.helpdeskEmailOrUrl"
          label="Custom helpdesk email or URL"
          placeholder="helpdesk@contoso.com or https://…"
        />
      )}
    </Section>
  );
}

export function AdministratorBlade() {
  return (
    <Section
      title="Administrator policy"
      description="Administrators follow a Microsoft-managed two-gate policy; only authorizationPolicy.allowedToUseSSPR switches it off."
    >
      <BoolField
        path="tenant.allowedToUseSSPR"
        label="allowedToUseSSPR"
        help="Administrators only (not users); up to 60 minutes to apply."
        rules={['R-ADMIN-OFF']}
        yes="true"
        no="false"
      />
      <NumberField
        path="tenant.trialDaysElapsed"
        label="Days since the tenant's trial began"
        rules={['R-ADMIN']}
        unit="days"
      />
      <BoolField path="tenant.customDomain" label="Custom domain added" rules={['R-ADMIN']} />
      <BoolField path="tenant.directorySync" label="Microsoft Entra Connect sync enabled" rules={['R-ADMIN']} />
    </Section>
  );
}

export function LicencesBlade() {
  return (
    <>
      <Section
        title="Licences"
        description="Qualifying: Business Standard / Premium or Entra ID P1 / P2 (synced users with writeback: Premium or P1 / P2)."
      >
        <MultiChoiceField
          path="tenant.licences"
          label="Tenant subscriptions"
          rules={['R-LICENSE']}
          options={licenceOptions}
        />
      </Section>
      <Section title="Identity and cloud">
        <TextField path="tenant.name" label="Tenant name" />
        <ChoiceField
          path="tenant.cloud"
          label="Cloud"
          rules={['P-GOV']}
          options={[
            { value: 'global', label: 'Global' },
            { value: 'usGovernment', label: 'Azure US Government' },
          ]}
        />
        <ChoiceField
          path="tenant.identityProvider"
          label="Identity provider"
          help="Federated tenants need the IdP's domains in ConfigureWebSignInAllowedUrls for PIN reset."
          rules={['P-FED']}
          options={[
            { value: 'managed', label: 'Managed (Entra ID)' },
            { value: 'adfs', label: 'AD FS' },
            { value: 'thirdParty', label: 'Third-party IdP' },
          ]}
        />
        <ListField
          path="tenant.identityProviderDomains"
          label="Identity provider domains"
          rules={['P-FED']}
          itemName="domain"
          placeholder="sts.contoso.com"
        />
        <BoolField
          path="tenant.pinResetConsent"
          label="PIN reset consent"
          help="Microsoft Pin Reset Service Production and Microsoft Pin Reset Client Production consented (Application Administrator+)."
          rules={['P-NONDESTR']}
        />
      </Section>
    </>
  );
}
