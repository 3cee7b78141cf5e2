// Fleet exports: every row's verdict as CSV (formula-guarded by the shared CSV builder), the whole result as JSON,
// and a self-contained HTML report (inline SVG chart, no script) with the totals, the top blockers and the top fixes.
import { buildCsv, type CsvCell } from '../exports/csv';
import { escapeHtml } from '../exports/html-escape';
import type { Outcome } from '../engine/types';
import { ruleById } from '../engine/catalogue';
import { fieldName, reportText, valueName, type ReportLanguage } from '../exports/report-text';
import { fixPhraseText } from '../exports/fix-phrases';
import { ruleMessagesNl } from '../engine/rule-messages-nl';
import { fleetReportText } from './report-text';
import { OUTCOMES, type FleetDelta, type FleetEvaluation, type FleetFix } from './engine';
import { ROW_TEXT_FIELDS, type FleetInput } from './input';
import { WHOLE_USER_SIDE, type MissingColumn } from './layouts';
import { rowFields } from './strings';

export const OUTCOME_LABELS: Record<Outcome, string> = {
  success: 'Reset succeeds',
  hidden: 'Link hidden',
  fails: 'Reset fails',
  denied: 'Denied',
  deferred: 'Deferred',
  undecided: 'Undecided',
};

export const OUTCOME_COLORS: Record<Outcome, string> = {
  success: '#107c10',
  hidden: '#8a8886',
  fails: '#d13438',
  denied: '#a4262c',
  deferred: '#ca5010',
  undecided: '#0078d4',
};

export const ROWS_CSV_HEADER = [
  'Row',
  'Device name',
  'Device ID',
  'Primary user UPN',
  'OS version',
  'Ownership',
  'Last check-in',
  'Outcome',
  'Reset password link',
  'Deciding rules',
  'Undecided rules',
  'Undecided inputs',
] as const;

/** One CSV line per row (or per listed row), in file order. */
export function* fleetCsvRows(
  input: FleetInput,
  evaluation: FleetEvaluation,
  rows?: Iterable<number>,
): Generator<CsvCell[]> {
  const indexes = rows ?? Array.from({ length: input.rowCount }, (_, index) => index);
  const at = (field: (typeof ROW_TEXT_FIELDS)[number]) => ROW_TEXT_FIELDS.indexOf(field);
  for (const row of indexes) {
    const fields = rowFields(input.text, row);
    const verdict = evaluation.verdicts[input.classOf[row]];
    yield [
      row + 1,
      fields[at('deviceName')],
      fields[at('deviceId')],
      fields[at('userPrincipalName')],
      fields[at('osVersion')],
      fields[at('ownership')],
      fields[at('lastCheckIn')],
      verdict.outcome,
      verdict.passwordLink,
      verdict.deciding.join(' '),
      verdict.undecided.map((rule) => rule.id).join(' '),
      [...new Set(verdict.undecided.flatMap((rule) => rule.missing))].join(' '),
    ];
  }
}

export function fleetRowsCsv(input: FleetInput, evaluation: FleetEvaluation, rows?: Iterable<number>): string {
  return buildCsv(ROWS_CSV_HEADER, fleetCsvRows(input, evaluation, rows));
}

export interface FleetReport {
  source: FleetInput['source'];
  users: FleetInput['users'];
  docsAsOf: string;
  summary: FleetEvaluation['summary'];
  skipped: FleetInput['skipped'];
  unrecognized: FleetInput['unrecognized'];
  userLink: FleetInput['userLink'];
  topFixes: FleetFix[];
  whatIf: { changes: { path: string; from: unknown; to: unknown }[]; delta: FleetDelta } | null;
  classes: {
    rows: number;
    facts: { path: string; value: unknown; from: string }[];
    verdict: FleetEvaluation['verdicts'][number];
  }[];
}

export function fleetReport(
  input: FleetInput,
  evaluation: FleetEvaluation,
  topFixes: FleetFix[],
  whatIf: FleetReport['whatIf'] = null,
): FleetReport {
  return {
    source: input.source,
    users: input.users,
    docsAsOf: evaluation.options.docsAsOf ?? 'current',
    summary: evaluation.summary,
    skipped: input.skipped,
    unrecognized: input.unrecognized,
    userLink: input.userLink,
    topFixes,
    whatIf,
    classes: input.classes.map((entry, index) => ({
      rows: entry.count,
      facts: entry.facts.map(({ path, value, from }) => ({ path, value, from })),
      verdict: evaluation.verdicts[index],
    })),
  };
}

