// After validation, strings of the schema's vocabulary (enum values, literals, "unknown") are swapped for the schema's
// own constants. The engine compares them with ===, and V8 compares two identical constants by identity instead of
// character by character (strings read from files, IPC or structuredClone are separate copies).
import { PASSWORD_RESET_CATALOG_ID, PASSWORD_RESET_OMA_URI, scenarioJsonSchema } from './scenario';

/** Free-text fields the engine compares with === to one well-known policy string. */
const WELL_KNOWN = [PASSWORD_RESET_CATALOG_ID, PASSWORD_RESET_OMA_URI];

let vocabulary: Map<string, string> | null = null;

function collect(node: unknown, into: Map<string, string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, into);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (Array.isArray(record.enum))
    for (const value of record.enum) if (typeof value === 'string') into.set(value, value);
  if (typeof record.const === 'string') into.set(record.const, record.const);
  for (const value of Object.values(record)) collect(value, into);
}

function vocabularyOf(): Map<string, string> {
  if (!vocabulary) {
    collect(scenarioJsonSchema(), (vocabulary = new Map()));
    for (const word of WELL_KNOWN) vocabulary.set(word, word);
  }
  return vocabulary;
}

/** Replaces vocabulary strings in place (objects and arrays the parser built; frozen ones are left alone). */
export function canonicalizeStrings<T>(value: T): T {
  const words = vocabularyOf();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || Object.isFrozen(node)) return;
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (typeof item === 'string') {
        const canonical = words.get(item);
        if (canonical !== undefined) record[key] = canonical;
      } else visit(item);
    }
  };
  visit(value);
  return value;
}
