import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { AutosaveStore } from '../../../main/files/autosave-store';
import { tempPathFor } from '../../../main/files/atomic-write';
import { ORPHAN_MIN_AGE_MS, removeOrphanedTempFiles } from '../../../main/files/orphan-temp-files';
import { MAX_RECENT_FILES, RecentFiles } from '../../../main/files/recent-files';
import { DEFAULT_SCENARIO } from '../../../simulator/index';
import { tempDirs } from './temp-dirs';

const makeTempDir = tempDirs();

let userData: string;
beforeEach(() => {
  userData = makeTempDir('sspr-userdata-');
});

describe('recent files', () => {
  it('keeps at most ten absolute paths, most recent first, without duplicates, across restarts', async () => {
    const store = path.join(userData, 'recent-files.json');
    const recent = new RecentFiles(store);
    for (let i = 0; i < 12; i++) await recent.add(path.join(userData, `s${i}.json`));
    await recent.add(path.join(userData, 's5.json'));
    const list = await recent.list();
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list[0]).toBe(path.join(userData, 's5.json'));
    expect(list.filter((entry) => entry.endsWith('s5.json'))).toHaveLength(1);
    expect(list).not.toContain(path.join(userData, 's0.json'));
    expect(await new RecentFiles(store).list()).toEqual(list);
    expect(await new RecentFiles(store).has(path.join(userData, 's5.json'))).toBe(true);
  });

  it('starts empty from a corrupt store and ignores relative paths in it', async () => {
    const store = path.join(userData, 'recent-files.json');
    writeFileSync(store, '{not json');
    expect(await new RecentFiles(store).list()).toEqual([]);
    writeFileSync(store, JSON.stringify(['relative.json', '/abs/one.json']));
    expect(await new RecentFiles(store).list()).toEqual(['/abs/one.json']);
  });

  it('removes and clears entries', async () => {
    const recent = new RecentFiles(path.join(userData, 'recent-files.json'));
    await recent.add('/a.json');
    await recent.add('/b.json');
    expect(await recent.remove('/a.json')).toEqual(['/b.json']);
    await recent.clear();
    expect(await recent.list()).toEqual([]);
  });
});

describe('autosave and crash recovery', () => {
  const clock = () => new Date('2026-11-25T03:00:00Z');

  it('offers nothing after a clean exit', async () => {
    const first = new AutosaveStore(userData, clock);
    expect(await first.begin()).toEqual({ previousRunCrashed: false });
    await first.write(DEFAULT_SCENARIO, null);
    first.markCleanExit();
    const second = new AutosaveStore(userData, clock);
    expect(await second.begin()).toEqual({ previousRunCrashed: false });
    expect(await second.readRecoverable()).toBeNull();
  });

  it('offers the autosave after a run that did not exit cleanly, until it is cleared', async () => {
    const crashed = new AutosaveStore(userData, clock);
    await crashed.begin();
    await crashed.write({ ...DEFAULT_SCENARIO, name: 'Unsaved work' }, '/docs/work.json');
    // No markCleanExit: the process died.
    const next = new AutosaveStore(userData, clock);
    expect(await next.begin()).toEqual({ previousRunCrashed: true });
    const record = await next.readRecoverable();
    expect(record).toMatchObject({ savedAt: '2026-11-25T03:00:00.000Z', path: '/docs/work.json' });
    expect(record?.scenario.name).toBe('Unsaved work');
    await next.clear();
    expect(await next.readRecoverable()).toBeNull();
    expect(existsSync(next.autosavePath)).toBe(false);
  });

  it('offers the autosave after the page crashed while the app kept running', async () => {
    const store = new AutosaveStore(userData, clock);
    await store.begin();
    await store.write({ ...DEFAULT_SCENARIO, name: 'Before the page crashed' }, null);
    expect(await store.readRecoverable()).toBeNull();
    store.markRecoverable();
    expect((await store.readRecoverable())?.scenario.name).toBe('Before the page crashed');
  });

  it('offers nothing when the autosave no longer holds a valid scenario', async () => {
    const crashed = new AutosaveStore(userData, clock);
    await crashed.begin();
    await crashed.write(DEFAULT_SCENARIO, null);
    const record = JSON.parse(readFileSync(crashed.autosavePath, 'utf8'));
    record.scenario.session.kind = 'telnet';
    writeFileSync(crashed.autosavePath, JSON.stringify(record));
    const next = new AutosaveStore(userData, clock);
    await next.begin();
    expect(await next.readRecoverable()).toBeNull();
  });

  it('never lets a write that was still in flight undo a clear', async () => {
    const store = new AutosaveStore(userData, clock);
    await store.begin();
    const writes = [store.write(DEFAULT_SCENARIO, null), store.write({ ...DEFAULT_SCENARIO, name: 'latest' }, null)];
    const cleared = store.clear();
    await Promise.all([...writes, cleared]);
    expect(existsSync(store.autosavePath)).toBe(false);
  });

  it('writes the autosave atomically as one JSON record', async () => {
    const store = new AutosaveStore(userData, clock);
    await store.begin();
    await store.write(DEFAULT_SCENARIO, null);
    expect(JSON.parse(readFileSync(store.autosavePath, 'utf8'))).toEqual({
      savedAt: '2026-11-25T03:00:00.000Z',
      path: null,
      scenario: DEFAULT_SCENARIO,
    });
  });
});

describe('orphaned temp files of interrupted saves', () => {
  it('removes only this app’s temp files, and only once they are a few minutes old', async () => {
    const now = Date.now();
    const old = (file: string) => {
      writeFileSync(file, 'partial');
      const when = new Date(now - ORPHAN_MIN_AGE_MS - 60_000);
      utimesSync(file, when, when);
      return file;
    };
    const orphan = old(tempPathFor(path.join(userData, 'recent-files.json')));
    const fresh = tempPathFor(path.join(userData, 'autosave.json'));
    writeFileSync(fresh, 'a save in progress');
    const foreign = [
      old(path.join(userData, 'recent-files.json.3219038123')),
      old(path.join(userData, '.notes.txt.tmp')),
      old(path.join(userData, 'scenario.json')),
    ];
    const folderWithOurName = tempPathFor(path.join(userData, 'x.json'));
    mkdirSync(folderWithOurName);
    utimesSync(folderWithOurName, new Date(0), new Date(0));

    const result = await removeOrphanedTempFiles([userData, userData, path.join(userData, 'missing')]);
    expect(result).toEqual({ removed: [orphan], failed: 0 });
    expect(readdirSync(userData).sort()).toEqual(
      [path.basename(fresh), path.basename(folderWithOurName), ...foreign.map((file) => path.basename(file))].sort(),
    );
  });
});