/** Horizontal bars, one per outcome; pure SVG so the file needs no script. */
export function outcomeChartSvg(
  byOutcome: Record<Outcome, number>,
  labels: Record<Outcome, string> = OUTCOME_LABELS,
  locale = 'en-US',
  title = 'Rows by outcome',
): string {
  const max = Math.max(1, ...OUTCOMES.map((outcome) => byOutcome[outcome]));
  const rowHeight = 28;
  const width = 640;
  const labelWidth = 150;
  const bars = OUTCOMES.map((outcome, index) => {
    const length = Math.round(((width - labelWidth - 90) * byOutcome[outcome]) / max);
    const y = index * rowHeight + 4;
    return `<text x="0" y="${y + 15}" font-size="13">${escapeHtml(labels[outcome])}</text><rect x="${labelWidth}" y="${y}" width="${Math.max(length, 1)}" height="20" fill="${OUTCOME_COLORS[outcome]}"/><text x="${labelWidth + Math.max(length, 1) + 6}" y="${y + 15}" font-size="13">${escapeHtml(byOutcome[outcome].toLocaleString(locale))}</text>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${OUTCOMES.length * rowHeight + 8}" font-family="Segoe UI, sans-serif">${bars}</svg>`;
}

export function fleetHtmlReport(report: FleetReport, generatedAt: string, language: ReportLanguage = 'en-US'): string {
  const s = report.summary;
  const w = fleetReportText(language);
  const outcomes = reportText(language).outcome;
  const n = (value: number) => value.toLocaleString(language);
  const rule = (id: string) =>
    escapeHtml((language === 'nl-NL' ? ruleMessagesNl[id] : undefined) ?? ruleById(id)?.message ?? '');
  const field = (path: string) => fieldName(path, language);
  const leaves = (column: MissingColumn) =>
    new Intl.ListFormat(language, { type: 'conjunction' }).format(
      column.leavesUnknown.map((path) => (path === WHOLE_USER_SIDE ? w.wholeUserSide : field(path))),
    );
  // A fix in the report's language where every change has a phrase or sets an unknown input; else the engine's title.
  const fixTitleOf = (fix: FleetFix | undefined) => (fix ? fixTitle(fix) : '');
  const fixTitle = (fix: FleetFix): string => {
    if (language === 'en-US') return fix.title;
    const parts = fix.changes.map(
      (change) =>
        fixPhraseText(change, language) ??
        (change.from === 'unknown' ? w.setField(field(change.path), valueName(change.to, language)) : undefined),
    );
    return parts.every((part) => part !== undefined) ? parts.join('; ') : fix.title;
  };
  const skipped = Object.entries(report.skipped.otherPlatforms).map(([name, rows]) => `${name}: ${n(rows)}`);
  if (report.skipped.windowsServer) skipped.push(`${w.windowsServer}: ${n(report.skipped.windowsServer)}`);
  const rows = (items: string[]) => items.join('');
  const source = w.source[report.source.kind];
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(w.title)} — ${escapeHtml(report.source.label)}</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;margin:32px;color:#201f1e;max-width:980px}h1{font-size:24px}h2{font-size:18px;margin-top:28px}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e1dfdd;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#605e5c}</style>
</head><body>
<h1>${escapeHtml(w.title)}</h1>
<p class="muted">${escapeHtml(w.meta(source, report.source.label, report.docsAsOf, generatedAt))}</p>
<p>${w.lead(escapeHtml(n(s.rows)), escapeHtml(n(s.classes)), escapeHtml(n(s.linkShown)), escapeHtml(n(s.byOutcome.success)))}</p>
<h2>${escapeHtml(w.chart)}</h2>
${outcomeChartSvg(s.byOutcome, outcomes, language, w.chart)}
<h2>${escapeHtml(w.blockers)}</h2>
<table><thead><tr><th>${escapeHtml(w.rule)}</th><th>${escapeHtml(w.meaning)}</th><th>${escapeHtml(w.rows)}</th><th>${escapeHtml(w.fix)}</th></tr></thead><tbody>
${rows(s.blockingRules.slice(0, 10).map((entry) => `<tr><td>${escapeHtml(entry.id)}</td><td>${rule(entry.id)}</td><td class="n">${n(entry.rows)}</td><td>${escapeHtml(fixTitleOf(report.topFixes.find((fix) => fix.clears.includes(entry.id) && !fix.statesUnknown)))}</td></tr>`))}
</tbody></table>
<h2>${escapeHtml(w.fixes)}</h2>
<table><thead><tr><th>${escapeHtml(w.change)}</th><th>${escapeHtml(w.turned)}</th></tr></thead><tbody>
${rows(report.topFixes.map((fix) => `<tr><td>${escapeHtml(fixTitle(fix))}${fix.statesUnknown ? ` <span class="muted">${escapeHtml(w.statesUnknown)}</span>` : ''}</td><td class="n">${n(fix.rowsFixed)}</td></tr>`))}
</tbody></table>
<h2>${escapeHtml(w.undecided)}</h2>
<table><thead><tr><th>${escapeHtml(w.input)}</th><th>${escapeHtml(w.rows)}</th></tr></thead><tbody>
${rows(s.undecidedInputs.map((entry) => `<tr><td>${escapeHtml(field(entry.path))}</td><td class="n">${n(entry.rows)}</td></tr>`))}
</tbody></table>
${report.whatIf ? `<h2>${escapeHtml(w.whatIf)}</h2><p>${escapeHtml(report.whatIf.changes.map((change) => `${field(change.path)} = ${valueName(change.to, language)}`).join('; '))}</p><table><thead><tr><th>${escapeHtml(w.outcome)}</th><th>${escapeHtml(w.before)}</th><th>${escapeHtml(w.after)}</th></tr></thead><tbody>${rows(OUTCOMES.map((outcome) => `<tr><td>${escapeHtml(outcomes[outcome])}</td><td class="n">${n(report.whatIf!.delta.byOutcome[outcome].before)}</td><td class="n">${n(report.whatIf!.delta.byOutcome[outcome].after)}</td></tr>`))}</tbody></table>` : ''}
<h2>${escapeHtml(w.inputHeading)}</h2>
<p>${escapeHtml(w.columnsRead(Object.values(report.source.columns).join(', ')))}</p>
${report.source.missing.length ? `<p>${escapeHtml(w.missing(report.source.missing.map((column) => `${column.expected}${column.leavesUnknown.length ? ` (${w.leavesUnknown(leaves(column))})` : ''}`).join('; ')))}</p>` : ''}
${skipped.length ? `<p>${escapeHtml(w.leftOut(skipped.join(', ')))}</p>` : ''}
</body></html>
`;
}
