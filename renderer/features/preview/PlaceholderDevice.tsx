// A plain stand-in for the simulated Windows sign-in screen, used only while the real one is not in the build.
// It draws exactly what the verdict decides: the user tile, the password box and, when shown, the reset link.
import type { Scenario, Verdict } from '../../../simulator/index';
import { i18n } from '../../i18n/index';
import type { Language, Look } from '../../store/app-store';

export interface SimulatedDeviceProps {
  scenario: Scenario;
  verdict: Verdict;
  look: Look;
  language: Language;
  /** Id of the element that is the screen itself (PNG export captures it). */
  screenId?: string;
}

const TEXT = {
  'en-US': { reset: 'Reset password', forgot: 'Forgot password?', pin: 'I forgot my PIN', password: 'Password' },
  'nl-NL': {
    reset: 'Wachtwoord opnieuw instellen',
    forgot: 'Wachtwoord vergeten?',
    pin: 'Ik ben mijn pincode vergeten',
    password: 'Wachtwoord',
  },
} as const;

export function PlaceholderDevice({ scenario, verdict, look, language, screenId }: SimulatedDeviceProps) {
  const text = TEXT[language];
  const background =
    look === 'windows11'
      ? 'radial-gradient(circle at 30% 20%, #3a6ea5 0%, #1b3a5f 45%, #0b1726 100%)'
      : 'linear-gradient(160deg, #0a5bb4 0%, #063a78 60%, #02224a 100%)';
  return (
    <div
      id={screenId}
      role="img"
      aria-label={i18n().t('device.label')}
      style={{
        aspectRatio: '16 / 10',
        background,
        color: 'white',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        gap: 10,
        fontFamily: '"Segoe UI", system-ui, sans-serif',
        borderRadius: look === 'windows11' ? 8 : 0,
      }}
    >
      <div style={{ width: 84, height: 84, borderRadius: '50%', background: 'rgba(255,255,255,0.25)' }} />
      <div style={{ fontSize: 22, fontWeight: 600 }}>{scenario.user.displayName}</div>
      <div
        style={{
          width: 220,
          height: 30,
          background: 'rgba(255,255,255,0.9)',
          color: '#555',
          fontSize: 13,
          display: 'flex',
          alignItems: 'center',
          paddingLeft: 8,
          borderRadius: look === 'windows11' ? 4 : 0,
        }}
      >
        {text.password}
      </div>
      {verdict.passwordLink === 'yes' && (
        <div style={{ fontSize: 13 }}>{verdict.legacy ? text.forgot : text.reset}</div>
      )}
      {verdict.pinLink === 'yes' && scenario.session.credentialProvider === 'pin' && (
        <div style={{ fontSize: 13 }}>{text.pin}</div>
      )}
    </div>
  );
}
