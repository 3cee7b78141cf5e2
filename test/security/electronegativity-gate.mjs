#!/usr/bin/env node
// Security gate: electronegativity over main/ and preload/, failing on any HIGH or MEDIUM finding that is not on the
// reviewed allow-list below, and on any file it could not parse (a file it did not check).
//
// Both folders, plus the page the window loads (renderer/index.html), are copied into one temporary tree and scanned
// in one run: electronegativity takes a single input, and its global checks (CSP, navigation limits, permission
// handler) need the whole app at once; scanning preload/ alone would report those as missing.
//
// Reading the results: electronegativity exits 0 whatever it finds, and its CSV writer issues the header and the rows
// as two unsynchronised writes, so the first row sometimes starts mid-sample. The gate therefore runs it through its
// programmatic API (electronegativity-run.cjs), which writes one JSON document whole; the document is validated
// field by field, a run that produced no readable report is repeated (at most MAX_ATTEMPTS runs), and the gate fails
// closed when none could be read. It never passes because it could not read a report.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const csp = require('@doyensec/csp-evaluator');

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCANNED_FOLDERS = ['main', 'preload'];
/** The renderer's HTML entry: its meta CSP is what electronegativity's HTML checks can see. */
const SCANNED_FILES = ['renderer/index.html'];
const FAILING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);

/**
 * Reviewed findings. Each names the rule, the file and the exact flagged code, so any edit to that code makes the
 * finding new again and sends it back to review.
 */
const ALLOW_LIST = [
  {
    rule: 'PRELOAD_JS_CHECK',
    file: 'main/window.ts',
    sample: 'preload: preloadPathFor(distDir),',
    why:
      'The rule flags every preload for manual review. Ours is sandboxed and exposes only SsprApi (edition, invoke over ' +
      'the REQUEST_CHANNELS allow-list, onMenuCommand) through contextBridge; no ipcRenderer, no Node objects ' +
      '(test/unit/preload/*.test.ts).',
  },
  {
    rule: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/security/external-links.ts',
    sample: 'await shell.openExternal(new URL(rawUrl).href);',
    why:
      'The rule flags every non-literal argument. This call is reached only after isAllowedDocUrl accepted the URL ' +
      '(https, no credentials or port, hosts learn.microsoft.com, docs.microsoft.com, aka.ms, go.microsoft.com, ' +
      'github.com/MicrosoftDocs), and opens the re-serialised parsed URL (test/unit/main/external-links.test.ts).',
  },
  {
    rule: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/tenant/handlers.ts',
    sample: 'await shell.openExternal(target.toString());',
    why:
      'MSAL interactive sign-in opens the system browser; openSignInPage parses the URL and refuses anything but https ' +
      'on login.microsoftonline.com or login.microsoftonline.us before this call.',
  },
];

/** The Electron the app is built against; without it the checks would assume v0.1.0, so the gate cannot run. */
export function installedElectronVersion(root = ROOT) {
  const file = path.join(root, 'node_modules/electron/package.json');
  let version;
  try {
    version = JSON.parse(readFileSync(file, 'utf8')).version;
  } catch (error) {
    throw new Error(`cannot read the installed Electron version from ${file}: ${error.message}`);
  }
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+/.test(version)) {
    throw new Error(`${file} has no valid version (found ${JSON.stringify(version)})`);
  }
  return version;
}

export const REPORT_FORMAT = 'sspr-electronegativity-findings/1';
export const MAX_ATTEMPTS = 3;
const MAX_REPORT_CHARS = 10 * 1024 * 1024;
const SEVERITIES = new Set(['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH']);
const CONFIDENCES = new Set(['TENTATIVE', 'FIRM', 'CERTAIN']);

/** A report that is missing, cut short, or not what the runner writes: the run is repeated, never trusted. */
export class UnreadableReport extends Error {
  constructor(message) {
    super(message);
    this.name = 'UnreadableReport';
  }
}

