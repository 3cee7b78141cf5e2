// The security gate reads electronegativity's results as one validated JSON document, repeats a run whose report it
// cannot read (at most MAX_ATTEMPTS times), and fails closed: it never passes because it could not read a report.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  installedElectronVersion,
  judgeFindings,
  judgeParseErrors,
  MAX_ATTEMPTS,
  parseReport,
  readReportWithRetry,
  REPORT_FORMAT,
  UnreadableReport,
} from '../../security/electronegativity-gate.mjs';
import { tempDirs } from './temp-dirs';

const makeTempDir = tempDirs();
const VERSION = '45.5.0';

const FINDINGS = [
  {
    rule: 'CONTEXT_ISOLATION_JS_CHECK',
    severity: 'HIGH',
    confidence: 'FIRM',
    file: '/tmp/sspr-electronegativity-x/app/main/window.ts',
    location: '39:17',
    sample: 'const window = new BrowserWindow({',
    description: 'Review the use of the contextIsolation option',
    manualReview: false,
  },
  {
    rule: 'PRELOAD_JS_CHECK',
    severity: 'MEDIUM',
    confidence: 'FIRM',
    file: 'main/window.ts',
    location: '28:6',
    sample: 'preload: preloadPathFor(distDir),',
    description: 'Review the use of preload scripts',
    manualReview: true,
  },
  {
    rule: 'CSP_GLOBAL_CHECK',
    severity: 'LOW',
    confidence: 'FIRM',
    file: 'renderer/index.html',
    location: '5:0',
    sample: 'N/A',
    description: 'One or more CSP directives detected seems to be vulnerable',
    manualReview: true,
  },
];

function reportText(changes: Record<string, unknown> = {}, findings: unknown[] = FINDINGS): string {
  return JSON.stringify({
    format: REPORT_FORMAT,
    tool: '1.10.3',
    electronVersion: VERSION,
    checks: { atomic: 36, global: 6 },
    parseErrors: [],
    count: findings.length,
    findings,
    ...changes,
  });
}

/** What the CSV writer produced on 4 of 30 runs: the header, then a first row that starts mid-sample. */
const CORRUPT_FIRST_ROW_CSV = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'rowserWindow({","Review the use of the contextIsolation option",https://github.com/doyensec/electronegativity/wiki/CONTEXT_ISOLATION_JS_CHECK',
  'PRELOAD_JS_CHECK,"MEDIUM","FIRM","main/window.ts","28:6","preload: preloadPathFor(distDir),","Review the use of preload scripts",https://github.com/doyensec/electronegativity/wiki/PRELOAD_JS_CHECK',
].join('\n');

const PRELOAD_REVIEWED = {
  rule: 'PRELOAD_JS_CHECK',
  file: 'main/window.ts',
  sample: 'preload: preloadPathFor(distDir),',
  why: 'reviewed',
};

describe('reading the report', () => {
  it('reads every finding, making scan paths relative', () => {
    const { findings } = parseReport(reportText(), VERSION);
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.file, finding.sample])).toEqual([
      ['CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main/window.ts', 'const window = new BrowserWindow({'],
      ['PRELOAD_JS_CHECK', 'MEDIUM', 'main/window.ts', 'preload: preloadPathFor(distDir),'],
      ['CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html', 'N/A'],
    ]);
  });

  it('refuses the corrupt-first-row CSV with a readable reason, not a TypeError', () => {
    expect(() => parseReport(CORRUPT_FIRST_ROW_CSV, VERSION)).toThrow(UnreadableReport);
    expect(() => parseReport(CORRUPT_FIRST_ROW_CSV, VERSION)).toThrow(/not JSON/);
  });

  it.each([
    [
      'a first finding cut short',
      reportText({}, [{ ...FINDINGS[0], rule: undefined, severity: 'rowserWindow({' }, FINDINGS[1]]),
    ],
    ['a first finding that starts mid-sample', reportText({}, [{ sample: 'rowserWindow({' }, ...FINDINGS.slice(1)])],
    ['an unknown severity', reportText({}, [{ ...FINDINGS[0], severity: 'CRITICAL' }])],
    ['a bad location', reportText({}, [{ ...FINDINGS[0], location: 'line 39' }])],
    ['fewer findings than counted (a truncated list)', reportText({ count: 4 })],
    ['a report cut off part-way', reportText().slice(0, 400)],
    ['an empty file', ''],
    ['another document', JSON.stringify({ findings: [] })],
    ['a run that loaded no checks', reportText({ checks: { atomic: 0, global: 0 } })],
    ['a report for another Electron', reportText({ electronVersion: '41.7.1' })],
    ['no list of parse errors', reportText({ parseErrors: undefined })],
  ])('refuses %s as a whole', (_label, text) => {
    expect(() => parseReport(text, VERSION)).toThrow(UnreadableReport);
  });
});

