// Prints the executable of the app electron-builder left in release/ (the unpacked folder of this platform).
// Usage: node test/electron/packaged-executable.mjs [release folder]
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const release = process.argv[2] ?? 'release';
const candidates = {
  linux: () => [join(release, 'linux-unpacked', 'sspr-preview')],
  win32: () => [join(release, 'win-unpacked', 'sspr-preview.exe'), join(release, 'win-unpacked', 'SSPR Preview.exe')],
  darwin: () =>
    readdirSync(release)
      .filter((name) => name.startsWith('mac'))
      .map((name) => join(release, name, 'SSPR Preview.app', 'Contents', 'MacOS', 'SSPR Preview')),
}[process.platform];
const found = (candidates?.() ?? []).find((path) => existsSync(path));
if (!found) {
  console.error(`No packaged app found in ${release} for ${process.platform}.`);
  process.exit(1);
}
console.log(found);
