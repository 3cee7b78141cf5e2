// Unsaved changes: closing a dirty window asks Save / Don't save / Cancel. "Save" asks the renderer to save (it owns
// the scenario); the save handler closes the window once the file is written.
import { dialog, type BrowserWindow } from 'electron';
import { dialogText } from './dialog-text';
import type { MainServices } from './services';

export function installCloseGuard(window: BrowserWindow, services: MainServices): { allowClose(): void } {
  let closeAllowed = false;
  let prompting = false;

  window.on('close', (event) => {
    if (closeAllowed || !services.document.dirty) return;
    event.preventDefault();
    if (prompting) return;
    prompting = true;
    const text = dialogText(services.language?.());
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        buttons: [...text.closeButtons],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
        title: 'SSPR Preview',
        message: text.closePrompt(services.document.fileName ?? text.untitled),
        detail: text.closeDetail,
      })
      .then(async ({ response }) => {
        if (response === 0) {
          services.document.closeAfterSave = true;
          services.sendMenuCommand('file.save');
        } else if (response === 1) {
          await services.autosave.clear();
          closeAllowed = true;
          window.close();
        }
      })
      .finally(() => {
        prompting = false;
      });
  });

  return {
    allowClose: () => {
      closeAllowed = true;
    },
  };
}
