// The one door to the outside world: the desktop preload's API, or the browser edition's adapter of the same shape.
import type { SsprApi } from '../../preload/contract';
import { createBrowserApi } from './browser-api';

declare global {
  interface Window {
    ssprPreview?: SsprApi;
  }
}

let api: SsprApi | null = null;

export function getApi(): SsprApi {
  api ??= window.ssprPreview ?? createBrowserApi();
  return api;
}

/** Tests swap in a fake API. */
export function setApiForTesting(next: SsprApi | null): void {
  api = next;
}
