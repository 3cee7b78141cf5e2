// A stand-in for the 'electron' module (the real one throws under plain Node). Records what main does with it.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  readonly mainFrame = { url: 'app://sspr-preview/index.html', parent: null };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  zoomFactor = 1;
  getZoomFactor(): number {
    return this.zoomFactor;
  }
  capturePage = vi.fn(async () => ({ isEmpty: () => false, toPNG: () => Buffer.from([0x89, 0x50, 0x4e, 0x47]) }));
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  title = '';
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setDocumentEdited(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  show(): void {}
  /** Emits 'close' like Electron: listeners may call preventDefault. */
  close(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroyed = true;
    return !prevented;
  }
}

export const ipcHandlers = new Map<string, InvokeHandler>();

export const electronFake = {
  BrowserWindow: FakeBrowserWindow,
  ipcMain: {
    handle: vi.fn((channel: string, handler: InvokeHandler) => {
      if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcHandlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
  },
  dialog: {
    showOpenDialog: vi.fn(),
    showSaveDialog: vi.fn(),
    showMessageBox: vi.fn(),
  },
  shell: { openExternal: vi.fn(async () => undefined) },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  app: { on: vi.fn(), getVersion: () => '0.1.0-test' },
  Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
};

export function resetElectronFake(): void {
  ipcHandlers.clear();
  FakeBrowserWindow.created = [];
  for (const group of [electronFake.dialog, electronFake.shell, electronFake.protocol, electronFake.ipcMain]) {
    for (const fn of Object.values(group)) (fn as ReturnType<typeof vi.fn>).mockClear();
  }
}

/** An IPC event as Electron delivers it: the sending web contents and its frame. */
export function ipcEvent(
  sender: FakeWebContents,
  frame: { url: string; parent: unknown } | null = sender.mainFrame,
): unknown {
  return { sender, senderFrame: frame };
}

/** Calls a registered handler the way a renderer's invoke would. */
export async function invokeAs(
  sender: FakeWebContents,
  channel: string,
  arg?: unknown,
  frame?: { url: string; parent: unknown } | null,
): Promise<unknown> {
  const handler = ipcHandlers.get(channel);
  if (!handler) throw new Error(`No handler for ${channel}`);
  return handler(ipcEvent(sender, frame === undefined ? sender.mainFrame : frame), ...(arg === undefined ? [] : [arg]));
}
