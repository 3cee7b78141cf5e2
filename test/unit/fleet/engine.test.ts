// Summary, fleet what-if, top fixes (each verified by re-counting), exports and the snapshot input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { applyChanges, evaluate } from '../../../simulator/index';
import {
  DEFAULT_FLEET_TEMPLATE,
  FleetInputError,
  FleetRecounter,
  ROWS_CSV_HEADER,
  classScenario,
  compareSummaries,
  evaluateFleet,
  fixChangesFor,
  fleetFromSnapshot,
  fleetHtmlReport,
  fleetReport,
  fleetRowsCsv,
  parseFleetTemplate,
  parseWhatIf,
  readDevicesCsv,
  readUsersCsv,
  rowScenario,
  topFleetFixes,
} from '../../../simulator/fleet';
import { parseSnapshotJson } from '../../../simulator/import/snapshot';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/fleet', name)));
const users = readUsersCsv(fixture('user-registration-details.csv'), 'users.csv');
const input = readDevicesCsv(fixture('intune-devices.csv'), { label: 'intune-devices.csv', users });
const recounter = new FleetRecounter(input, DEFAULT_FLEET_TEMPLATE);
const base = recounter.evaluate();

describe('summary', () => {
  it('counts rows per outcome, the link and the blocking rules', () => {
    expect(base.summary).toMatchObject({
      rows: 9,
      byOutcome: { success: 2, hidden: 2, fails: 0, denied: 1, deferred: 0, undecided: 4 },
      linkShown: 5,
    });
    expect(base.summary.blockingRules).toEqual([
      { id: 'R-EDITION', rows: 1 },
      { id: 'R-JOIN', rows: 1 },
      { id: 'R-REG', rows: 1 },
      { id: 'R-VERSION', rows: 1 },
    ]);
    expect(base.summary.undecidedInputs).toContainEqual({ path: 'user.registeredMethods', rows: 3 });
    expect(base.summary.undecidedInputs).toContainEqual({ path: 'device.os.edition', rows: 2 });
  });

  it('equals evaluateFleet without the prebuilt classes', () => {
    expect(evaluateFleet(input, DEFAULT_FLEET_TEMPLATE).summary).toEqual(base.summary);
  });
});

describe('fleet what-if', () => {
  it('Remote Desktop for every row hides the link everywhere', () => {
    const change = parseWhatIf('session.kind=remoteDesktop', DEFAULT_FLEET_TEMPLATE);
    const after = recounter.evaluate([change]);
    const delta = compareSummaries(base.summary, after.summary);
    expect(delta.byOutcome.hidden).toEqual({ before: 2, after: 9 });
    expect(delta.linkShown).toEqual({ before: 5, after: 0 });
    expect(delta.rules.find((rule) => rule.id === 'R-SESSION-RDP')).toEqual({
      id: 'R-SESSION-RDP',
      before: 0,
      after: 9,
    });
  });

  it('re-counting from classes equals evaluating every row', () => {
    const change = parseWhatIf('tenant.sspr.methodsRequired=2', DEFAULT_FLEET_TEMPLATE);
    const after = recounter.evaluate([change]);
    for (let row = 0; row < input.rowCount; row++)
      expect(evaluate(rowScenario(input, row, DEFAULT_FLEET_TEMPLATE, [change])).outcome).toBe(
        after.verdicts[input.classOf[row]].outcome,
      );
  });

  it('refuses fields that do not exist and values the model does not allow', () => {
    expect(() => parseWhatIf('session.kindd=console', DEFAULT_FLEET_TEMPLATE)).toThrow(
      /"session.kindd" is not a scenario field/,
    );
    expect(() => parseWhatIf('session.kind=telnet', DEFAULT_FLEET_TEMPLATE)).toThrow(FleetInputError);
    expect(() => parseWhatIf('no-equals-sign', DEFAULT_FLEET_TEMPLATE)).toThrow(/path=value/);
  });
});

describe('top fixes', () => {
  const fixes = topFleetFixes(input, recounter, base);

  it('ranks real changes first, by rows turned into successes', () => {
    expect(fixes.length).toBeGreaterThan(0);
    const real = fixes.filter((fix) => !fix.statesUnknown);
    expect(real[0]).toMatchObject({ scope: 'failingRows', rowsFixed: 2 });
    expect(real.map((fix) => fix.rowsFixed - fix.rowsBroken)).toEqual(
      [...real.map((fix) => fix.rowsFixed - fix.rowsBroken)].sort((a, b) => b - a),
    );
    expect(fixes.findIndex((fix) => fix.statesUnknown)).toBeGreaterThanOrEqual(real.length);
  });

  it('each count is verified by evaluating the rows again with the change', () => {
    for (const fix of fixes) {
      let fixed = 0;
      for (let row = 0; row < input.rowCount; row++) {
        const before = base.verdicts[input.classOf[row]].outcome === 'success';
        if (before && fix.scope === 'failingRows') continue;
        const rowBase = classScenario(input, input.classOf[row], DEFAULT_FLEET_TEMPLATE);
        const scenario = applyChanges(rowBase, fixChangesFor(rowBase, fix.changes));
        if (!before && evaluate(scenario).outcome === 'success') fixed++;
      }
      expect(fixed, fix.title).toBe(fix.rowsFixed);
    }
  });
});

