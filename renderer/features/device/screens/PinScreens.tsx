// Windows Hello PIN reset from the lock screen (Windows Hello for Business PIN reset): identity check, Set up a PIN, and the outcome, with
// destructive versus non-destructive explained from the verdict.
import { useState, type ReactNode } from 'react';
import type { Verdict } from '../../../../simulator/index';
import { DeviceNote } from '../DeviceNotes';
import { Backdrop, type ScreenContext } from './common';

function HelloDialog({ ctx, label, children }: { ctx: ScreenContext; label: string; children: ReactNode }) {
  return (
    <>
      <Backdrop ctx={ctx} blurred />
      <div className="sd-dim" />
      <div className="sd-hello" role="dialog" aria-label={label}>
        {children}
      </div>
    </>
  );
}

export function PinVerifyPage({
  ctx,
  verdict,
  onNext,
  onCancel,
}: {
  ctx: ScreenContext;
  verdict: Verdict;
  onNext(): void;
  onCancel(): void;
}) {
  const [chosen, setChosen] = useState(verdict.verification[0]?.key);
  return (
    <HelloDialog ctx={ctx} label={ctx.t('pin.verifyTitle')}>
      <div className="sd-org" style={{ fontSize: 15 }}>
        {ctx.scenario.tenant.name}
        <small>{ctx.scenario.user.userPrincipalName}</small>
      </div>
      <h2 className="sd-h2" style={{ marginTop: 14 }} data-testid="pin-verify">
        {ctx.t('pin.verifyTitle')}
      </h2>
      <div className="sd-methods" role="radiogroup" aria-label={ctx.t('pin.verifyTitle')}>
        {verdict.verification.map((option) => (
          <label key={option.key} className="sd-method">
            <input
              type="radio"
              name="sd-pin-method"
              checked={chosen === option.key}
              onChange={() => setChosen(option.key)}
            />
            {ctx.t(`portal.${option.key}`)}
          </label>
        ))}
      </div>
      <div className="sd-actions">
        <button type="button" className="sd-btn sd-btn-primary" onClick={onNext} data-testid="pin-next">
          {ctx.t('portal.next')}
        </button>
        <button type="button" className="sd-btn" onClick={onCancel}>
          {ctx.t('portal.cancel')}
        </button>
      </div>
    </HelloDialog>
  );
}

export function PinNewPage({ ctx, onNext, onCancel }: { ctx: ScreenContext; onNext(): void; onCancel(): void }) {
  const [pin, setPin] = useState('270419');
  const [confirmation, setConfirmation] = useState('270419');
  const [letters, setLetters] = useState(false);
  const problem = pin.length < 4 ? ctx.t('pin.pinTooShort') : pin !== confirmation ? ctx.t('pin.pinMismatch') : null;
  return (
    <HelloDialog ctx={ctx} label={ctx.t('pin.setUpPin')}>
      <h2 className="sd-h2" data-testid="pin-new">
        {ctx.t('pin.setUpPin')}
      </h2>
      <p className="sd-p">{ctx.t('pin.setUpPinHint')}</p>
      <label className="sd-label" htmlFor="sd-new-pin">
        {ctx.t('pin.newPin')}
      </label>
      <input
        id="sd-new-pin"
        className="sd-input"
        type="password"
        inputMode={letters ? 'text' : 'numeric'}
        value={pin}
        onChange={(event) => setPin(event.target.value)}
      />
      <label className="sd-label" htmlFor="sd-confirm-pin">
        {ctx.t('pin.confirmPin')}
      </label>
      <input
        id="sd-confirm-pin"
        className="sd-input"
        type="password"
        inputMode={letters ? 'text' : 'numeric'}
        value={confirmation}
        onChange={(event) => setConfirmation(event.target.value)}
      />
      <label className="sd-check-row">
        <input type="checkbox" checked={letters} onChange={(event) => setLetters(event.target.checked)} />
        {ctx.t('pin.includeLetters')}
      </label>
      {problem && (
        <div className="sd-hint" role="alert" style={{ color: '#a4262c' }}>
          {problem}
        </div>
      )}
      <div className="sd-actions">
        <button
          type="button"
          className="sd-btn sd-btn-primary"
          disabled={problem !== null}
          onClick={onNext}
          data-testid="pin-next"
        >
          {ctx.t('screen.ok')}
        </button>
        <button type="button" className="sd-btn" onClick={onCancel}>
          {ctx.t('portal.cancel')}
        </button>
      </div>
    </HelloDialog>
  );
}

export function PinDonePage({ ctx, verdict, onNext }: { ctx: ScreenContext; verdict: Verdict; onNext(): void }) {
  const nonDestructive = verdict.pin.mode === 'nonDestructive';
  return (
    <HelloDialog ctx={ctx} label={ctx.t('pin.doneTitle')}>
      <h2 className="sd-h2" data-testid="pin-done" data-mode={verdict.pin.mode}>
        {ctx.t('pin.doneTitle')}
      </h2>
      <p className="sd-p">{nonDestructive ? ctx.t('pin.doneNonDestructive') : ctx.t('pin.doneDestructive')}</p>
      <DeviceNote testId="note-pin-mode">
        <strong className={nonDestructive ? 'sd-note-ok' : 'sd-note-warn'}>
          {nonDestructive ? ctx.t('device.nonDestructiveTitle') : ctx.t('device.destructiveTitle')}
        </strong>{' '}
        {ctx.t('annotation.canReset', { value: verdict.pin.canReset })}
      </DeviceNote>
      <div className="sd-actions">
        <button type="button" className="sd-btn sd-btn-primary" onClick={onNext} data-testid="pin-next">
          {ctx.t('pin.continue')}
        </button>
      </div>
    </HelloDialog>
  );
}

export function PinBlockedPage({ ctx, onCancel }: { ctx: ScreenContext; onCancel(): void }) {
  return (
    <HelloDialog ctx={ctx} label={ctx.t('screen.pinPageBlocked')}>
      <h2 className="sd-h2" role="alert" data-testid="pin-blocked">
        {ctx.t('screen.pinPageBlocked')}
      </h2>
      <div className="sd-actions">
        <button type="button" className="sd-btn sd-btn-primary" onClick={onCancel}>
          {ctx.t('screen.ok')}
        </button>
      </div>
    </HelloDialog>
  );
}
