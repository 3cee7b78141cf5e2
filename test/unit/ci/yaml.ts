// js-yaml ships no types; this is the one function the workflow checks use.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

export function loadYaml(text: string): unknown {
  return yaml.load(text);
}
