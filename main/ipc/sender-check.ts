// Only the main frame of the app's own window, showing a page from app://sspr-preview, may call main.
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from '../security/app-origin';

export function createSenderCheck(getWindow: () => BrowserWindow | null): (event: IpcMainInvokeEvent) => boolean {
  return (event) => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return false;
    if (event.sender !== window.webContents) return false;
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    return isAppUrl(frame.url);
  };
}
