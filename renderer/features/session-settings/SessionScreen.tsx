// Session: how the user reaches the sign-in screen (console, Remote Desktop, Hyper-V) and which tile they use.
import { ChoiceField, NumberField, Section } from '../../ui/fields';
import { ScreenPage } from '../../ui/ScreenPage';
import { useTranslation } from 'react-i18next';

export function SessionScreen() {
  const { t } = useTranslation();
  return (
    <ScreenPage
      testId="screen-session"
      crumbs={t('sessionSettings.homeSession')}
      title={t('sessionSettings.session')}
      description={t('sessionSettings.whereTheUserSits')}
    >
      <Section title={t('sessionSettings.connection')}>
        <ChoiceField
          path="session.kind"
          label={t('sessionSettings.session')}
          help={t('sessionSettings.theLinkIsNot')}
          rules={['R-SESSION-RDP', 'R-SESSION-HV']}
          options={[
            { value: 'console', label: t('sessionSettings.console') },
            { value: 'remoteDesktop', label: t('sessionSettings.remoteDesktop') },
            { value: 'hyperVEnhanced', label: t('sessionSettings.hyperVEnhancedSession') },
            { value: 'hyperVBasic', label: t('sessionSettings.hyperVBasicSession') },
          ]}
        />
        <ChoiceField
          path="session.cloudPc"
          label={t('sessionSettings.cloudPc')}
          help={t('sessionSettings.cloudPcHelp')}
          rules={['R-CLOUDPC']}
          options={[
            { value: 'none', label: t('sessionSettings.notCloudPc') },
            { value: 'windows365', label: t('sessionSettings.windows365') },
            { value: 'azureVirtualDesktop', label: t('sessionSettings.azureVirtualDesktop') },
          ]}
        />
        <ChoiceField
          path="session.startedFrom"
          label={t('sessionSettings.startedFrom')}
          rules={['R-W11-LOCKED']}
          options={[
            { value: 'signInScreen', label: t('sessionSettings.signInScreen') },
            { value: 'lockedSession', label: t('sessionSettings.lockedUserSession') },
          ]}
        />
      </Section>
      <Section title={t('sessionSettings.signInScreen')}>
        <ChoiceField
          path="session.lastSignInMethod"
          label={t('sessionSettings.lastSignInMethod')}
          rules={['R-PWLESS']}
          layout="dropdown"
          options={[
            { value: 'password', label: t('sessionSettings.password') },
            { value: 'pin', label: t('sessionSettings.windowsHelloPin') },
            { value: 'fido2', label: t('sessionSettings.fido2SecurityKey') },
            { value: 'smartCard', label: t('sessionSettings.smartCard') },
            { value: 'webSignIn', label: t('sessionSettings.webSignIn') },
          ]}
        />
        <ChoiceField
          path="session.tile"
          label={t('sessionSettings.tile')}
          allowUnknown={false}
          rules={['R-PWLESS']}
          options={[
            { value: 'lastUser', label: t('sessionSettings.lastSignedInUser') },
            { value: 'otherUser', label: t('sessionSettings.otherUser') },
          ]}
        />
        <ChoiceField
          path="session.credentialProvider"
          label={t('sessionSettings.signInOption')}
          allowUnknown={false}
          rules={['P-LINK', 'R-WSI-DEFAULT']}
          options={[
            { value: 'password', label: t('sessionSettings.password') },
            { value: 'pin', label: 'PIN' },
            { value: 'webSignIn', label: t('sessionSettings.webSignIn') },
          ]}
        />
        <ChoiceField
          path="session.pinResetFrom"
          label={t('sessionSettings.pinResetFrom')}
          help={t('sessionSettings.pinResetFromHelp')}
          rules={['P-LINK', 'P-SSPR-LIMITS', 'P-HYB-KEY']}
          options={[
            { value: 'lockScreen', label: t('sessionSettings.pinResetLockScreen') },
            { value: 'settings', label: t('sessionSettings.pinResetSettings') },
          ]}
        />
        <NumberField
          path="session.failedAttempts"
          label={t('sessionSettings.failedSignInAttempts')}
          help={t('sessionSettings.onlyReadWhenThe')}
          allowUnknown={false}
        />
      </Section>
    </ScreenPage>
  );
}
