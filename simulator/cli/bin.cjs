#!/usr/bin/env node
// Thin launcher: the CLI itself is bundled into dist/cli by `npm run build:cli` (run by npm install / npm ci).
const path = require('node:path');
const fs = require('node:fs');
const { pathToFileURL } = require('node:url');

const built = path.join(__dirname, '..', '..', 'dist', 'cli', 'sspr-preview.mjs');
if (!fs.existsSync(built)) {
  console.error('sspr-preview: the CLI is not built yet. Run `npm run build:cli` in the project folder.');
  process.exit(2);
}
import(pathToFileURL(built).href).catch((error) => {
  console.error(`sspr-preview: ${error && error.message ? error.message : String(error)}`);
  process.exit(2);
});
