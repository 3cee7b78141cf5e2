// Line icons of the simulated sign-in screen, drawn for this app (no Windows icon fonts or glyphs shipped).
import type { ReactElement } from 'react';

interface IconProps {
  size?: number;
  className?: string;
}

function svg(size: number, className: string | undefined, children: ReactElement | ReactElement[]): ReactElement {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.4}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export function ArrowIcon({ size = 20, className }: IconProps) {
  return svg(size, className, [<path key="a" d="M4 12h15" />, <path key="b" d="M13 6l6 6-6 6" />]);
}

export function EyeIcon({ size = 18, className }: IconProps) {
  return svg(size, className, [
    <path key="a" d="M2 12s3.6-6.5 10-6.5S22 12 22 12s-3.6 6.5-10 6.5S2 12 2 12z" />,
    <circle key="b" cx="12" cy="12" r="3" />,
  ]);
}

export function KeyIcon({ size = 28, className }: IconProps) {
  return svg(size, className, [
    <circle key="a" cx="8" cy="15" r="4.2" />,
    <path key="b" d="M11 12l8.5-8.5M16.5 6.5l2.5 2.5M14.5 8.5l2 2" />,
  ]);
}

export function PinPadIcon({ size = 28, className }: IconProps) {
  const dots = [5, 12, 19].flatMap((x) => [5, 12, 19].map((y) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.6" />));
  return svg(size, className, dots);
}

export function GlobeIcon({ size = 28, className }: IconProps) {
  return svg(size, className, [
    <circle key="a" cx="12" cy="12" r="9" />,
    <path key="b" d="M3 12h18M12 3c2.6 2.7 3.8 5.7 3.8 9s-1.2 6.3-3.8 9c-2.6-2.7-3.8-5.7-3.8-9S9.4 5.7 12 3z" />,
  ]);
}

export function NetworkIcon({ size = 22, className }: IconProps) {
  return svg(size, className, [
    <path key="a" d="M2.5 9a14 14 0 0 1 19 0" />,
    <path key="b" d="M5.5 12.3a9.5 9.5 0 0 1 13 0" />,
    <path key="c" d="M8.6 15.5a5 5 0 0 1 6.8 0" />,
    <circle key="d" cx="12" cy="18.6" r="1" fill="currentColor" />,
  ]);
}

export function AccessibilityIcon({ size = 22, className }: IconProps) {
  return svg(size, className, [
    <circle key="a" cx="12" cy="4.5" r="1.7" />,
    <path key="b" d="M4.5 8.2c2.5.9 5 1.3 7.5 1.3s5-.4 7.5-1.3M12 9.5v4.5M12 14l-3.2 6.5M12 14l3.2 6.5" />,
  ]);
}

export function PowerIcon({ size = 22, className }: IconProps) {
  return svg(size, className, [<path key="a" d="M12 3v8" />, <path key="b" d="M7 6.2a7.5 7.5 0 1 0 10 0" />]);
}

export function BatteryIcon({ size = 22, className }: IconProps) {
  return svg(size, className, [
    <rect key="a" x="2.5" y="7.5" width="17" height="9" rx="2" />,
    <path key="b" d="M21.5 10.5v3" />,
    <rect key="c" x="4.5" y="9.5" width="10" height="5" rx="0.8" fill="currentColor" stroke="none" />,
  ]);
}

export function CheckIcon({ size = 16, className }: IconProps) {
  return svg(size, className, [<path key="a" d="M4.5 12.5l5 5 10-11" />]);
}

export function CrossIcon({ size = 16, className }: IconProps) {
  return svg(size, className, [<path key="a" d="M6 6l12 12M18 6L6 18" />]);
}

export function PhoneIcon({ size = 22, className }: IconProps) {
  return svg(size, className, [
    <rect key="a" x="6.5" y="2.5" width="11" height="19" rx="2.2" />,
    <path key="b" d="M10.5 18.5h3" />,
  ]);
}

/** Default account picture: a light silhouette on a soft grey disc, like Windows' placeholder but our own drawing. */
export function Silhouette({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id="sd-avatar-disc" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#d9dde3" />
          <stop offset="1" stopColor="#b8bec8" />
        </linearGradient>
      </defs>
      <circle cx="50" cy="50" r="50" fill="url(#sd-avatar-disc)" />
      <circle cx="50" cy="39" r="17" fill="#f4f6f8" />
      <path d="M17 86c5-17 18-25 33-25s28 8 33 25a50 50 0 0 1-66 0z" fill="#f4f6f8" />
    </svg>
  );
}
