// The tenant channels of the typed API. The desktop edition answers them in the main process; the browser
// edition has no tenant connection, so callers check isDesktop() first.
import type { RequestArg, RequestChannel, RequestResult } from '../../../preload/contract';
import { getApi } from '../../platform/api';

type TenantChannel = Extract<RequestChannel, `tenant:${string}`>;

export const tenantApi = {
  isDesktop(): boolean {
    return getApi().edition === 'desktop';
  },
  call<C extends TenantChannel>(channel: C, arg: RequestArg<C>): Promise<RequestResult<C>> {
    return getApi().invoke(channel, arg);
  },
};

/** The message of an IPC failure without Electron's "Error invoking remote method …" prefix. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Error invoking remote method '[^']+': (\w*Error: )?/, '');
}
