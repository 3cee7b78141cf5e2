// Simulator notes (what the app knows that Windows doesn't show: the password rules checked live, the PIN reset
// mode, why the screen came back) are drawn in a strip outside the simulated screen, never inside its chrome, so a
// trainee can't take them for Windows UI. Screens render <DeviceNote>; the device places the strip.
import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export const NotesTargetContext = createContext<HTMLElement | null>(null);

export function DeviceNote({ children, testId }: { children: ReactNode; testId?: string }) {
  const target = useContext(NotesTargetContext);
  if (!target) return null;
  return createPortal(
    <div className="sd-note" role="note" data-testid={testId}>
      {children}
    </div>,
    target,
  );
}
