// Temporary folders for tests, removed again: after each test ('each', the default) or after the file ('all', for a
// folder made once at the top of a file). A run leaves nothing behind in the system's temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';

/** Call at the top of a test file; returns a maker of temporary folders (prefix e.g. 'sspr-save-'). */
export function tempDirs(scope: 'each' | 'all' = 'each'): (prefix: string) => string {
  const made: string[] = [];
  (scope === 'each' ? afterEach : afterAll)(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (prefix) => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
