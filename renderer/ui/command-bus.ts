// Features ask for app commands (new, open, save…) without importing the shell: the shell registers the one handler.
import type { MenuCommand, MenuCommandDetail } from '../../preload/contract';

type CommandHandler = (command: MenuCommand, detail?: MenuCommandDetail) => void;

let handler: CommandHandler | null = null;

/** Called once by the app shell at start-up. */
export function setCommandHandler(next: CommandHandler | null): void {
  handler = next;
}

export function runCommand(command: MenuCommand, detail?: MenuCommandDetail): void {
  if (!handler) throw new Error(`No command handler is registered for "${command}".`);
  handler(command, detail);
}
