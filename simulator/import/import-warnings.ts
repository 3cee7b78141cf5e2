// Import warnings: everything the import could not take in (items skipped, targets ignored, values not understood),
// counted per source and kind with a few examples, so a snapshot says what it is missing.
import type { ImportWarning } from './snapshot';

export type WarningKind = ImportWarning['kind'];

const EXAMPLES_KEPT = 5;
const EXAMPLE_LENGTH = 240;

export class ImportWarnings {
  private readonly byKey = new Map<string, ImportWarning>();

  add(source: string, kind: WarningKind, example: string): void {
    const key = `${source}\u0000${kind}`;
    const text = example.length > EXAMPLE_LENGTH ? `${example.slice(0, EXAMPLE_LENGTH)}…` : example;
    const entry = this.byKey.get(key);
    if (entry) {
      entry.count += 1;
      if (entry.examples.length < EXAMPLES_KEPT) entry.examples.push(text);
    } else {
      this.byKey.set(key, { source, kind, count: 1, examples: [text] });
    }
  }

  get total(): number {
    let sum = 0;
    for (const entry of this.byKey.values()) sum += entry.count;
    return sum;
  }

  list(): ImportWarning[] {
    return [...this.byKey.values()].map((entry) => ({ ...entry, examples: [...entry.examples] }));
  }
}
