// Keyboard shortcuts of the browser edition, mapped onto the desktop menu's commands (same accelerators).
import type { MenuCommand } from '../../preload/contract';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

/** Text fields keep their own Ctrl+Z / Ctrl+Y (the browser's undo inside the field). */
function isTextEditing(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  if (element.tagName === 'TEXTAREA') return true;
  if (element.tagName !== 'INPUT') return false;
  const type = (element as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'range', 'color', 'file'].includes(type);
}

export function commandForKey(event: KeyLike): MenuCommand | null {
  if (event.key === 'F5' && !event.ctrlKey && !event.metaKey && !event.altKey) return 'view.trainer';
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'o' && !event.shiftKey) return 'file.open';
  if (key === 'o' && event.shiftKey) return 'file.openDiagnostics';
  if (key === 's') return event.shiftKey ? 'file.saveAs' : 'file.save';
  if (isTextEditing(event.target)) return null;
  if (key === 'z') return event.shiftKey ? 'edit.redo' : 'edit.undo';
  if (key === 'y' && !event.shiftKey) return 'edit.redo';
  return null;
}
