// The sign-in screen: avatar, name, password or PIN box (reveal eye, → submit), Reset password / I forgot my PIN,
// Sign-in options with its icon row, other users bottom-left and the corner buttons bottom-right.
import { useState } from 'react';
import type { Tri } from '../../../../simulator/index';
import { ArrowIcon, EyeIcon, GlobeIcon, KeyIcon, PinPadIcon } from '../icons';
import { DeviceNote } from '../DeviceNotes';
import { Avatar, Backdrop, CornerButtons, UserList, type ScreenContext } from './common';

/** The credential provider on screen; web sign-in draws a Sign in button instead of a box (and no Reset password). */
export type Provider = 'password' | 'pin' | 'webSignIn';

export interface SignInScreenProps {
  ctx: ScreenContext;
  provider: Provider;
  /** Reset password link (password provider). */
  passwordLink: Tri;
  /** I forgot my PIN link (PIN provider). */
  pinLink: Tri;
  /** Text shown in place of the box (wrong password, a failure), with an OK button that clears it. */
  message?: string;
  /** Text shown above the box (e.g. "Enter your password to continue."). */
  prompt?: string;
  /** Pre-typed value (the new password in the last step). */
  typed?: string;
  /** Hide the links (password-first step of the PIN reset, signing in with the new password). */
  linksHidden?: boolean;
  /** The simulator's explanation drawn over the screen (dashed, clearly not part of Windows). */
  annotation?: string;
  onReset(): void;
  onForgotPin(): void;
  onSubmit(value: string): void;
  onProvider(provider: Provider): void;
  onDismissMessage(): void;
  onSwitchUser?(): void;
}

function ResetLink({ state, label, onClick, testId }: { state: Tri; label: string; onClick(): void; testId: string }) {
  if (state === 'no') return null;
  const undecided = state === 'undecided';
  return (
    <button
      type="button"
      className={`sd-link${undecided ? ' sd-link-ghost' : ''}`}
      data-testid={testId}
      data-undecided={undecided || undefined}
      onClick={onClick}
    >
      {label}
    </button>
  );
}

