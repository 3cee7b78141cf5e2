// User: identity, groups, licences, registered methods, recent attempts, account state and Windows Hello PIN.
import { LICENCES, METHODS } from '../../../simulator/index';
import { BoolField, ChoiceField, ListField, MultiChoiceField, NumberField, Section, TextField } from '../../ui/fields';
import { LICENCE_LABELS, METHOD_LABELS } from '../../ui/labels';
import { ScreenPage } from '../../ui/ScreenPage';

export function UserScreen() {
  return (
    <ScreenPage testId="screen-user" crumbs="Home › Users" title="User" description="The person at the sign-in screen.">
      <Section title="Identity">
        <TextField path="user.displayName" label="Display name" />
        <TextField path="user.userPrincipalName" label="User principal name" />
        <ChoiceField
          path="user.authentication"
          label="Authentication"
          help="Anything but cloud-only needs password writeback."
          rules={['R-WRITEBACK']}
          options={[
            { value: 'cloudOnly', label: 'Cloud only' },
            { value: 'passwordHashSync', label: 'Synced · PHS' },
            { value: 'passThrough', label: 'Synced · PTA' },
            { value: 'federated', label: 'Synced · federated' },
          ]}
        />
        <ChoiceField
          path="user.accountKind"
          label="Account kind"
          rules={['P-MSA']}
          options={[
            { value: 'workOrSchool', label: 'Work or school' },
            { value: 'personalMicrosoftAccount', label: 'Personal Microsoft account' },
          ]}
        />
        <BoolField
          path="user.guestPersonalAccount"
          label="Guest using a personal Microsoft account"
          rules={['R-MSA-GUEST']}
        />
        <BoolField path="user.adminRole" label="Holds an administrator role" rules={['R-ADMIN', 'R-ADMIN-OFF']} />
        <ListField
          path="user.groups"
          label="Groups"
          help="Transitive membership; used by the Selected scope and user assignments."
          rules={['R-SSPR-SCOPE', 'R-ASSIGN']}
          itemName="group"
        />
        <MultiChoiceField
          path="user.licences"
          label="Assigned licences"
          rules={['R-LICENSE']}
          options={LICENCES.map((value) => ({ value, label: LICENCE_LABELS[value] }))}
        />
      </Section>
      <Section title="Registration">
        <MultiChoiceField
          path="user.registeredMethods"
          label="Registered methods"
          help="Registered at https://aka.ms/ssprsetup; only methods the tenant allows count."
          rules={['R-REG', 'R-METHODS']}
          options={METHODS.map((value) => ({ value, label: METHOD_LABELS[value] }))}
        />
        <NumberField
          path="user.securityQuestionsRegistered"
          label="Security questions registered"
          max={20}
          allowUnknown={false}
        />
      </Section>
      <Section title="Attempts in the last hour" description="Five of any kind lock the user out for 24 hours.">
        <NumberField path="user.recentAttempts.phoneValidations" label="Phone validations" rules={['R-THROTTLE']} />
        <NumberField
          path="user.recentAttempts.securityQuestionTries"
          label="Security question tries"
          rules={['R-THROTTLE']}
        />
        <NumberField path="user.recentAttempts.resets" label="Resets" rules={['R-THROTTLE']} />
      </Section>
      <Section title="Password">
        <BoolField path="user.lockedOutOnPremises" label="Locked out in Active Directory" rules={['R-UNLOCK']} />
        <NumberField
          path="user.passwordLastSetHoursAgo"
          label="Password last set"
          integer={false}
          unit="hours ago"
          rules={['R-ONPREM']}
        />
        <TextField
          path="user.newPassword"
          label="New password to try"
          help="Leave empty to assume a compliant password."
          rules={['R-CLOUDPW', 'R-ONPREM']}
          emptyIsNull
        />
        <BoolField path="user.newPasswordInHistory" label="New password is in the AD history" rules={['R-ONPREM']} />
      </Section>
      <Section title="Windows Hello for Business">
        <BoolField path="user.pin.hasPin" label="Has a PIN" rules={['P-LINK']} />
        <ChoiceField
          path="user.pin.trustType"
          label="Trust type"
          rules={['P-HYB-KEY']}
          options={[
            { value: 'cloudKerberos', label: 'Cloud Kerberos trust' },
            { value: 'key', label: 'Key trust' },
            { value: 'certificate', label: 'Certificate trust' },
          ]}
        />
      </Section>
    </ScreenPage>
  );
}
