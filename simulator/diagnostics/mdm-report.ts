// The MDM diagnostics report (MDMDiagReport.xml, from Settings › Accounts › Access work or school › Export your
// management log files, or `mdmdiagnosticstool.exe -out <folder>`): the enrolments, and the Policy CSP values applied
// per area (PolicyManager › CurrentPolicies, else ConfigSource). The XML is untrusted: no DOCTYPE, no entities, size
// bounded by the caller, nesting bounded by the parser.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { splitLines } from '../input/text';
import { MDM_SETTINGS } from './locations';
import { admxListFrom, principalsFrom } from './policy-values';
import { provenance, warning, type Fact, type ReaderResult, type ReaderWarning } from './types';

const ROOT = 'MDMEnterpriseDiagnosticsReport';
/** Intune's provider ID in the Enrollments list. */
const INTUNE_PROVIDER = 'MS DM Server';

export function looksLikeMdmReport(text: string): boolean {
  return new RegExp(`<${ROOT}[\\s>]`).test(text.slice(0, 4000));
}

type Node = Record<string, unknown>;

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function child(node: unknown, name: string): unknown {
  return typeof node === 'object' && node !== null ? (node as Node)[name] : undefined;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Line number and raw text of the first match of `needle` at or after `from`. */
function lineAt(text: string, lines: string[], index: number): { line: number; raw: string } {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) count++;
  return { line: count, raw: lines[count - 1] ?? '' };
}

/** Finds `<Setting>` inside the element of its area (an Area or CurrentPolicyValues that names PolicyAreaName). */
function locateSetting(text: string, area: string, setting: string): number {
  const areaTag = `<PolicyAreaName>${area}</PolicyAreaName>`;
  const current = text.indexOf('<CurrentPolicies');
  for (
    let pos = text.indexOf(`<${setting}>`, Math.max(0, current));
    pos !== -1;
    pos = text.indexOf(`<${setting}>`, pos + 1)
  ) {
    const open = Math.max(text.lastIndexOf('<Area>', pos), text.lastIndexOf('<CurrentPolicyValues>', pos));
    const closes = [text.indexOf('</Area>', pos), text.indexOf('</CurrentPolicyValues>', pos)].filter((i) => i !== -1);
    const close = closes.length > 0 ? Math.min(...closes) : text.length;
    if (open !== -1 && text.slice(open, close).includes(areaTag)) return pos;
  }
  return current > 0 ? locateSetting(text.slice(0, current), area, setting) : -1;
}

function settingValue(kind: string, raw: string): Fact['value'] | undefined {
  if (kind === 'principals') return principalsFrom(raw);
  if (kind === 'admxList') return admxListFrom(raw);
  if (kind === 'list')
    return raw
      .split(/[;\uF000]/)
      .map((item) => item.trim())
      .filter(Boolean);
  if (/^-?\d+$/.test(raw)) return Number(raw);
  if (/^true$/i.test(raw)) return 1;
  if (/^false$/i.test(raw)) return 0;
  return kind === 'text' ? raw : undefined;
}

/** Policy values by area: the winning values of CurrentPolicies where the report has them, else each ConfigSource's. */
function areasOf(report: Node): Node[] {
  const manager = child(report, 'PolicyManager');
  const current = asArray(child(manager, 'CurrentPolicies'));
  const fromCurrent = current.flatMap((scope) =>
    String(textOf(child(scope, 'PolicyScope')) ?? 'Device').toLowerCase() === 'device'
      ? asArray(child(scope, 'CurrentPolicyValues'))
      : [],
  );
  if (fromCurrent.length > 0) return fromCurrent as Node[];
  return asArray(child(manager, 'ConfigSource')).flatMap((source) =>
    asArray(child(source, 'PolicyScope'))
      .filter((scope) => String(textOf(child(scope, 'PolicyScope')) ?? '').toLowerCase() === 'device')
      .flatMap((scope) => asArray(child(scope, 'Area'))),
  ) as Node[];
}

