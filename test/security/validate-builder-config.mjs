#!/usr/bin/env node
// Validates electron-builder.yml offline against electron-builder's own JSON schema (the check it runs before a
// build), without packaging or downloading Electron. Usage: node test/security/validate-builder-config.mjs [file]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml');
const { validateConfiguration } = require('app-builder-lib/out/util/config/config');

/** Loads and schema-checks the config; resolves to the parsed object, rejects with electron-builder's message. */
export async function validateBuilderConfig(file) {
  const config = yaml.load(readFileSync(file, 'utf8'));
  // A debug logger that stays silent: validation errors are thrown, not logged.
  await validateConfiguration(config, { isEnabled: false, add() {} });
  return config;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? 'electron-builder.yml';
  validateBuilderConfig(file).then(
    () => console.log(`${file}: valid electron-builder configuration`),
    (error) => {
      console.error(`${file}: ${error.message}`);
      process.exit(1);
    },
  );
}
