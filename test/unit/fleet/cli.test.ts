// sspr-preview fleet, run as a user runs it: totals, exit codes, exports, and bad input with file, line and column.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { STACK_LINE, ensureCliBuilt, runCli } from '../cli/run-cli';
import { fleetEnUS } from '../../../renderer/i18n/fleet-en-US';
import { formatFleetRefusal } from '../../../renderer/features/fleet/fleet-problem';

const fixtures = join(__dirname, '../../fixtures/fleet');
const f = (name: string) => join(fixtures, name);
const scratch = mkdtempSync(join(tmpdir(), 'sspr-fleet-cli-'));

beforeAll(() => ensureCliBuilt(), 120_000);

describe('sspr-preview fleet', () => {
  it('prints totals, blockers, undecided inputs and fixes; exit 3 while rows are undecided', async () => {
    const result = await runCli(['fleet', f('intune-devices.csv'), '--users', f('user-registration-details.csv')]);
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/9 Windows rows in 9 classes; left out: iOS\/iPadOS 1, Android 1, macOS 1/);
    expect(result.stdout).toMatch(/Reset succeeds\s+2\s+22\.2%/);
    expect(result.stdout).toMatch(/R-VERSION\s+1 row\s+Needs Windows 10 1803/);
    expect(result.stdout).toMatch(/user\.registeredMethods\s+3 rows/);
    expect(result.stdout).toMatch(/Top fixes \(re-counted over every row\):\n {2}1\. \+2 rows/);
    expect(result.stdout).toMatch(/SkuFamily: "Team" \(1\)/);
    expect(result.stderr).toBe('');
  });

  it('exit 1 when every row is decided and some fail; a what-if shows before → after', async () => {
    const template = join(scratch, 'template.json');
    writeFileSync(
      template,
      JSON.stringify({
        user: { registeredMethods: ['email'], adminRole: false },
        device: { os: { edition: 'Enterprise' }, joinState: 'entraJoined' },
      }),
    );
    const result = await runCli([
      'fleet',
      f('entra-devices.csv'),
      '--template',
      template,
      '--what-if',
      'session.kind=remoteDesktop',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/What-if: session\.kind = "remoteDesktop"/);
    expect(result.stdout).toMatch(/Link hidden\s+\d+ → 9 /);
  });

  it('exit 0 when every row succeeds', async () => {
    const csv = join(scratch, 'good.csv');
    writeFileSync(
      csv,
      'Device name,OS,OS version,SkuFamily,JoinType,Managed by,Primary user UPN\r\nPC-1,Windows,10.0.26100.2605,Enterprise,Azure AD joined,Intune,adele.vance@contoso.com\r\n',
    );
    const result = await runCli(['fleet', csv, '--users', f('user-registration-details.csv')]);
    expect(result.stdout).toMatch(/Reset succeeds\s+1\s+100\.0%/);
    expect(result.code).toBe(0);
  });

  it('--csv writes every row with a formula guard; --json the whole result; --html a report', async () => {
    const csv = await runCli(['fleet', f('intune-devices.csv'), '--csv']);
    const rows = Papa.parse<string[]>(csv.stdout.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(10);
    expect(rows.map((row) => row[1])).toContain('\'=HYPERLINK("http://x","click")');
    const json = JSON.parse((await runCli(['fleet', f('intune-devices.csv'), '--json'])).stdout);
    expect(json).toMatchObject({ ok: true, summary: { rows: 9 }, source: { kind: 'intuneDevices' } });
    const html = await runCli(['fleet', f('intune-devices.csv'), '--html']);
    expect(html.stdout).toMatch(/^<!doctype html>/);
  });

  it('reads a tenant snapshot', async () => {
    const result = await runCli(['fleet', f('tenant-snapshot.json')]);
    expect(result.stdout).toMatch(/Tenant snapshot of Contoso/);
    expect(result.stdout).toMatch(/3 Windows rows/);
    expect([0, 1, 3]).toContain(result.code);
  });

  it.each([
    [
      'intune-compliance-export.csv',
      /intune-compliance-export\.csv, line 1: This looks like an Intune device compliance export/,
    ],
    [
      'intune-devices-ragged.csv',
      /intune-devices-ragged\.csv, line 5: The number of columns changes here\. \(expected 54 fields like the header, found 10\)/,
    ],
    ['intune-devices-duplicate.csv', /line 15, column "Device ID": The device .* is listed twice/],
    ['binary.csv', /binary\.csv: /],
    ['no-such-file.csv', /no-such-file\.csv: Cannot read the file: no such file/],
  ])('bad input %s: exit 2 with file, line and column', async (name, message) => {
    const result = await runCli(['fleet', f(name)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stdout).toBe('');
  });

  it('bad what-if and template: exit 2 naming the field', async () => {
    const result = await runCli(['fleet', f('intune-devices.csv'), '--what-if', 'session.kind=telnet']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--what-if, column "session\.kind": session\.kind cannot be "telnet"/);
    const usage = await runCli(['fleet']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/fleet takes one devices CSV or snapshot file/);
  });

  it.each([
    ['intune-compliance-export.csv', 'otherExport'],
    ['intune-devices-ragged.csv', 'columnCountChanges'],
    ['intune-devices-duplicate.csv', 'duplicateDevice'],
    ['binary.csv', 'binary'],
    ['no-such-file.csv', 'cannotRead'],
  ])('bad input %s: the app words its code (%s) in English exactly as the CLI prints it', async (name, code) => {
    const app = i18next.createInstance();
    await app.init({
      resources: { 'en-US': { translation: { fleet: fleetEnUS } } },
      lng: 'en-US',
      nsSeparator: false,
      interpolation: { escapeValue: false },
    });
    const printed = await runCli(['fleet', f(name)]);
    const json = await runCli(['fleet', f(name), '--json']);
    const error = JSON.parse(json.stdout).error;
    expect(error.code).toBe(code);
    expect(printed.stderr).toBe(`sspr-preview fleet: ${formatFleetRefusal(app, error)}\n`);
  });

  it('--json reports bad input as JSON too', async () => {
    const result = await runCli(['fleet', f('intune-devices-ragged.csv'), '--json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: false,
      error: {
        file: 'intune-devices-ragged.csv',
        line: 5,
        reason: 'The number of columns changes here.',
        expected: '54 fields like the header',
        found: '10',
        code: 'columnCountChanges',
        params: { expectedFields: 54, foundFields: 10 },
      },
    });
  });
});
