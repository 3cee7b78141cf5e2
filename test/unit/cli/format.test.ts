import { describe, expect, it } from 'vitest';
import { PRESETS, evaluate, type Fix } from '../../../simulator/index';
import { formatFixes, formatInputProblems, formatVerdict, table } from '../../../simulator/cli/format';

describe('table', () => {
  it('pads every column but the last to its widest cell', () => {
    expect(
      table([
        ['ID', 'EFFECT', 'MESSAGE'],
        ['R-OS', 'HIDE', 'Windows too old'],
        ['R-SESSION-RDP', 'HIDE', 'RDP'],
      ]),
    ).toEqual([
      'ID             EFFECT  MESSAGE',
      'R-OS           HIDE    Windows too old',
      'R-SESSION-RDP  HIDE    RDP',
    ]);
  });
});

describe('formatFixes', () => {
  const fix = (title: string, label: string): Fix => ({
    id: 'session.kind',
    title,
    changes: [{ path: 'session.kind', from: 'remoteDesktop', to: 'console', label }],
    clears: ['R-SESSION-RDP'],
    cost: 1,
    outcomeAfter: 'success',
  });

  it('shows the setting change, without repeating a label that equals the title', () => {
    const lines = formatFixes([fix('Use the console', 'Use the console')]);
    expect(lines).toContain('       - session.kind: "remoteDesktop" → "console"');
  });

  it('keeps a label that adds information', () => {
    const lines = formatFixes([fix('Sign in at the console', 'Session: Remote Desktop → console')]);
    expect(lines).toContain('       - Session: Remote Desktop → console  (session.kind: "remoteDesktop" → "console")');
  });

  it('says so when nothing makes the reset succeed', () => {
    expect(formatFixes([]).join('\n')).toContain('No change set found');
  });
});

describe('formatVerdict', () => {
  it.each(PRESETS.map((preset) => [preset.id, preset] as const))(
    '%s: names the outcome, every fired and undecided rule',
    (_id, preset) => {
      const verdict = evaluate(preset.scenario, preset.options);
      const text = formatVerdict(verdict, { title: preset.title });
      expect(text.split('\n')[0]).toBe(`SSPR Preview: ${preset.title}`);
      expect(text).toMatch(new RegExp(`^Outcome:\\s+${verdict.outcome}:`, 'm'));
      for (const rule of [...verdict.fired, ...verdict.undecided]) expect(text).toContain(`${rule.id}  ${rule.effect}`);
      if (verdict.undecided.length > 0) expect(text).toContain('missing: ');
    },
  );
});

describe('formatInputProblems', () => {
  it('puts path, expected and found in aligned columns under a count', () => {
    const text = formatInputProblems('scenario.json', [
      { path: 'device.os.build', expected: 'a number or "unknown"', found: '"abc"', message: '' },
      { path: 'session.kind', expected: 'one of "console", "remoteDesktop"', found: '"teleport"', message: '' },
    ]);
    expect(text.split('\n')).toEqual([
      'scenario.json: 2 problems',
      '  device.os.build  expected a number or "unknown"              found "abc"',
      '  session.kind     expected one of "console", "remoteDesktop"  found "teleport"',
    ]);
  });
});
