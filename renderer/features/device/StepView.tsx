// Draws one step of a flow and turns the user's clicks into navigation requests.
import { useEffect, useState } from 'react';
import type { Method, Verdict } from '../../../simulator/index';
import { refusalKey, type DeviceStep, type FlowKind, type StepKind } from './flow';
import { Backdrop, Spinner, type ScreenContext } from './screens/common';
import { ChooseUserScreen } from './screens/LegacyScreens';
import { LockScreen } from './screens/LockScreen';
import { PinBlockedPage, PinDonePage, PinNewPage, PinVerifyPage } from './screens/PinScreens';
import {
  DonePage,
  ErrorPage,
  NewPasswordPage,
  SomethingWentWrongPage,
  UserIdPage,
  VerifyPage,
} from './screens/PortalScreens';
import { SignInScreen } from './screens/SignInScreen';
import { EXAMPLE_NEW_PASSWORD } from './password-rules';
import { rejectionKey } from './portal-texts';

export interface StepViewProps {
  ctx: ScreenContext;
  verdict: Verdict;
  step: DeviceStep;
  language: string;
  /** Advance from "Please wait" by itself (the admin pane); the trainer steps explicitly. */
  autoAdvance: boolean;
  autoFocus: boolean;
  now?: Date;
  go(kind: StepKind, flow?: FlowKind): void;
  next(): void;
}

const WAIT_MS = 2200;
/** The password a hybrid user still knows when only the PIN is forgotten (typed for the trainer). */
const KNOWN_PASSWORD = 'Harbour-Light-58';

function WaitScreen({ ctx, text }: { ctx: ScreenContext; text: string }) {
  return (
    <div className="sd-layer" data-testid="device-please-wait">
      <Backdrop ctx={ctx} blurred />
      <div className="sd-center" role="status">
        <Spinner />
        <div className="sd-wait-text">{text}</div>
      </div>
    </div>
  );
}

export function StepView(props: StepViewProps) {
  const { ctx, verdict, step, go, next } = props;
  const { t } = ctx;
  const [message, setMessage] = useState<string | null>(null);
  const firstMethod: Method | undefined = verdict.verification[0]?.method;
  const backToSignIn = () => go('signIn', 'password');

  useEffect(() => setMessage(null), [step.kind, step.flow]);
  useEffect(() => {
    if (!props.autoAdvance || step.kind !== 'pleaseWait') return;
    const timer = setTimeout(next, WAIT_MS);
    return () => clearTimeout(timer);
  }, [props.autoAdvance, step.kind, next]);

  const signIn = (overrides: Partial<Parameters<typeof SignInScreen>[0]>) => (
    <SignInScreen
      key={`${step.flow}-${step.kind}`}
      ctx={ctx}
      provider="password"
      passwordLink={verdict.passwordLink}
      pinLink={verdict.pinLink}
      message={message ?? undefined}
      onReset={next}
      onForgotPin={next}
      onSubmit={() => setMessage(t('screen.incorrectPassword'))}
      onProvider={(provider) => (provider === 'pin' ? go('pinSignIn', 'pin') : go('signIn', 'password'))}
      onDismissMessage={() => setMessage(null)}
      onSwitchUser={ctx.legacy ? () => go('chooseUser') : undefined}
      {...overrides}
    />
  );

  switch (step.kind) {
    case 'lock':
      return (
        <LockScreen ctx={ctx} language={props.language} now={props.now} autoFocus={props.autoFocus} onDismiss={next} />
      );
    case 'chooseUser':
      return <ChooseUserScreen ctx={ctx} onChoose={next} />;
    case 'signIn':
      // Web sign-in as the tile's provider (R-WSI-DEFAULT): no password box, so no Reset password link.
      return signIn(
        step.flow === 'password' && !ctx.legacy && ctx.scenario.session.credentialProvider === 'webSignIn'
          ? { provider: 'webSignIn' }
          : {},
      );
    case 'loopBack':
      return signIn({ onReset: () => go('pleaseWait'), annotation: t('device.loopBack') });
    case 'signInRefused':
      return signIn({
        message: t(refusalKey(step.rules)),
        onDismissMessage: () => go('signIn', 'password'),
      });
    case 'pleaseWait':
      return <WaitScreen ctx={ctx} text={t('screen.pleaseWait')} />;
    case 'somethingWentWrong':
      return <SomethingWentWrongPage ctx={ctx} onCancel={backToSignIn} />;
    case 'userId':
      return <UserIdPage ctx={ctx} onNext={next} onCancel={backToSignIn} />;
    case 'verify1':
      return <VerifyPage key="v1" ctx={ctx} verdict={verdict} stepNumber={1} onNext={next} onCancel={backToSignIn} />;
    case 'verify2':
      return (
        <VerifyPage
          key="v2"
          ctx={ctx}
          verdict={verdict}
          stepNumber={2}
          excludeMethod={firstMethod}
          onNext={next}
          onCancel={backToSignIn}
        />
      );
    case 'newPassword':
      return <NewPasswordPage key="np" ctx={ctx} verdict={verdict} onNext={next} onCancel={backToSignIn} />;
    case 'passwordRejected':
      return (
        <NewPasswordPage
          key="npr"
          ctx={ctx}
          verdict={verdict}
          rejection={t(rejectionKey(step.rules))}
          ruleCode={verdict.errorCode ?? undefined}
          onNext={next}
          onCancel={backToSignIn}
        />
      );
    case 'portalError':
      return <ErrorPage ctx={ctx} code={verdict.errorCode} onCancel={backToSignIn} />;
    case 'resetDone':
      return <DonePage ctx={ctx} onNext={next} cloudCommitLag={step.rules.includes('R-CLOUD-COMMIT')} />;
    case 'signInNew':
      return signIn({
        typed: ctx.scenario.user.newPassword ?? EXAMPLE_NEW_PASSWORD,
        linksHidden: true,
        onSubmit: next,
      });
    case 'deferred':
      return signIn({
        typed: ctx.scenario.user.newPassword ?? EXAMPLE_NEW_PASSWORD,
        message: message ?? t('screen.incorrectPassword'),
        onDismissMessage: () => setMessage(null),
        annotation: t('device.deferredBanner'),
      });
    case 'desktop':
      return <WaitScreen ctx={ctx} text={t('screen.welcome')} />;
    case 'pinSignIn':
      return signIn({ provider: 'pin', onSubmit: () => setMessage(t('screen.incorrectPassword')) });
    case 'pinPasswordFirst':
      return signIn({ prompt: t('pin.passwordFirst'), typed: KNOWN_PASSWORD, linksHidden: true, onSubmit: next });
    case 'pinVerify':
      return <PinVerifyPage ctx={ctx} verdict={verdict} onNext={next} onCancel={() => go('pinSignIn', 'pin')} />;
    case 'pinNew':
      return <PinNewPage ctx={ctx} onNext={next} onCancel={() => go('pinSignIn', 'pin')} />;
    case 'pinDone':
      return <PinDonePage ctx={ctx} verdict={verdict} onNext={next} />;
    case 'pinBlocked':
      return <PinBlockedPage ctx={ctx} onCancel={() => go('pinSignIn', 'pin')} />;
    case 'pinFailed': {
      const network = step.rules.some((id) => id === 'P-HYB-DC' || id === 'P-HYB-KEY');
      return signIn({
        provider: 'pin',
        message: message ?? (network ? t('pin.connectNetwork') : t('screen.somethingWentWrong')),
      });
    }
  }
}
