#!/usr/bin/env node
// Runs electronegativity through its programmatic API (not its CSV writer, which writes the header and the rows with
// two unsynchronised fs.writeFile calls and so sometimes loses the start of the first row), and writes its findings
// as one JSON document: to a temp file, then renamed, so a reader sees the whole report or none.
// Usage: node electronegativity-run.cjs <folder to scan> <electron version> <report.json>
'use strict';
const { renameSync, writeFileSync } = require('node:fs');
const run = require('@doyensec/electronegativity/dist/runner.js');
const TOOL_VERSION = require('@doyensec/electronegativity/package.json').version;

const REPORT_FORMAT = 'sspr-electronegativity-findings/1';

async function main() {
  const [input, electronVersion, reportFile] = process.argv.slice(2);
  if (!input || !electronVersion || !reportFile) throw new Error('usage: <folder> <electron version> <report.json>');
  const result = await run({
    input,
    isRelative: true,
    electronVersionOverride: electronVersion,
    customScan: [],
    excludeFromScan: [],
    parserPlugins: [],
  });
  const findings = result.issues.map((issue) => ({
    rule: String(issue.id),
    severity: String(issue.severity.name),
    confidence: String(issue.confidence.name),
    file: String(issue.file),
    location: `${issue.location.line}:${issue.location.column}`,
    sample: issue.sample === undefined || issue.sample === null ? 'N/A' : String(issue.sample),
    description: String(issue.description ?? ''),
    manualReview: Boolean(issue.manualReview),
  }));
  const report = {
    format: REPORT_FORMAT,
    tool: TOOL_VERSION,
    electronVersion,
    checks: { atomic: result.atomicChecks, global: result.globalChecks },
    // Files electronegativity could not parse are files it did not check: the gate refuses to pass over them.
    parseErrors: result.errors.map((error) => ({
      file: String(error.file),
      message: String(error.message ?? ''),
      tolerable: Boolean(error.tolerable),
    })),
    count: findings.length,
    findings,
  };
  const temp = `${reportFile}.partial`;
  writeFileSync(temp, JSON.stringify(report));
  renameSync(temp, reportFile);
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`electronegativity failed: ${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
  },
);
