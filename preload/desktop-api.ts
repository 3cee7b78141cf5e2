// The desktop implementation of SsprApi over a minimal IPC transport. Kept apart from preload.ts so it can be
// tested without Electron; nothing from the transport itself is ever handed to the page.
import {
  EVENT_CHANNELS,
  REQUEST_CHANNELS,
  type EventChannels,
  type MenuCommand,
  type MenuCommandDetail,
  type RequestArg,
  type RequestChannel,
  type RequestResult,
  type SsprApi,
} from './contract';

/** The two ipcRenderer calls the API needs, nothing more. */
export interface IpcTransport {
  invoke(channel: string, arg: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

const REQUEST_CHANNEL_SET: ReadonlySet<string> = new Set(REQUEST_CHANNELS);
const MENU_CHANNEL: (typeof EVENT_CHANNELS)[number] = 'menu:command';

function isMenuEvent(payload: unknown): payload is EventChannels['menu:command'] {
  return (
    typeof payload === 'object' && payload !== null && typeof (payload as { command?: unknown }).command === 'string'
  );
}

export function createDesktopApi(transport: IpcTransport): SsprApi {
  const api: SsprApi = {
    edition: 'desktop',
    invoke<C extends RequestChannel>(channel: C, arg: RequestArg<C>): Promise<RequestResult<C>> {
      if (typeof channel !== 'string' || !REQUEST_CHANNEL_SET.has(channel)) {
        return Promise.reject(new Error(`Unknown channel: ${String(channel)}`));
      }
      return transport.invoke(channel, arg) as Promise<RequestResult<C>>;
    },
    onMenuCommand(listener: (command: MenuCommand, detail?: MenuCommandDetail) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
      // Only the command and a copied path reach the page: never the IPC event (it carries the sender object).
      const forward = (_event: unknown, payload: unknown) => {
        if (!isMenuEvent(payload)) return;
        const path = typeof payload.detail?.path === 'string' ? payload.detail.path : undefined;
        listener(payload.command, path === undefined ? undefined : { path });
      };
      transport.on(MENU_CHANNEL, forward);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        transport.removeListener(MENU_CHANNEL, forward);
      };
    },
  };
  return Object.freeze(api);
}
