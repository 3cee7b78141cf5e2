// The lock screen: full-bleed background and the clock; a click or any key slides it up to the sign-in screen.
import { useEffect, useRef, useState } from 'react';
import { Backdrop, LockStatus, formatLongDate, formatTime, type ScreenContext } from './common';

const SCREEN_READER_ONLY = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

interface LockScreenProps {
  ctx: ScreenContext;
  language: string;
  /** Fixed time for exports and tests; otherwise the clock runs. */
  now?: Date;
  autoFocus: boolean;
  onDismiss(): void;
}

const SLIDE_MS = 380;

export function LockScreen({ ctx, language, now, autoFocus, onDismiss }: LockScreenProps) {
  const [time, setTime] = useState(() => now ?? new Date());
  const [leaving, setLeaving] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (now) return setTime(now);
    const timer = setInterval(() => setTime(new Date()), 15_000);
    return () => clearInterval(timer);
  }, [now]);

  useEffect(() => {
    if (autoFocus) ref.current?.focus({ preventScroll: true });
  }, [autoFocus]);

  useEffect(() => {
    if (!leaving) return;
    const timer = setTimeout(onDismiss, SLIDE_MS);
    return () => clearTimeout(timer);
  }, [leaving, onDismiss]);

  const dismiss = () => setLeaving(true);

  return (
    <div
      ref={ref}
      className={`sd-lock${leaving ? ' sd-leaving' : ''}`}
      role="button"
      tabIndex={0}
      data-testid="device-lock"
      onClick={dismiss}
      onKeyDown={(event) => {
        // Any key dismisses, as on Windows; Tab and the trainer's navigation keys are left alone.
        if (['Tab', 'Escape', 'ArrowLeft', 'ArrowRight', 'Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return;
        event.preventDefault();
        event.stopPropagation();
        dismiss();
      }}
    >
      <Backdrop ctx={ctx} blurred={false} />
      {/* The button's name is its content: the clock it shows, then this hint for screen readers (WCAG 2.5.3). */}
      <span style={SCREEN_READER_ONLY}>{ctx.t('screen.lockScreen')}</span>
      <div className="sd-clock">
        <div className="sd-time">{formatTime(time, language)}</div>
        <div className="sd-date">{formatLongDate(time, language)}</div>
      </div>
      <LockStatus />
    </div>
  );
}
