// The strip under the simulated screen, outside the Windows chrome: what the simulator knows that the user can't see
// (undecided link, a link that is not drawn, the add-in, a deferred password) and "Start over".
import type { Verdict } from '../../../simulator/index';
import type { ScreenText } from '../../i18n/index';
import type { DeviceStep } from './flow';

interface DeviceStripProps {
  t: ScreenText;
  verdict: Verdict;
  step: DeviceStep;
  onRestart(): void;
  onLock(): void;
}

export function DeviceStrip({ t, verdict, step, onRestart, onLock }: DeviceStripProps) {
  const onSignIn = step.kind === 'signIn' || step.kind === 'loopBack' || step.kind === 'signInRefused';
  const undecided = step.flow === 'pin' ? verdict.pinLink === 'undecided' : verdict.passwordLink === 'undecided';
  const missing = [...new Set(verdict.undecided.flatMap((rule) => rule.missing))];
  const hidden =
    (step.flow === 'password' && onSignIn && verdict.passwordLink === 'no') ||
    (step.kind === 'pinSignIn' && verdict.pinLink === 'no');
  return (
    <div className="sd-strip" data-testid="device-strip">
      <span className="sd-chip" style={{ flexShrink: 0 }}>
        {t(`step.${step.kind}`, { code: verdict.errorCode ?? '' })}
      </span>
      {undecided && (onSignIn || step.kind === 'pinSignIn') && (
        <span
          className="sd-chip sd-chip-undecided"
          data-testid="device-undecided"
          title={[
            t('device.undecidedHint'),
            missing.length > 0 ? t('device.undecidedFields', { fields: missing.join(', ') }) : '',
          ].join(' ')}
        >
          {t('device.undecided')} — {t('device.undecidedHint')}
        </span>
      )}
      {hidden && (
        <span className="sd-chip sd-chip-hidden" data-testid="device-link-hidden" title={step.rules.join(', ')}>
          {step.flow === 'pin' ? t('device.pinLinkHidden') : t('device.linkHidden')}
          {step.rules.length > 0 && ` (${step.rules.join(', ')})`}
        </span>
      )}
      {verdict.legacy && <span className="sd-chip sd-chip-legacy">{t('device.legacyBadge')}</span>}
      <span className="sd-spacer" />
      <button type="button" onClick={onLock}>
        {t('device.lock')}
      </button>
      <button type="button" onClick={onRestart} data-testid="device-restart">
        {t('device.restart')}
      </button>
    </div>
  );
}