describe('a bounded retry that fails closed', () => {
  it('repeats a run whose report was unreadable, and uses the next good one', () => {
    const runs = [CORRUPT_FIRST_ROW_CSV, reportText()];
    const log: string[] = [];
    const report = readReportWithRetry(
      (number) => runs[number - 1],
      VERSION,
      MAX_ATTEMPTS,
      (line) => log.push(line),
    );
    expect(report.attempts).toBe(2);
    expect(report.findings).toHaveLength(3);
    expect(log).toEqual([
      expect.stringMatching(/^ {2}electronegativity run 1 of 3 gave no readable report: .*not JSON/),
    ]);
  });

  it('repeats a run that crashed', () => {
    let calls = 0;
    const report = readReportWithRetry(() => {
      calls += 1;
      if (calls === 1) throw new UnreadableReport('the run ended with exit 1 and no report');
      return reportText();
    }, VERSION);
    expect(report.attempts).toBe(2);
  });

  it(`gives up after ${MAX_ATTEMPTS} unreadable runs with an error (the gate then fails), never a pass`, () => {
    let calls = 0;
    expect(() =>
      readReportWithRetry(() => {
        calls += 1;
        return CORRUPT_FIRST_ROW_CSV;
      }, VERSION),
    ).toThrow(/^no readable electronegativity report after 3 runs \(run 1: the report is not JSON/);
    expect(calls).toBe(MAX_ATTEMPTS);
  });
});

describe('judging findings', () => {
  it('fails on an unreviewed HIGH finding even when others are reviewed', () => {
    const result = judgeFindings(parseReport(reportText(), VERSION).findings, [PRELOAD_REVIEWED]);
    expect(result.failed).toBe(true);
    expect(result.lines.filter((line) => line.includes('FAIL'))).toHaveLength(1);
    expect(result.lines.join('\n')).toContain('FAIL HIGH CONTEXT_ISOLATION_JS_CHECK at main/window.ts:39:17');
  });

  it('passes when every HIGH/MEDIUM finding is reviewed, and only notes LOW ones', () => {
    const findings = parseReport(reportText(), VERSION).findings.filter((finding) => finding.severity !== 'HIGH');
    const result = judgeFindings(findings, [PRELOAD_REVIEWED]);
    expect(result.failed).toBe(false);
    expect(result.lines).toEqual([
      '  reviewed MEDIUM PRELOAD_JS_CHECK at main/window.ts:28:6: reviewed',
      '  note LOW CSP_GLOBAL_CHECK at renderer/index.html:5:0: One or more CSP directives detected seems to be vulnerable',
    ]);
  });

  it('sends a finding back to review when the flagged code changes', () => {
    const [, preload] = parseReport(reportText(), VERSION).findings;
    expect(judgeFindings([{ ...preload, sample: 'preload: somewhereElse(),' }], [PRELOAD_REVIEWED]).failed).toBe(true);
  });

  it('reports allow-list entries that no longer match anything', () => {
    const result = judgeFindings([], [PRELOAD_REVIEWED]);
    expect(result.failed).toBe(false);
    expect(result.lines).toEqual([
      '  stale allow-list entry (no longer reported; remove it): PRELOAD_JS_CHECK main/window.ts',
    ]);
  });

  it('fails on a file electronegativity could not parse (it was not checked), notes tolerable warnings', () => {
    const { parseErrors } = parseReport(
      reportText({
        parseErrors: [
          { file: '/tmp/x/app/main/broken.ts', message: 'Unexpected token (1:11)', tolerable: false },
          { file: '/tmp/x/app/main/ok.ts', message: 'a recoverable warning', tolerable: true },
        ],
      }),
      VERSION,
    );
    expect(judgeParseErrors(parseErrors)).toEqual({
      failed: true,
      lines: [
        '  FAIL not checked, could not parse main/broken.ts: Unexpected token (1:11)',
        '  note parser warning in main/ok.ts: a recoverable warning',
      ],
    });
  });
});

describe('the Electron version it checks against', () => {
  it('is the installed one (Electron 45, a supported major)', () => {
    expect(installedElectronVersion()).toMatch(/^45\.\d+\.\d+/);
  });

  it('cannot be guessed: a missing or broken electron package stops the gate', () => {
    const root = makeTempDir('sspr-gate-');
    expect(() => installedElectronVersion(root)).toThrow(/cannot read the installed Electron version/);
    mkdirSync(path.join(root, 'node_modules/electron'), { recursive: true });
    writeFileSync(path.join(root, 'node_modules/electron/package.json'), '{"version": 41}');
    expect(() => installedElectronVersion(root)).toThrow(/no valid version/);
  });
});