function relativeToScan(file) {
  return file.replace(/\\/g, '/').replace(/^.*?\/app\//, '');
}

function requireString(value, where, pattern) {
  if (typeof value !== 'string' || value.length === 0 || (pattern && !pattern.test(value))) {
    throw new UnreadableReport(
      `${where}: expected ${pattern ? `text matching ${pattern}` : 'text'}, found ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** Validates the runner's JSON report field by field; throws UnreadableReport on anything else. */
export function parseReport(text, expectedElectronVersion) {
  if (typeof text !== 'string' || text.length === 0) throw new UnreadableReport('the report is empty');
  if (text.length > MAX_REPORT_CHARS)
    throw new UnreadableReport(`the report is larger than ${MAX_REPORT_CHARS} characters`);
  let report;
  try {
    report = JSON.parse(text);
  } catch (error) {
    throw new UnreadableReport(`the report is not JSON (${error.message})`);
  }
  if (!report || typeof report !== 'object' || report.format !== REPORT_FORMAT) {
    throw new UnreadableReport(`the report is not a ${REPORT_FORMAT} document`);
  }
  if (expectedElectronVersion !== undefined && report.electronVersion !== expectedElectronVersion) {
    throw new UnreadableReport(`the report is for Electron ${report.electronVersion}, not ${expectedElectronVersion}`);
  }
  const { checks, findings, parseErrors, count } = report;
  if (!checks || !(checks.atomic > 0) || !(checks.global > 0)) {
    throw new UnreadableReport('the report says no checks were loaded');
  }
  if (!Array.isArray(findings) || !Number.isInteger(count) || count !== findings.length) {
    throw new UnreadableReport(`the report lists ${findings?.length ?? 'no'} findings but counts ${count}`);
  }
  if (!Array.isArray(parseErrors)) throw new UnreadableReport('the report has no list of parse errors');
  return {
    electronVersion: report.electronVersion,
    findings: findings.map((finding, index) => {
      const where = `finding ${index + 1}`;
      if (!finding || typeof finding !== 'object') throw new UnreadableReport(`${where}: not an object`);
      const severity = requireString(finding.severity, `${where}.severity`);
      if (!SEVERITIES.has(severity))
        throw new UnreadableReport(`${where}.severity: unknown value ${JSON.stringify(severity)}`);
      const confidence = requireString(finding.confidence, `${where}.confidence`);
      if (!CONFIDENCES.has(confidence)) {
        throw new UnreadableReport(`${where}.confidence: unknown value ${JSON.stringify(confidence)}`);
      }
      if (typeof finding.description !== 'string') throw new UnreadableReport(`${where}.description: not text`);
      return {
        rule: requireString(finding.rule, `${where}.rule`, /^[A-Z0-9_]+$/),
        severity,
        confidence,
        file: relativeToScan(requireString(finding.file, `${where}.file`)),
        location: requireString(finding.location, `${where}.location`, /^\d+:\d+$/),
        sample: requireString(finding.sample, `${where}.sample`).trim(),
        description: finding.description.trim(),
      };
    }),
    parseErrors: parseErrors.map((error, index) => {
      const where = `parse error ${index + 1}`;
      if (!error || typeof error !== 'object' || typeof error.message !== 'string') {
        throw new UnreadableReport(`${where}: not an error record`);
      }
      return {
        file: relativeToScan(requireString(error.file, `${where}.file`)),
        message: error.message,
        tolerable: error.tolerable === true,
      };
    }),
  };
}

/**
 * Runs attempt() (one whole electronegativity run, returning its report text) until a report parses, at most
 * maxAttempts times. Throws when none could be read: the caller fails the gate.
 */
export function readReportWithRetry(attempt, expectedElectronVersion, maxAttempts = MAX_ATTEMPTS, log = () => {}) {
  const problems = [];
  for (let number = 1; number <= maxAttempts; number++) {
    try {
      return { ...parseReport(attempt(number), expectedElectronVersion), attempts: number };
    } catch (error) {
      problems.push(`run ${number}: ${error.message}`);
      log(`  electronegativity run ${number} of ${maxAttempts} gave no readable report: ${error.message}`);
    }
  }
  throw new Error(`no readable electronegativity report after ${maxAttempts} runs (${problems.join('; ')})`);
}

function copyScannedTree(scanRoot) {
  for (const entry of [...SCANNED_FOLDERS, ...SCANNED_FILES]) {
    if (!existsSync(path.join(ROOT, entry))) throw new Error(`${entry} is missing`);
    cpSync(path.join(ROOT, entry), path.join(scanRoot, entry), { recursive: true });
  }
}

/** One whole run in a child process (bounded in time); returns the report's text, or throws UnreadableReport. */
function runElectronegativityOnce(workDir, version, number) {
  const report = path.join(workDir, `report-${number}.json`);
  const driver = fileURLToPath(new URL('./electronegativity-run.cjs', import.meta.url));
  const run = spawnSync(process.execPath, [driver, path.join(workDir, 'app'), version, report], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    timeout: 300_000,
  });
  if (run.status !== 0 || !existsSync(report)) {
    const output = `${run.stderr ?? ''}${run.stdout ?? ''}`.trim().split('\n').slice(-3).join(' / ');
    throw new UnreadableReport(`the run ended with ${run.signal ?? `exit ${run.status}`} and no report (${output})`);
  }
  return readFileSync(report, 'utf8');
}

/** HIGH and MEDIUM findings fail unless reviewed; everything is listed. */
export function judgeFindings(findings, allowList = ALLOW_LIST) {
  const lines = [];
  const used = new Set();
  let failed = false;
  for (const finding of findings) {
    const where = `${finding.file}:${finding.location}`;
    const blocking = FAILING_SEVERITIES.has(finding.severity);
    const entry = blocking ? allowListEntryFor(finding, allowList) : undefined;
    if (blocking && !entry) {
      failed = true;
      lines.push(
        `  FAIL ${finding.severity} ${finding.rule} at ${where}: ${finding.description}\n       ${finding.sample}`,
      );
    } else if (entry) {
      used.add(entry);
      lines.push(`  reviewed ${finding.severity} ${finding.rule} at ${where}: ${entry.why}`);
    } else {
      lines.push(`  note ${finding.severity} ${finding.rule} at ${where}: ${finding.description}`);
    }
  }
  for (const entry of allowList.filter((item) => !used.has(item))) {
    lines.push(`  stale allow-list entry (no longer reported; remove it): ${entry.rule} ${entry.file}`);
  }
  return { failed, lines };
}

function allowListEntryFor(finding, allowList) {
  return allowList.find(
    (entry) => entry.rule === finding.rule && entry.file === finding.file && entry.sample === finding.sample,
  );
}

/**
 * The CSP header main sends with every app:// response (stricter than the page's meta tag: frame-ancestors only
 * works as a header). electronegativity cannot see it, so it is evaluated here with the same CSP evaluator.
 */
function readContentSecurityPolicy() {
  const source = readFileSync(path.join(ROOT, 'main/security/content-security-policy.ts'), 'utf8');
  const block = /CONTENT_SECURITY_POLICY\s*=\s*\[([\s\S]*?)\]\.join\('; '\)/.exec(source);
  if (!block) throw new Error('Could not find CONTENT_SECURITY_POLICY in main/security/content-security-policy.ts');
  const directives = [...block[1].matchAll(/"([^"]+)"/g)].map((match) => match[1]);
  if (directives.length === 0) throw new Error('CONTENT_SECURITY_POLICY has no directives');
  return directives.join('; ');
}

function evaluateContentSecurityPolicy(policy) {
  const findings = new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3).evaluate();
  const blocking = [csp.severities.HIGH, csp.severities.SYNTAX, csp.severities.MEDIUM];
  return {
    blocking: findings.filter((finding) => blocking.includes(finding.severity)),
    advisory: findings.filter((finding) => !blocking.includes(finding.severity)),
  };
}

/** Files electronegativity could not parse were not checked: each fails the gate (tolerable warnings are noted). */
export function judgeParseErrors(parseErrors) {
  const lines = [];
  let failed = false;
  for (const error of parseErrors) {
    if (error.tolerable) lines.push(`  note parser warning in ${error.file}: ${error.message}`);
    else {
      failed = true;
      lines.push(`  FAIL not checked, could not parse ${error.file}: ${error.message}`);
    }
  }
  return { failed, lines };
}

function main() {
  const workDir = mkdtempSync(path.join(tmpdir(), 'sspr-electronegativity-'));
  let failed = false;
  try {
    const version = installedElectronVersion();
    copyScannedTree(path.join(workDir, 'app'));
    const report = readReportWithRetry(
      (number) => runElectronegativityOnce(workDir, version, number),
      version,
      MAX_ATTEMPTS,
      (line) => console.log(line),
    );
    const { findings } = report;
    const bySeverity = {};
    for (const finding of findings) bySeverity[finding.severity] = (bySeverity[finding.severity] ?? 0) + 1;
    const scanned = [...SCANNED_FOLDERS.map((folder) => `${folder}/`), ...SCANNED_FILES].join(', ');
    console.log(
      `electronegativity (Electron ${version}) over ${scanned}: ${findings.length} finding(s), ` +
        `report read on run ${report.attempts}`,
    );
    console.log(
      `  by severity: ${
        Object.entries(bySeverity)
          .map(([key, count]) => `${key} ${count}`)
          .join(', ') || 'none'
      }`,
    );

    const verdict = judgeFindings(findings);
    const unparsed = judgeParseErrors(report.parseErrors);
    for (const line of [...verdict.lines, ...unparsed.lines]) console.log(line);
    failed = verdict.failed || unparsed.failed;

    const policy = readContentSecurityPolicy();
    const cspResult = evaluateContentSecurityPolicy(policy);
    console.log(`CSP sent by app://: ${policy}`);
    for (const finding of cspResult.advisory) console.log(`  note CSP ${finding.directive}: ${finding.description}`);
    for (const finding of cspResult.blocking) {
      failed = true;
      console.log(`  FAIL CSP ${finding.directive}: ${finding.description}`);
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  console.log(failed ? 'Security gate: FAILED (see FAIL lines above)' : 'Security gate: passed');
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`Security gate: FAILED, could not run: ${error.message}`);
    process.exitCode = 1;
  }
}
