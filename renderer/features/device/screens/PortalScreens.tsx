// The pages of passwordreset.microsoftonline.com as the reset window at sign-in shows them (texts as Microsoft's pages word them).
import { useState } from 'react';
import type { Method, Verdict, VerificationOption } from '../../../../simulator/index';
import { CheckIcon, CrossIcon } from '../icons';
import { EXAMPLE_NEW_PASSWORD, checkNewPassword, passwordAccepted } from '../password-rules';
import { errorMessageKeys } from '../portal-texts';
import { DeviceNote } from '../DeviceNotes';
import { PortalDialog, type ScreenContext } from './common';

interface PageProps {
  ctx: ScreenContext;
  onNext(): void;
  onCancel(): void;
}

function Actions({
  ctx,
  onNext,
  onCancel,
  nextLabel,
  nextDisabled,
}: PageProps & { nextLabel?: string; nextDisabled?: boolean }) {
  return (
    <div className="sd-actions">
      <button
        type="button"
        className="sd-btn sd-btn-primary"
        disabled={nextDisabled}
        onClick={onNext}
        data-testid="portal-next"
      >
        {nextLabel ?? ctx.t('portal.next')}
      </button>
      <button type="button" className="sd-btn" onClick={onCancel} data-testid="portal-cancel">
        {ctx.t('portal.cancel')}
      </button>
    </div>
  );
}

function Crumbs({ ctx, at, twoSteps }: { ctx: ScreenContext; at: 1 | 2 | 3; twoSteps: boolean }) {
  const parts = [
    ctx.t('portal.verificationStep1'),
    ...(twoSteps ? [ctx.t('portal.verificationStep2')] : []),
    ctx.t('portal.chooseNewPassword'),
  ];
  const current = at === 3 ? parts.length - 1 : at - 1;
  return (
    <div className="sd-crumbs">
      {parts.map((part, index) => (
        <span key={part}>
          {index > 0 && ' > '}
          {index === current ? <b>{part}</b> : part}
        </span>
      ))}
    </div>
  );
}

export function UserIdPage(props: PageProps) {
  const { ctx } = props;
  const [userId, setUserId] = useState(ctx.scenario.user.userPrincipalName);
  return (
    <PortalDialog ctx={ctx} label={ctx.t('portal.title')}>
      <h1 className="sd-h1">{ctx.t('portal.title')}</h1>
      <h2 className="sd-h2">{ctx.t('portal.whoAreYou')}</h2>
      <p className="sd-p">{ctx.t('portal.whoAreYouHint')}</p>
      <label className="sd-label" htmlFor="sd-user-id">
        {ctx.t('portal.userId')}
      </label>
      <input id="sd-user-id" className="sd-input" value={userId} onChange={(event) => setUserId(event.target.value)} />
      <div className="sd-hint">{ctx.t('portal.userIdExample')}</div>
      <Actions {...props} nextDisabled={userId.trim() === ''} />
    </PortalDialog>
  );
}

function methodName(option: VerificationOption): string {
  return option.key.slice('method.'.length);
}

/** Step 2 must use a different method than step 1 (text and call to the same phone count as one method). */
export function VerifyPage(props: PageProps & { verdict: Verdict; stepNumber: 1 | 2; excludeMethod?: Method }) {
  const { ctx, verdict, stepNumber } = props;
  const options = verdict.verification.filter((option) => option.method !== props.excludeMethod);
  const [chosen, setChosen] = useState(options[0]?.key);
  const selected = options.find((option) => option.key === chosen);
  const name = selected ? methodName(selected) : null;
  const needsCode = name === 'email' || name === 'sms' || name === 'appCode';
  return (
    <PortalDialog ctx={ctx} label={ctx.t('portal.title')}>
      <h1 className="sd-h1">{ctx.t('portal.title')}</h1>
      <Crumbs ctx={ctx} at={stepNumber} twoSteps={verdict.methodsRequired === 2} />
      <div className="sd-verify">
        <div>
          <p className="sd-p">{ctx.t('portal.chooseMethod')}</p>
          <div
            className="sd-methods"
            role="radiogroup"
            aria-label={ctx.t('portal.chooseMethod')}
            data-testid="portal-methods"
          >
            {options.map((option) => (
              <label key={option.key} className="sd-method">
                <input
                  type="radio"
                  name={`sd-method-${stepNumber}`}
                  checked={chosen === option.key}
                  onChange={() => setChosen(option.key)}
                />
                {ctx.t(`portal.${option.key}`)}
              </label>
            ))}
          </div>
        </div>
        {name && (
          <div className="sd-method-panel">
            <p className="sd-p">{ctx.t(`portal.sent.${name}`)}</p>
            {needsCode && (
              <input
                className="sd-input"
                style={{ width: 220 }}
                aria-label={ctx.t('portal.enterCode')}
                placeholder={ctx.t('portal.enterCode')}
                defaultValue="482 913"
              />
            )}
          </div>
        )}
      </div>
      <Actions {...props} nextLabel={name ? ctx.t(`portal.action.${name}`) : undefined} nextDisabled={!name} />
    </PortalDialog>
  );
}

