// Is Electron's runtime installed? Its npm package can be present (types only) while the binary download was blocked.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = fileURLToPath(new URL('../../node_modules/electron/', import.meta.url));

const BINARY_NAMES = { win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron', linux: 'electron' };

/** The Electron executable, or null when only the package (without its runtime) is installed. */
export function electronBinary() {
  // Same override as electron's own index.js: a folder holding an unpacked Electron.
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = join(override, BINARY_NAMES[process.platform] ?? 'electron');
    return existsSync(binary) ? binary : null;
  }
  const pathFile = join(PACKAGE, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(PACKAGE, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