export function SignInScreen(props: SignInScreenProps) {
  const { ctx, provider } = props;
  const { t } = ctx;
  const [value, setValue] = useState(props.typed ?? '');
  const [revealed, setRevealed] = useState(false);
  const [optionsOpen, setOptionsOpen] = useState(provider !== 'password');
  const shown = props.typed ?? value;
  // "Other user" asks for the user name too (and is the tile the passwordless experience leaves alone).
  const otherUser = ctx.scenario.session.tile === 'otherUser' && !ctx.legacy;
  const placeholder = provider === 'pin' ? t('screen.pinPlaceholder') : t('screen.passwordPlaceholder');

  const submit = () => props.onSubmit(shown);

  return (
    <div className="sd-layer" data-testid="device-signin" data-provider={provider}>
      <Backdrop ctx={ctx} blurred />
      <div className="sd-column">
        <Avatar />
        <div className="sd-name">{otherUser ? t('screen.otherUser') : ctx.scenario.user.displayName}</div>
        {otherUser && (
          <div className="sd-field-row">
            <div className="sd-field">
              <input
                defaultValue={ctx.scenario.user.userPrincipalName}
                placeholder={t('screen.userNamePlaceholder')}
                aria-label={t('screen.userNamePlaceholder')}
                autoComplete="off"
              />
            </div>
          </div>
        )}
        {props.prompt && <div className="sd-message">{props.prompt}</div>}
        {provider === 'webSignIn' && !props.message ? (
          <button type="button" className="sd-ok" data-testid="device-web-sign-in" onClick={() => submit()}>
            {t('screen.webSignIn')}
          </button>
        ) : props.message ? (
          <>
            <div className="sd-message" role="alert" data-testid="device-message">
              {props.message}
            </div>
            <button type="button" className="sd-ok" onClick={props.onDismissMessage}>
              {t('screen.ok')}
            </button>
          </>
        ) : (
          <form
            className="sd-field-row"
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            <div className="sd-field">
              <input
                type={revealed ? 'text' : 'password'}
                value={shown}
                placeholder={placeholder}
                aria-label={placeholder}
                inputMode={provider === 'pin' ? 'numeric' : undefined}
                autoComplete="off"
                onChange={(event) => setValue(event.target.value)}
              />
              {shown !== '' && (
                <button
                  type="button"
                  className="sd-eye"
                  aria-label={t('screen.showPassword')}
                  aria-pressed={revealed}
                  onPointerDown={() => setRevealed(true)}
                  onPointerUp={() => setRevealed(false)}
                  onPointerLeave={() => setRevealed(false)}
                  onKeyDown={(event) => event.key === ' ' && setRevealed((on) => !on)}
                >
                  <EyeIcon />
                </button>
              )}
              {ctx.look === 'windows11' && !ctx.legacy && (
                <button type="submit" className="sd-submit" aria-label={t('screen.submit')}>
                  <ArrowIcon size={16} />
                </button>
              )}
            </div>
            {(ctx.look === 'windows10' || ctx.legacy) && (
              <button type="submit" className="sd-submit" aria-label={t('screen.submit')}>
                <ArrowIcon size={18} />
              </button>
            )}
          </form>
        )}
        {!props.linksHidden && !props.message && provider === 'password' && (
          <ResetLink
            state={props.passwordLink}
            label={ctx.legacy ? t('screen.forgotPassword') : t('screen.resetPassword')}
            onClick={props.onReset}
            testId="device-reset-link"
          />
        )}
        {!props.linksHidden && !props.message && provider === 'pin' && (
          <ResetLink
            state={props.pinLink}
            label={t('screen.forgotPin')}
            onClick={props.onForgotPin}
            testId="device-forgot-pin"
          />
        )}
        {!ctx.legacy && !props.linksHidden && !props.message && (
          <>
            <button
              type="button"
              className="sd-options-link"
              aria-expanded={optionsOpen}
              data-testid="device-signin-options"
              onClick={() => setOptionsOpen((open) => !open)}
            >
              {t('screen.signInOptions')}
            </button>
            {optionsOpen && (
              <div className="sd-options" role="group" aria-label={t('screen.signInOptions')}>
                <button
                  type="button"
                  className="sd-option"
                  aria-pressed={provider === 'pin'}
                  aria-label={t('screen.optionPin')}
                  title={t('screen.optionPin')}
                  data-testid="device-option-pin"
                  onClick={() => props.onProvider('pin')}
                >
                  <PinPadIcon />
                </button>
                <button
                  type="button"
                  className="sd-option"
                  aria-pressed={provider === 'password'}
                  aria-label={t('screen.optionPassword')}
                  title={t('screen.optionPassword')}
                  data-testid="device-option-password"
                  onClick={() => props.onProvider('password')}
                >
                  <KeyIcon />
                </button>
                {ctx.scenario.device.settings.EnableWebSignIn === 1 && (
                  <button
                    type="button"
                    className="sd-option"
                    aria-label={t('screen.optionWebSignIn')}
                    title={t('screen.optionWebSignIn')}
                    aria-pressed={provider === 'webSignIn'}
                    data-testid="device-option-web"
                    onClick={() => props.onProvider('webSignIn')}
                  >
                    <GlobeIcon />
                  </button>
                )}
              </div>
            )}
          </>
        )}
      </div>
      {ctx.legacy && props.onSwitchUser && (
        <button type="button" className="sd-switch" onClick={props.onSwitchUser}>
          {t('legacy.switchUser')}
        </button>
      )}
      {props.annotation && (
        <DeviceNote>
          <span data-testid="device-annotation">{props.annotation}</span>
        </DeviceNote>
      )}
      {!ctx.legacy && <UserList ctx={ctx} otherUserSelected={ctx.scenario.session.tile === 'otherUser'} />}
      <CornerButtons ctx={ctx} />
    </div>
  );
}
