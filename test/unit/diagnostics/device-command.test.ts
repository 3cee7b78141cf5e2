import { describe, expect, it } from 'vitest';
import { runDeviceCommand } from '../../../simulator/cli/device-command';
import { fixture } from './helpers';

const input = (name: string) => ({ file: name, bytes: fixture(name) });
const FLAGS = { json: false, evaluate: false, options: {} };

describe('sspr-preview device', () => {
  it('prints every input read with its file and line, and what stays unknown', () => {
    const result = runDeviceCommand([input('dsregcmd-entra-joined.txt')], FLAGS);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('device.joinState = entraJoined');
    expect(result.stdout).toContain('dsregcmd-entra-joined.txt:6  AzureAdJoined : YES');
    expect(result.stdout).toContain('Still unknown: no file reported these\n  device.os.family');
    expect(result.stdout).toContain('policies.passwordReset (AllowAadPasswordReset): kept from the base scenario');
  });

  it('--evaluate exits like evaluate: 3 when an unknown input blocks the answer', () => {
    const result = runDeviceCommand([input('dsregcmd-entra-joined.txt')], { ...FLAGS, evaluate: true });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain('Outcome:               undecided');
  });

  it('--evaluate --json carries the files, the findings, the scenario and the verdict', () => {
    const names = [
      'dsregcmd-entra-joined.txt',
      'policies-utf16.reg',
      'system-policies.reg',
      'currentversion.reg',
      'MDMDiagReport.xml',
    ];
    const result = runDeviceCommand(names.map(input), { ...FLAGS, evaluate: true, json: true });
    const data = JSON.parse(result.stdout);
    expect(data.files).toHaveLength(5);
    expect(data.scenario.device.joinState).toBe('entraJoined');
    expect(data.verdict.outcome).toBe('fails');
    expect(data.verdict.deciding).toContain('R-LSNOTIF');
    expect(result.exitCode).toBe(1);
  });

  it('exits 2 and names each file not read; nothing is printed as a scenario when none could be read', () => {
    const result = runDeviceCommand(
      [
        input('xml-bomb.xml'),
        { file: 'big.txt', size: 200 * 1024 * 1024 },
        { file: 'gone.txt', error: 'no such file' },
      ],
      FLAGS,
    );
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('xml-bomb.xml: The XML declares a DOCTYPE');
    expect(result.stderr).toContain('big.txt is 200.0 MB');
    expect(result.stderr).toContain('gone.txt: no such file');
  });

  it('still reads the good files when one is bad, and exits 2', () => {
    const result = runDeviceCommand([input('ver.txt'), input('unrelated.reg')], FLAGS);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toContain('device.os.build = 22631');
    expect(result.stdout).toContain('NOT READ  unrelated.reg');
  });
});
