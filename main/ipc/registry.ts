// Typed IPC on the main side: one `handle` per channel of RequestChannels, every argument validated with zod and
// every message from a sender other than the app's own window rejected before the handler runs.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import type { RequestArg, RequestChannel, RequestResult } from '../../preload/contract';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export type ChannelHandler<C extends RequestChannel> = (
  arg: RequestArg<C>,
  event: IpcMainInvokeEvent,
) => RequestResult<C> | Promise<RequestResult<C>>;

export interface HandlerDefinition<C extends RequestChannel = RequestChannel> {
  channel: C;
  /** Validates the renderer's argument; its output is what the handler receives. */
  schema: z.ZodType<RequestArg<C>>;
  handler: ChannelHandler<C>;
}

/** A feature's channels, registered together (files, exports, tenant…). */
export interface HandlerGroup {
  name: string;
  handlers: ReadonlyArray<HandlerDefinition<RequestChannel>>;
}

/** Keeps the channel, schema and handler types tied together when building a group. */
export function defineHandler<C extends RequestChannel>(
  channel: C,
  schema: z.ZodType<RequestArg<C>>,
  handler: ChannelHandler<C>,
): HandlerDefinition<RequestChannel> {
  return { channel, schema, handler } as unknown as HandlerDefinition<RequestChannel>;
}

export class IpcRejection extends Error {
  constructor(
    readonly channel: string,
    readonly reason: 'untrusted-sender' | 'invalid-argument',
    detail: string,
  ) {
    super(`${channel}: ${detail}`);
    this.name = 'IpcRejection';
  }
}

/** Fails closed: until a sender check is installed, every message is rejected. */
let senderCheck: SenderCheck = () => false;
const registeredChannels = new Set<string>();

export function trustSenders(check: SenderCheck): void {
  senderCheck = check;
}

export function handle<C extends RequestChannel>(
  channel: C,
  schema: z.ZodType<RequestArg<C>>,
  handler: ChannelHandler<C>,
): void {
  if (registeredChannels.has(channel)) throw new Error(`IPC channel registered twice: ${channel}`);
  registeredChannels.add(channel);
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    if (!senderCheck(event))
      throw new IpcRejection(channel, 'untrusted-sender', 'rejected a message from an untrusted sender');
    if (args.length > 1) throw new IpcRejection(channel, 'invalid-argument', 'expected one argument');
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(argument)'}: ${issue.message}`);
      throw new IpcRejection(channel, 'invalid-argument', `invalid argument: ${problems.slice(0, 5).join('; ')}`);
    }
    return handler(parsed.data, event);
  });
}

export function registerHandlerGroup(group: HandlerGroup): void {
  for (const definition of group.handlers) handle(definition.channel, definition.schema, definition.handler);
}

export function registeredChannelNames(): string[] {
  return [...registeredChannels];
}

/** Removes every handler (window re-creation on macOS, and tests). */
export function removeAllHandlers(): void {
  for (const channel of registeredChannels) ipcMain.removeHandler(channel);
  registeredChannels.clear();
  senderCheck = () => false;
}
