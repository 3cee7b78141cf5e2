// Unsaved changes: closing a dirty window asks Save / Don't save / Cancel. "Save" asks the renderer to save (it owns
// the scenario); the save handler closes the window once the file is written.
import { dialog, type BrowserWindow } from 'electron';
import type { MainServices } from './services';

export const CLOSE_PROMPT_BUTTONS = ['Save', "Don't save", 'Cancel'] as const;

export function installCloseGuard(window: BrowserWindow, services: MainServices): { allowClose(): void } {
  let closeAllowed = false;
  let prompting = false;

  window.on('close', (event) => {
    if (closeAllowed || !services.document.dirty) return;
    event.preventDefault();
    if (prompting) return;
    prompting = true;
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        buttons: [...CLOSE_PROMPT_BUTTONS],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
        title: 'SSPR Preview',
        message: `Do you want to save the changes you made to ${services.document.fileName ?? 'Untitled'}?`,
        detail: "Your changes will be lost if you don't save them.",
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
