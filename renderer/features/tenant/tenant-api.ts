// The tenant channels of the typed API. The desktop edition answers them in the main process; the browser
// edition has no tenant connection, so callers check isDesktop() first.
import type { RequestArg, RequestChannel, RequestResult } from '../../../preload/contract';
import { readCodedMessage } from '../../../simulator/import/coded-message';
import { i18n } from '../../i18n/index';
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

/**
 * The message of an IPC failure without Electron's "Error invoking remote method …" prefix, worded in the app's
 * language when main gave it a code the page knows.
 */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return codedText(text.replace(/^Error invoking remote method '[^']+': (\w*Error: )?/, ''));
}

/** A message main may have coded (see codedMessage), in the app's language when the page knows the code. */
export function codedText(text: string): string {
  const { problem, english } = readCodedMessage(text);
  const key = problem && `tenantImport.errors.${problem.code}`;
  return key && i18n().exists(key) ? i18n().t(key, problem.params ?? {}) : english;
}
