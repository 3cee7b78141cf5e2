import { describe, expect, it } from 'vitest';
import { judgeFindings, parseReport } from '../../security/electronegativity-gate.mjs';

// The shape electronegativity 1.10.3 writes (-r, -o report.csv): quoted fields, a sample that may hold commas.
const REPORT = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","/tmp/x/app/main/window.ts","39:17","const window = new BrowserWindow({","Review the use of the contextIsolation option",https://github.com/doyensec/electronegativity/wiki/CONTEXT_ISOLATION_JS_CHECK',
  'PRELOAD_JS_CHECK,"MEDIUM","FIRM","main/window.ts","28:6","preload: preloadPathFor(distDir),","Review the use of preload scripts",https://github.com/doyensec/electronegativity/wiki/PRELOAD_JS_CHECK',
  'CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","5:0","N/A","One or more CSP directives detected seems to be vulnerable",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK',
].join('\n');

const PRELOAD_REVIEWED = {
  rule: 'PRELOAD_JS_CHECK',
  file: 'main/window.ts',
  sample: 'preload: preloadPathFor(distDir),',
  why: 'reviewed',
};

describe('electronegativity gate', () => {
  it('parses the CSV report, keeping commas inside quoted samples and making paths relative', () => {
    const findings = parseReport(REPORT);
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.file, finding.sample])).toEqual([
      ['CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main/window.ts', 'const window = new BrowserWindow({'],
      ['PRELOAD_JS_CHECK', 'MEDIUM', 'main/window.ts', 'preload: preloadPathFor(distDir),'],
      ['CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html', 'N/A'],
    ]);
  });

  it('refuses a report without the expected columns', () => {
    expect(() => parseReport('rule,level\nX,HIGH')).toThrow(/no column/);
  });

  it('fails on an unreviewed HIGH finding even when others are reviewed', () => {
    const result = judgeFindings(parseReport(REPORT), [PRELOAD_REVIEWED]);
    expect(result.failed).toBe(true);
    expect(result.lines.filter((line) => line.includes('FAIL'))).toHaveLength(1);
    expect(result.lines.join('\n')).toContain('FAIL HIGH CONTEXT_ISOLATION_JS_CHECK at main/window.ts:39:17');
  });

  it('passes when every HIGH/MEDIUM finding is reviewed, and only notes LOW ones', () => {
    const findings = parseReport(REPORT).filter((finding) => finding.severity !== 'HIGH');
    const result = judgeFindings(findings, [PRELOAD_REVIEWED]);
    expect(result.failed).toBe(false);
    expect(result.lines).toEqual([
      '  reviewed MEDIUM PRELOAD_JS_CHECK at main/window.ts:28:6: reviewed',
      '  note LOW CSP_GLOBAL_CHECK at renderer/index.html:5:0: One or more CSP directives detected seems to be vulnerable',
    ]);
  });

  it('sends a finding back to review when the flagged code changes', () => {
    const [, preload] = parseReport(REPORT);
    const changed = { ...preload, sample: 'preload: somewhereElse(),' };
    expect(judgeFindings([changed], [PRELOAD_REVIEWED]).failed).toBe(true);
  });

  it('reports allow-list entries that no longer match anything', () => {
    const result = judgeFindings([], [PRELOAD_REVIEWED]);
    expect(result.failed).toBe(false);
    expect(result.lines).toEqual([
      '  stale allow-list entry (no longer reported; remove it): PRELOAD_JS_CHECK main/window.ts',
    ]);
  });
});
