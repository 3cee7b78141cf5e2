// Finds an Electron runtime for the real-Electron smoke test: the packaged app (SSPR_ELECTRON_EXECUTABLE), or the
// runtime of the electron package, downloaded now if need be (the same finder `npm start` uses). Where the download is
// blocked, as on networks without access to GitHub, it says so; it never pretends to have a runtime.
import { existsSync } from 'node:fs';
import { electronBinary, ensureElectronBinary } from '../../main/launcher/electron.mjs';

export const SKIPPED_LINE = 'skipped: no Electron runtime (download blocked)';

/**
 * @param {{ download?: boolean, timeoutMs?: number }} [options]
 * @returns {{ executable: string, packaged: boolean } | { executable: null, reason: string }}
 */
export function findElectronRuntime({ download = process.env.SSPR_ELECTRON_DOWNLOAD !== '0', timeoutMs } = {}) {
  const packaged = process.env.SSPR_ELECTRON_EXECUTABLE;
  if (packaged) {
    return existsSync(packaged)
      ? { executable: packaged, packaged: true }
      : { executable: null, reason: `SSPR_ELECTRON_EXECUTABLE points to ${packaged}, which does not exist` };
  }
  if (!download) {
    const present = electronBinary();
    return present
      ? { executable: present, packaged: false }
      : { executable: null, reason: 'no runtime in node_modules/electron and downloading is off' };
  }
  const found = ensureElectronBinary({ timeoutMs });
  return found.binary ? { executable: found.binary, packaged: false } : { executable: null, reason: found.reason };
}
