// Sandboxed preload: exposes exactly SsprApi as window.ssprPreview. Bundled into one file (sandboxed preloads can
// require only 'electron').
import { contextBridge, ipcRenderer } from 'electron';
import { createDesktopApi } from './desktop-api';

contextBridge.exposeInMainWorld(
  'ssprPreview',
  createDesktopApi({
    invoke: (channel, arg) => ipcRenderer.invoke(channel, arg),
    on: (channel, listener) => ipcRenderer.on(channel, listener),
    removeListener: (channel, listener) => ipcRenderer.removeListener(channel, listener),
  }),
);
