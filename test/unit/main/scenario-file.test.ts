import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_SCENARIO_BYTES, readScenarioFile, writeScenarioFile } from '../../../main/files/scenario-file';
import { DEFAULT_SCENARIO, type Scenario } from '../../../simulator/index';
import { tempDirs } from './temp-dirs';

const makeTempDir = tempDirs();

let dir: string;
let target: string;
const ORIGINAL = '{"schemaVersion":1,"name":"the file on disk"}\n';

beforeEach(() => {
  dir = makeTempDir('sspr-save-');
  target = path.join(dir, 'scenario.json');
  writeFileSync(target, ORIGINAL);
});

const renamed = (name: string): Scenario => ({ ...DEFAULT_SCENARIO, name });

describe('saving a scenario', () => {
  it('replaces the file with the validated scenario, pretty-printed', async () => {
    expect(await writeScenarioFile(target, renamed('Saved'))).toEqual({ ok: true });
    const saved = JSON.parse(readFileSync(target, 'utf8'));
    expect(saved.name).toBe('Saved');
    expect(readdirSync(dir)).toEqual(['scenario.json']);
  });

  it('leaves the old file intact and no temp file behind when the write fails midway', async () => {
    let tempFile = '';
    const result = await writeScenarioFile(target, renamed('Never written'), {
      tmpfileCreated: (tmp) => {
        tempFile = tmp;
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
    expect(result).toEqual({
      ok: false,
      error: 'Not saved: scenario.json: the disk is full (ENOSPC)',
      reason: 'diskFull',
    });
    expect(path.dirname(tempFile)).toBe(dir);
    expect(readFileSync(target, 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(dir)).toEqual(['scenario.json']);
  });

  it('never overwrites a file with an invalid scenario', async () => {
    const invalid = {
      ...DEFAULT_SCENARIO,
      device: { ...DEFAULT_SCENARIO.device, os: { ...DEFAULT_SCENARIO.device.os, build: 'new' } },
    };
    const result = await writeScenarioFile(target, invalid);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems?.map((problem) => problem.path)).toContain('device.os.build');
    expect(readFileSync(target, 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(dir)).toEqual(['scenario.json']);
  });

  it('does not write partial scenarios either (main saves only complete ones)', async () => {
    const result = await writeScenarioFile(target, { schemaVersion: 1, name: 'partial' });
    expect(result.ok).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe(ORIGINAL);
  });

  it('never saves a file larger than an open accepts (the same 5 MB cap), and says so', async () => {
    const result = await writeScenarioFile(target, renamed('n'.repeat(MAX_SCENARIO_BYTES - 200)));
    expect(result).toMatchObject({ ok: false, reason: 'tooLarge' });
    if (!result.ok)
      expect(result.error).toMatch(/^Not saved: scenario\.json: the file would be too large to open again/);
    expect(readFileSync(target, 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(dir)).toEqual(['scenario.json']);
  });

  it('a file saved just under the cap opens again', async () => {
    const name = 'n'.repeat(MAX_SCENARIO_BYTES - 20_000);
    expect(await writeScenarioFile(target, renamed(name))).toEqual({ ok: true });
    const reopened = await readScenarioFile(target);
    expect(reopened.ok && reopened.scenario.name.length).toBe(name.length);
  });

  it('creates a new file when none exists', async () => {
    const fresh = path.join(dir, 'new.json');
    expect(await writeScenarioFile(fresh, renamed('New'))).toEqual({ ok: true });
    expect((await readScenarioFile(fresh)).ok).toBe(true);
  });
});

describe('opening a scenario', () => {
  it('merges a partial file over the default scenario', async () => {
    const result = await readScenarioFile(target);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.scenario.name).toBe('the file on disk');
      expect(result.scenario.device).toEqual(DEFAULT_SCENARIO.device);
    }
  });

  it('accepts a UTF-8 byte-order mark', async () => {
    writeFileSync(target, `\uFEFF${ORIGINAL}`);
    expect((await readScenarioFile(target)).ok).toBe(true);
  });

  it('lists each problem with its field path instead of throwing', async () => {
    writeFileSync(
      target,
      JSON.stringify({ schemaVersion: 1, device: { os: { build: 'x' } }, session: { kind: 'telnet' } }),
    );
    const result = await readScenarioFile(target);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((problem) => problem.path)).toEqual(
        expect.arrayContaining(['device.os.build', 'session.kind']),
      );
  });

  it('reports broken JSON and missing files as one readable problem', async () => {
    writeFileSync(target, '{"schemaVersion": 1,');
    const broken = await readScenarioFile(target);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0].expected).toBe('valid JSON');
    const folder = await readScenarioFile(dir);
    expect(folder.ok).toBe(false);
    if (!folder.ok)
      expect(folder.problems[0]).toMatchObject({ expected: 'a readable file', found: 'a folder or device' });
    const missing = await readScenarioFile(path.join(dir, 'nope.json'));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problems[0]).toMatchObject({ path: '(file)', expected: 'a readable file' });
  });

  it('refuses files larger than a scenario can be', async () => {
    writeFileSync(target, `{"name":"${'x'.repeat(6 * 1024 * 1024)}"}`);
    const result = await readScenarioFile(target);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].expected).toMatch(/under 5 MB/);
  });
});