describe('exports', () => {
  const csv = fleetRowsCsv(input, base);
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

  it('writes one CSV line per row with its verdict', () => {
    expect(parsed[0]).toEqual([...ROWS_CSV_HEADER]);
    expect(parsed).toHaveLength(input.rowCount + 1);
    const pc3 = parsed.find((line) => line[1] === 'PC-0003')!;
    expect(pc3.slice(7, 10)).toEqual(['hidden', 'no', 'R-VERSION']);
    expect(parsed.map((line) => line[1])).toContain('Reception, desk 1\nfront');
  });

  it('guards a device name that a spreadsheet would run as a formula', () => {
    expect(parsed.map((line) => line[1])).toContain('\'=HYPERLINK("http://x","click")');
  });

  it('writes a self-contained HTML report with the chart and the fixes, escaping file text', () => {
    const html = fleetHtmlReport(
      fleetReport(input, base, topFleetFixes(input, recounter, base)),
      '2026-12-02T12:00:00Z',
    );
    expect(html).toMatch(/<svg[^>]+role="img"/);
    expect(html).toContain('Top fixes');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Content-Security-Policy');
  });

  it('writes the HTML report in Dutch when asked', () => {
    const html = fleetHtmlReport(fleetReport(input, base, []), '2-12-2026 13:00', 'nl-NL');
    expect(html).toContain('<html lang="nl-NL">');
    expect(html).toContain('Regels die het meest blokkeren');
    expect(html).toContain('Intune-beheercentrum › Apparaten › Alle apparaten › Exporteren');
    expect(html).not.toContain('Top blocking rules');
  });

  it('words rules, inputs, fixes and the chart in Dutch in the Dutch report, never as model paths', () => {
    const html = fleetHtmlReport(
      fleetReport(input, base, topFleetFixes(input, recounter, base)),
      '2-12-2026 13:00',
      'nl-NL',
    );
    expect(html).toContain('Vereist Windows 10 1803 (17134) of later.');
    expect(html).toContain('aria-label="Rijen per uitkomst"');
    expect(html).not.toMatch(/<td>(device|user|tenant|session)\.[\w.]+<\/td>/);
    expect(html).not.toContain('Needs Windows 10 1803');
  });
});

describe('template', () => {
  it('merges a partial template and reports a bad field with its path', () => {
    const template = parseFleetTemplate('{"session":{"kind":"remoteDesktop"}}', 'template.json');
    expect(template.session.kind).toBe('remoteDesktop');
    expect(template.device.os.build).toBe('unknown');
    expect(() => parseFleetTemplate('{"tenant":{"sspr":{"enabled":"Some"}}}', 't.json')).toThrow(
      /t\.json, column "tenant\.sspr\.enabled"/,
    );
    expect(() => parseFleetTemplate('[1]', 't.json')).toThrow(/JSON object/);
  });

  it('refuses a template that types a new password (it depends on each user)', () => {
    const template = parseFleetTemplate('{"user":{"newPassword":"Summer2026!"}}', 't.json');
    expect(() => evaluateFleet(input, template)).toThrow(/user\.newPassword/);
  });
});

describe('tenant snapshot', () => {
  const parsed = parseSnapshotJson(readFileSync(join(__dirname, '../../fixtures/fleet/tenant-snapshot.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const fleet = fleetFromSnapshot(parsed.snapshot, 'tenant-snapshot.json');

  it('pairs each Windows device with its primary user, device-only where it has none', () => {
    expect(fleet.rowCount).toBe(3);
    expect(fleet.skipped.otherPlatforms).toEqual({ iOS: 1 });
    expect(fleet.userLink).toEqual({ matched: 2, noUser: 1, notInUsersFile: 0, noUsersFile: 0 });
  });

  it('the template fills only what the snapshot leaves unknown', () => {
    const scenario = rowScenario(fleet, 0, DEFAULT_FLEET_TEMPLATE);
    expect(scenario.device.os).toMatchObject({ family: 'windows11', build: 26100 });
    expect(scenario.session.kind).toBe('console');
    expect(scenario.provenance['device.os.build'].note).toMatch(/snapshot/);
    expect(scenario.provenance['session.kind']).toMatchObject({ kind: 'statedByAdmin' });
    const result = evaluateFleet(fleet, DEFAULT_FLEET_TEMPLATE);
    expect(result.summary.rows).toBe(3);
  });
});