export function NewPasswordPage(props: PageProps & { verdict: Verdict; rejection?: string; ruleCode?: string }) {
  const { ctx, verdict } = props;
  const initial = ctx.scenario.user.newPassword ?? EXAMPLE_NEW_PASSWORD;
  const [password, setPassword] = useState(initial);
  const [confirmation, setConfirmation] = useState(initial);
  const checks = checkNewPassword(ctx.scenario, password, confirmation);
  return (
    <PortalDialog ctx={ctx} label={ctx.t('portal.newPassword')}>
      <h1 className="sd-h1">{ctx.t('portal.newPassword')}</h1>
      <Crumbs ctx={ctx} at={3} twoSteps={verdict.methodsRequired === 2} />
      <label className="sd-label" htmlFor="sd-new-password">
        {ctx.t('portal.enterNewPassword')}
      </label>
      <input
        id="sd-new-password"
        type="password"
        className="sd-input"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <label className="sd-label" htmlFor="sd-confirm-password">
        {ctx.t('portal.confirmNewPassword')}
      </label>
      <input
        id="sd-confirm-password"
        type="password"
        className="sd-input"
        value={confirmation}
        onChange={(event) => setConfirmation(event.target.value)}
      />
      <div className="sd-hint" style={{ maxWidth: 560 }}>
        {ctx.t('portal.strengthHint')}
      </div>
      <DeviceNote testId="note-password-checks">
        <strong>{ctx.t('annotation.passwordRules')}</strong>
        <ul className="sd-checks" aria-live="polite" data-testid="portal-password-checks">
          {checks.map((check) => (
            <li key={check.key} className={check.ok ? 'sd-ok-check' : undefined} data-ok={check.ok}>
              {check.ok ? <CheckIcon /> : <CrossIcon />}
              {ctx.t(check.key, check.vars)}
            </li>
          ))}
        </ul>
      </DeviceNote>
      {props.rejection && (
        <div className="sd-error-box" role="alert" data-testid="portal-error">
          {props.rejection}
          {props.ruleCode && <div className="sd-code">{props.ruleCode}</div>}
        </div>
      )}
      <Actions {...props} nextDisabled={!passwordAccepted(checks) || Boolean(props.rejection)} />
    </PortalDialog>
  );
}

export function DonePage({
  ctx,
  onNext,
  cloudCommitLag,
}: {
  ctx: ScreenContext;
  onNext(): void;
  cloudCommitLag: boolean;
}) {
  return (
    <PortalDialog ctx={ctx} label={ctx.t('portal.resetDone')}>
      <h1 className="sd-h1">{ctx.t('portal.title')}</h1>
      <div style={{ display: 'flex', gap: 16, alignItems: 'center', marginTop: 12 }}>
        <div className="sd-done-mark" aria-hidden="true">
          <CheckIcon size={24} />
        </div>
        <h2 className="sd-h2" data-testid="portal-done">
          {ctx.t('portal.resetDone')}
        </h2>
      </div>
      <p className="sd-p">{ctx.t('portal.resetDoneDetail')}</p>
      {cloudCommitLag && <div className="sd-info-box">{ctx.t('portal.cloudCommitLag')}</div>}
      <div className="sd-actions">
        <button type="button" className="sd-btn sd-btn-primary" onClick={onNext} data-testid="portal-finish">
          {ctx.t('portal.finish')}
        </button>
      </div>
    </PortalDialog>
  );
}

export function ErrorPage({ ctx, code, onCancel }: { ctx: ScreenContext; code: string | null; onCancel(): void }) {
  const keys = errorMessageKeys(code);
  return (
    <PortalDialog ctx={ctx} label={ctx.t('portal.title')}>
      <h1 className="sd-h1">{ctx.t('portal.title')}</h1>
      <div className="sd-error-box" role="alert" data-testid="portal-error" data-code={code ?? undefined}>
        {keys.map((key) => (
          <div key={key}>{ctx.t(key)}</div>
        ))}
        {code && <div className="sd-code">{ctx.t('portal.errorCode', { code })}</div>}
      </div>
      <p className="sd-p" style={{ marginTop: 16 }}>
        <span className="sd-a">{ctx.t('portal.contactAdmin')}</span>
      </p>
      <div className="sd-actions">
        <button type="button" className="sd-btn" onClick={onCancel} data-testid="portal-cancel">
          {ctx.t('portal.cancel')}
        </button>
      </div>
    </PortalDialog>
  );
}

export function SomethingWentWrongPage({ ctx, onCancel }: { ctx: ScreenContext; onCancel(): void }) {
  return (
    <PortalDialog ctx={ctx} label={ctx.t('screen.somethingWentWrong')}>
      <div className="sd-error-box" role="alert" data-testid="device-something-wrong" style={{ marginTop: 28 }}>
        {ctx.t('screen.somethingWentWrong')}
      </div>
      <div className="sd-actions">
        <button type="button" className="sd-btn" onClick={onCancel} data-testid="portal-cancel">
          {ctx.t('portal.cancel')}
        </button>
      </div>
    </PortalDialog>
  );
}