export function readMdmReport(text: string, file: string): ReaderResult {
  const facts: Fact[] = [];
  const warnings: ReaderWarning[] = [];
  const result: ReaderResult = { source: 'mdmReport', facts, warnings };
  const doctype = /<!(DOCTYPE|ENTITY)/i.exec(text);
  const lines = splitLines(text);
  if (doctype) {
    warnings.push(
      warning(
        'xmlRefused',
        'The XML declares a DOCTYPE or entities; an MDM report never does, so it was not read.',
        file,
        lineAt(text, lines, doctype.index),
      ),
    );
    return result;
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, msg } = valid.err;
    warnings.push(
      warning(
        'xmlInvalid',
        `The XML is not well formed (line ${line}: ${msg}).`,
        file,
        { line, raw: lines[line - 1] ?? '' },
        { reason: msg },
      ),
    );
    return result;
  }
  let parsed: Node;
  try {
    parsed = new XMLParser({
      ignoreAttributes: true,
      parseTagValue: false,
      processEntities: false,
      htmlEntities: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
    }).parse(text) as Node;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warnings.push(warning('xmlInvalid', `The XML could not be read: ${reason}`, file, undefined, { reason }));
    return result;
  }
  const report = parsed[ROOT];
  if (typeof report !== 'object' || report === null) {
    warnings.push(warning('xmlInvalid', `The root element is not ${ROOT}.`, file));
    return result;
  }

  const enrollments = asArray(child(child(report, 'Enrollments'), 'Enrollment'));
  const providers = enrollments.map((item) => textOf(child(item, 'ProviderID'))).filter((id): id is string => !!id);
  const enrollmentsAt = text.indexOf('<Enrollments');
  if (enrollmentsAt !== -1) {
    const intuneAt = text.indexOf(`<ProviderID>${INTUNE_PROVIDER}</ProviderID>`);
    const at = lineAt(text, lines, intuneAt !== -1 ? intuneAt : enrollmentsAt);
    facts.push({
      id: 'mdm.intuneEnrolled',
      value: providers.includes(INTUNE_PROVIDER),
      source: 'mdmReport',
      channel: 'mdm',
      location: 'Enrollments/Enrollment/ProviderID',
      provenance: provenance(file, at.line, at.raw),
    });
  }
  const upn = enrollments.map((item) => textOf(child(item, 'UPN'))).find((value) => !!value);
  if (upn) {
    const at = lineAt(text, lines, text.indexOf(`<UPN>${upn}`));
    facts.push({
      id: 'mdm.upn',
      value: upn,
      source: 'mdmReport',
      channel: 'mdm',
      location: 'Enrollments/Enrollment/UPN',
      provenance: provenance(file, at.line, at.raw),
    });
  }

  const seen = new Set<string>();
  for (const area of areasOf(report as Node)) {
    const areaName = textOf(area.PolicyAreaName);
    if (!areaName) continue;
    for (const item of MDM_SETTINGS) {
      if (item.area.toLowerCase() !== areaName.toLowerCase()) continue;
      const raw = textOf(area[item.setting]);
      if (raw === undefined || seen.has(item.fact)) continue;
      const position = locateSetting(text, areaName, item.setting);
      const at = position === -1 ? { line: 1, raw: lines[0] ?? '' } : lineAt(text, lines, position);
      const value = settingValue(item.kind, raw);
      if (value === undefined) {
        warnings.push(
          warning(
            'unrecognizedValue',
            `${areaName}/${item.setting} has the value "${raw.slice(0, 80)}"; expected ${item.kind === 'admxList' ? 'an ADMX list' : 'a number'}.`,
            file,
            at,
            { label: item.setting, value: raw },
          ),
        );
        continue;
      }
      seen.add(item.fact);
      facts.push({
        id: item.fact,
        value,
        source: 'mdmReport',
        channel: 'mdm',
        location: `./Device/Vendor/MSFT/Policy/Config/${item.area}/${item.setting}`,
        provenance: provenance(file, at.line, at.raw),
      });
    }
  }
  return result;
}
