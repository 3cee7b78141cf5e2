// Writes SHA-256 checksums of the installers in a folder, in the format `sha256sum -c` reads.
// Usage: node test/electron/checksums.mjs <folder> <output file>
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const INSTALLER = /\.(exe|dmg|AppImage|deb|zip)$/;
const [folder, output] = process.argv.slice(2);
if (!folder || !output) {
  console.error('Usage: node test/electron/checksums.mjs <folder> <output file>');
  process.exit(2);
}
const files = readdirSync(folder)
  .filter((name) => INSTALLER.test(name))
  .sort();
if (files.length === 0) {
  console.error(`No installers in ${folder}.`);
  process.exit(1);
}
const lines = files.map(
  (name) =>
    `${createHash('sha256')
      .update(readFileSync(join(folder, name)))
      .digest('hex')}  ${name}`,
);
writeFileSync(output, `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
