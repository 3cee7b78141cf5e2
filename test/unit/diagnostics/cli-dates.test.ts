// The text verdict names, for each fired rule, when Microsoft first documented it and since when people report it —
// the same marks `evaluate --json` carries — and the device command carries the new inputs through to the verdict.
import { describe, expect, it } from 'vitest';
import { evaluate, PRESETS, type FiredRule, type Verdict } from '../../../simulator';
import { formatVerdict } from '../../../simulator/cli/format';
import { runDeviceCommand } from '../../../simulator/cli/device-command';
import { ensureCliBuilt, runCli } from '../cli/run-cli';
import { fixture } from './helpers';

function preset(id: string) {
  const found = PRESETS.find((item) => item.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}

/** The lines printed under a rule's heading line, up to the next rule, without the section's two-space indent. */
function linesUnder(text: string, rule: FiredRule): string[] {
  const lines = text.split('\n').map((line) => line.replace(/^ {2}/, ''));
  const start = lines.findIndex((line) => line.includes(`${rule.id}  ${rule.effect}`));
  expect(start, `${rule.id} is printed`).toBeGreaterThan(-1);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => !line.startsWith('    '));
  return rest.slice(0, end === -1 ? undefined : end);
}

describe('evaluate text output: first documented / field reports', () => {
  it('prints each fired rule’s marks as the verdict holds them', () => {
    for (const id of ['cis-logon-right', 'excluded-password-provider']) {
      const { scenario, options } = preset(id);
      const verdict = evaluate(scenario, options);
      const text = formatVerdict(verdict, { title: id });
      expect(verdict.fired.length).toBeGreaterThan(0);
      for (const rule of verdict.fired) {
        const dates = linesUnder(text, rule).filter((line) => line.startsWith('    dates: '));
        const documented = rule.firstDocumented;
        if (documented === undefined && !rule.firstFieldReport) {
          expect(dates).toEqual([]);
          continue;
        }
        expect(dates).toHaveLength(1);
        if (documented === null) expect(dates[0]).toContain('not in Microsoft documentation');
        else if (documented?.date) expect(dates[0]).toContain(`first documented ${documented.date}`);
        if (rule.firstFieldReport?.date) expect(dates[0]).toContain(`field reports from ${rule.firstFieldReport.date}`);
      }
    }
    // R-LOGONRIGHT is a field report only: no Microsoft document, first reported 2020-09-16.
    const text = formatVerdict(evaluate(preset('cis-logon-right').scenario), { title: 'x' });
    expect(text).toContain('\n      dates: not in Microsoft documentation; field reports from 2020-09-16\n');
  });

  it('prints a bracketed date as "between" and keeps hostile text from acting on the terminal', () => {
    const verdict = evaluate(preset('cis-logon-right').scenario);
    const rule = verdict.fired[0];
    const forged: Verdict = {
      ...verdict,
      fired: [
        {
          ...rule,
          firstDocumented: { source: 'X', date: '2019-07', notBefore: '2019-03' },
          firstFieldReport: { source: 'Y', date: '2020-01-01\u001b[2J\r' },
        },
      ],
    };
    const dates = linesUnder(formatVerdict(forged, { title: 'x' }), rule).find((line) => line.startsWith('    dates:'));
    expect(dates).toBe(
      '    dates: first documented between 2019-03 and 2019-07; field reports from 2020-01-01\\u001b[2J\\u000d',
    );
  });

  it('the built CLI prints the line too', async () => {
    ensureCliBuilt();
    const result = await runCli(['evaluate', '--preset', 'cis-logon-right']);
    expect(result.stdout).toContain('R-LOGONRIGHT');
    expect(result.stdout).toContain('      dates: not in Microsoft documentation; field reports from 2020-09-16');
  }, 180_000);
});

describe('sspr-preview device with the new inputs', () => {
  const input = (name: string) => ({ file: name, bytes: fixture(name) });

  it('prints the logon rights and the leftover profiles with file and line', () => {
    const result = runDeviceCommand([input('secedit-user-rights.inf'), input('dir-users-nl.txt')], {
      json: false,
      evaluate: false,
      options: {},
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('device.settings.AllowLogOnLocally = ["Administrators"]');
    expect(result.stdout).toContain('secedit-user-rights.inf:6  SeInteractiveLogonRight = *S-1-5-32-544');
    expect(result.stdout).toContain('device.settings.staleDefaultUserProfiles = 1');
    expect(result.stdout).toContain('dir-users-nl.txt:10  14-09-2025  07:52    <DIR>          defaultuser100000');
  });

  it('--evaluate --json: a CIS-style secedit export on Windows 11 fails with R-LOGONRIGHT', () => {
    const result = runDeviceCommand([input('secedit-user-rights.inf'), input('ver.txt')], {
      json: true,
      evaluate: true,
      options: {},
    });
    const out = JSON.parse(result.stdout) as { verdict: Verdict };
    expect(out.verdict.fired.map((rule) => rule.id)).toContain('R-LOGONRIGHT');
  });
});
