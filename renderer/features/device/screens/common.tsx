// Pieces shared by every simulated screen: backgrounds, the spinner, the corner buttons and the user list.
import type { ReactNode } from 'react';
import { BACKGROUNDS } from '../../../assets/backgrounds';
import type { ScreenText } from '../../../i18n/index';
import type { Scenario } from '../../../../simulator/index';
import { AccessibilityIcon, BatteryIcon, NetworkIcon, PowerIcon, Silhouette } from '../icons';

export type Look = 'windows10' | 'windows11';

export interface ScreenContext {
  t: ScreenText;
  look: Look;
  legacy: boolean;
  scenario: Scenario;
}

function backgroundFor(ctx: ScreenContext): string {
  return ctx.legacy ? BACKGROUNDS.legacy : BACKGROUNDS[ctx.look];
}

/** Sharp background (lock screen) or the blurred, shaded one of the sign-in screen (Windows 10 1903+ and 11). */
export function Backdrop({ ctx, blurred }: { ctx: ScreenContext; blurred: boolean }) {
  const image = backgroundFor(ctx);
  if (!blurred || ctx.legacy) return <div className="sd-bg" style={{ backgroundImage: image }} />;
  return (
    <>
      <div className="sd-bg-blur" style={{ backgroundImage: image }} />
      <div className="sd-shade" />
    </>
  );
}

export function Spinner() {
  return (
    <div className="sd-spinner" role="progressbar" aria-busy="true">
      <i />
      <i />
      <i />
      <i />
      <i />
    </div>
  );
}

export function Avatar({ className = 'sd-avatar' }: { className?: string }) {
  return (
    <div className={className}>
      <Silhouette />
    </div>
  );
}

/** Bottom-right: network, Ease of Access (Windows 10) or Accessibility (Windows 11), Power. */
export function CornerButtons({ ctx }: { ctx: ScreenContext }) {
  const { t } = ctx;
  return (
    <div className="sd-corner">
      <button type="button" aria-label={t('screen.network')} title={t('screen.network')} tabIndex={-1}>
        <NetworkIcon />
      </button>
      <button
        type="button"
        aria-label={ctx.look === 'windows10' ? t('screen.easeOfAccess') : t('screen.accessibility')}
        title={ctx.look === 'windows10' ? t('screen.easeOfAccess') : t('screen.accessibility')}
        tabIndex={-1}
      >
        <AccessibilityIcon />
      </button>
      <button type="button" aria-label={t('screen.power')} title={t('screen.power')} tabIndex={-1}>
        <PowerIcon />
      </button>
    </div>
  );
}

export function LockStatus() {
  return (
    <div className="sd-lock-status" aria-hidden="true">
      <NetworkIcon />
      <BatteryIcon />
    </div>
  );
}

/** Bottom-left: the last user's tile (selected) and Other user. */
export function UserList({ ctx, otherUserSelected }: { ctx: ScreenContext; otherUserSelected: boolean }) {
  return (
    <div className="sd-users" role="list">
      <div role="listitem" className="sd-user" aria-current={!otherUserSelected}>
        <Avatar className="sd-user-avatar" />
        <span>{ctx.scenario.user.displayName}</span>
      </div>
      <div role="listitem" className="sd-user" aria-current={otherUserSelected}>
        <Avatar className="sd-user-avatar" />
        <span>{ctx.t('screen.otherUser')}</span>
      </div>
    </div>
  );
}

/** The reset web dialog inside the defaultuser1 session, with the tenant's name as its banner. */
export function PortalDialog({ ctx, children, label }: { ctx: ScreenContext; children: ReactNode; label: string }) {
  return (
    <>
      <Backdrop ctx={ctx} blurred />
      <div className="sd-dim" />
      <div className="sd-dialog" role="dialog" aria-label={label}>
        <div className="sd-dialog-bar">
          <span className="sd-lockdot" aria-hidden="true" />
          <span>https://{ctx.t('device.portalAddress')}/n/passwordreset</span>
        </div>
        <div className="sd-dialog-body">
          <div className="sd-org">{ctx.scenario.tenant.name}</div>
          {children}
        </div>
      </div>
    </>
  );
}

/** The lock-screen clock shows hours and minutes only (no AM/PM), in the screen's language. */
export function formatTime(date: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' })
    .formatToParts(date)
    .filter((part) => part.type !== 'dayPeriod')
    .map((part) => part.value)
    .join('')
    .trim();
}

export function formatLongDate(date: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', month: 'long', day: 'numeric' }).format(date);
}
