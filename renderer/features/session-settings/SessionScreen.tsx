// Session: how the user reaches the sign-in screen (console, Remote Desktop, Hyper-V) and which tile they use.
import { ChoiceField, NumberField, Section } from '../../ui/fields';
import { ScreenPage } from '../../ui/ScreenPage';

export function SessionScreen() {
  return (
    <ScreenPage
      testId="screen-session"
      crumbs="Home › Session"
      title="Session"
      description="Where the user sits when they look for the link."
    >
      <Section title="Connection">
        <ChoiceField
          path="session.kind"
          label="Session"
          help="The link is not drawn over Remote Desktop or in a Hyper-V enhanced session."
          rules={['R-SESSION-RDP', 'R-SESSION-HV']}
          options={[
            { value: 'console', label: 'Console' },
            { value: 'remoteDesktop', label: 'Remote Desktop' },
            { value: 'hyperVEnhanced', label: 'Hyper-V enhanced session' },
            { value: 'hyperVBasic', label: 'Hyper-V basic session' },
          ]}
        />
        <ChoiceField
          path="session.startedFrom"
          label="Started from"
          rules={['R-W11-LOCKED']}
          options={[
            { value: 'signInScreen', label: 'Sign-in screen' },
            { value: 'lockedSession', label: 'Locked user session' },
          ]}
        />
      </Section>
      <Section title="Sign-in screen">
        <ChoiceField
          path="session.lastSignInMethod"
          label="Last sign-in method"
          rules={['R-PWLESS']}
          layout="dropdown"
          options={[
            { value: 'password', label: 'Password' },
            { value: 'pin', label: 'Windows Hello PIN' },
            { value: 'fido2', label: 'FIDO2 security key' },
            { value: 'smartCard', label: 'Smart card' },
            { value: 'webSignIn', label: 'Web sign-in' },
          ]}
        />
        <ChoiceField
          path="session.tile"
          label="Tile"
          allowUnknown={false}
          rules={['R-PWLESS']}
          options={[
            { value: 'lastUser', label: 'Last signed-in user' },
            { value: 'otherUser', label: 'Other user' },
          ]}
        />
        <ChoiceField
          path="session.credentialProvider"
          label="Sign-in option"
          allowUnknown={false}
          rules={['P-LINK']}
          options={[
            { value: 'password', label: 'Password' },
            { value: 'pin', label: 'PIN' },
          ]}
        />
        <NumberField
          path="session.failedAttempts"
          label="Failed sign-in attempts"
          help="Only read when the link is drawn after a failed attempt (Docs as of › A-2)."
          allowUnknown={false}
        />
      </Section>
    </ScreenPage>
  );
}
