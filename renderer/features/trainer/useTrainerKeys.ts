// Presentation keys: → / Space / PageDown next, ← / PageUp back, H toggles the presenter bar, Esc leaves.
// Keys typed into the simulated screen's fields (and Space on a focused button) keep their normal meaning.
import { useEffect } from 'react';

export interface TrainerKeyHandlers {
  next(): void;
  back(): void;
  toggleBar(): void;
  exit(): void;
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'submit', 'checkbox'].includes(target.type);
}

function isActivatable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target instanceof HTMLButtonElement ||
      target.getAttribute('role') === 'button' ||
      target instanceof HTMLAnchorElement)
  );
}

export function useTrainerKeys(handlers: TrainerKeyHandlers, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        // A dialog inside trainer mode (screen texts) closes first; Fluent handles that and stops the event.
        handlers.exit();
        return;
      }
      if (isTextEntry(event.target)) return;
      if (
        event.key === 'ArrowRight' ||
        event.key === 'PageDown' ||
        (event.key === ' ' && !isActivatable(event.target))
      ) {
        event.preventDefault();
        handlers.next();
      } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
        event.preventDefault();
        handlers.back();
      } else if (event.key === 'h' || event.key === 'H') {
        event.preventDefault();
        handlers.toggleBar();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [handlers, enabled]);
}
