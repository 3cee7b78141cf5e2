export const SKIPPED_LINE: string;
export function findElectronRuntime(options?: {
  download?: boolean;
  timeoutMs?: number;
}): { executable: string; packaged: boolean } | { executable: null; reason: string };
