#!/usr/bin/env node
// Security gate: electronegativity over main/ and preload/, failing on any HIGH or MEDIUM finding that is not on the
// reviewed allow-list below. electronegativity exits 0 whatever it finds, so its CSV report is parsed here.
//
// Both folders, plus the page the window loads (renderer/index.html), are copied into one temporary tree and scanned
// in one run: electronegativity takes a single input, and its global checks (CSP, navigation limits, permission
// handler) need the whole app at once; scanning preload/ alone would report those as missing.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const Papa = require('papaparse');
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

function electronVersion() {
  try {
    return JSON.parse(readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version;
  } catch {
    return '41.7.1';
  }
}

function runElectronegativity(workDir) {
  const scanRoot = path.join(workDir, 'app');
  for (const entry of [...SCANNED_FOLDERS, ...SCANNED_FILES]) {
    if (!existsSync(path.join(ROOT, entry))) throw new Error(`${entry} is missing`);
    cpSync(path.join(ROOT, entry), path.join(scanRoot, entry), { recursive: true });
  }
  const report = path.join(workDir, 'electronegativity.csv');
  const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
  const version = electronVersion();
  const run = spawnSync(process.execPath, [cli, '-i', scanRoot, '-e', version, '-r', '-o', report], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    timeout: 300_000,
  });
  if (run.status !== 0 || !existsSync(report)) {
    throw new Error(`electronegativity did not produce a report (exit ${run.status}).\n${run.stderr || run.stdout}`);
  }
  return { csvText: readFileSync(report, 'utf8'), version };
}

export function parseReport(csvText) {
  const parsed = Papa.parse(csvText.trim(), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (name) => name.trim(),
  });
  const required = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample'];
  const missing = required.filter((name) => !parsed.meta.fields?.includes(name));
  if (missing.length) throw new Error(`Unexpected electronegativity report: no column ${missing.join(', ')}`);
  return parsed.data.map((row) => ({
    rule: row.issue.trim(),
    severity: row.severity.trim().toUpperCase(),
    confidence: row.confidence.trim(),
    file: row.filename
      .trim()
      .replace(/\\/g, '/')
      .replace(/^.*?\/app\//, ''),
    location: row.location.trim(),
    sample: row.sample.trim(),
    description: (row.description ?? '').trim(),
  }));
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

function main() {
  const workDir = mkdtempSync(path.join(tmpdir(), 'sspr-electronegativity-'));
  let failed = false;
  try {
    const { csvText, version } = runElectronegativity(workDir);
    const findings = parseReport(csvText);
    const bySeverity = {};
    for (const finding of findings) bySeverity[finding.severity] = (bySeverity[finding.severity] ?? 0) + 1;
    const scanned = [...SCANNED_FOLDERS.map((folder) => `${folder}/`), ...SCANNED_FILES].join(', ');
    console.log(`electronegativity (Electron ${version}) over ${scanned}: ${findings.length} finding(s)`);
    console.log(
      `  by severity: ${
        Object.entries(bySeverity)
          .map(([key, count]) => `${key} ${count}`)
          .join(', ') || 'none'
      }`,
    );

    const verdict = judgeFindings(findings);
    for (const line of verdict.lines) console.log(line);
    failed = verdict.failed;

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
  console.log(failed ? 'Security gate: FAILED (HIGH or MEDIUM findings above)' : 'Security gate: passed');
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`Security gate: could not run: ${error.message}`);
    process.exitCode = 1;
  }
}
