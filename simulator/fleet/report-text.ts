// The fleet HTML report's own words in English and Dutch (outcome names come from the single-scenario report's
// text, so both reports name outcomes alike). Rule messages and fix titles are the engine's English sentences.
import type { ReportLanguage } from '../exports/report-text';

export interface FleetReportText {
  title: string;
  source: { intuneDevices: string; entraDevices: string; snapshot: string };
  meta: (source: string, file: string, era: string, generated: string) => string;
  lead: (rows: string, classes: string, link: string, success: string) => string;
  chart: string;
  blockers: string;
  rule: string;
  meaning: string;
  rows: string;
  fix: string;
  fixes: string;
  change: string;
  turned: string;
  statesUnknown: string;
  undecided: string;
  input: string;
  whatIf: string;
  outcome: string;
  before: string;
  after: string;
  inputHeading: string;
  columnsRead: (list: string) => string;
  missing: (list: string) => string;
  leavesUnknown: (fields: string) => string;
  /** A missing primary user column: every user fact stays unknown. */
  wholeUserSide: string;
  /** A fix for an input no row gives: "Set <field> to <value>". */
  setField: (field: string, value: string) => string;
  leftOut: (list: string) => string;
  windowsServer: string;
}

const EN: FleetReportText = {
  title: 'SSPR fleet readiness',
  source: {
    intuneDevices: 'Intune admin center › Devices › All devices › Export',
    entraDevices: 'Entra admin center › Devices › All devices › Download devices',
    snapshot: 'Tenant snapshot',
  },
  meta: (source, file, era, generated) =>
    `${source} — ${file}. Rules as documented: ${era === 'current' ? 'the current Microsoft docs' : era}. Generated ${generated}.`,
  lead: (rows, classes, link, success) =>
    `<strong>${rows}</strong> Windows rows in ${classes} classes; the Reset password link is shown on <strong>${link}</strong>; the reset works on <strong>${success}</strong>.`,
  chart: 'Rows by outcome',
  blockers: 'Top blocking rules',
  rule: 'Rule',
  meaning: 'What it means',
  rows: 'Rows',
  fix: 'Fix',
  fixes: 'Top fixes (re-counted over every row)',
  change: 'Change',
  turned: 'Rows turned into successes',
  statesUnknown: '(states an unknown input)',
  undecided: 'Undecided: inputs nobody gave',
  input: 'Input',
  whatIf: 'What-if',
  outcome: 'Outcome',
  before: 'Before',
  after: 'After',
  inputHeading: 'Input',
  columnsRead: (list) => `Columns read: ${list}.`,
  missing: (list) => `Missing columns: ${list}.`,
  leavesUnknown: (fields) => `leaves ${fields} unknown`,
  wholeUserSide: 'everything about the primary user',
  setField: (field, value) => `Set ${field} to ${value}`,
  leftOut: (list) => `Left out (not Windows clients): ${list}.`,
  windowsServer: 'Windows Server devices',
};

const NL: FleetReportText = {
  title: 'Gereedheid van de vloot voor SSPR',
  source: {
    intuneDevices: 'Intune-beheercentrum › Apparaten › Alle apparaten › Exporteren',
    entraDevices: 'Microsoft Entra-beheercentrum › Apparaten › Alle apparaten › Apparaten downloaden',
    snapshot: 'Tenantmomentopname',
  },
  meta: (source, file, era, generated) =>
    `${source} — ${file}. Regels zoals gedocumenteerd: ${era === 'current' ? 'de huidige documentatie van Microsoft' : era}. Gemaakt op ${generated}.`,
  lead: (rows, classes, link, success) =>
    `<strong>${rows}</strong> Windows-rijen in ${classes} klassen; de koppeling Wachtwoord opnieuw instellen wordt getoond op <strong>${link}</strong>; opnieuw instellen lukt op <strong>${success}</strong>.`,
  chart: 'Rijen per uitkomst',
  blockers: 'Regels die het meest blokkeren',
  rule: 'Regel',
  meaning: 'Wat het betekent',
  rows: 'Rijen',
  fix: 'Oplossing',
  fixes: 'Beste oplossingen (over alle rijen opnieuw geteld)',
  change: 'Wijziging',
  turned: 'Rijen die dan slagen',
  statesUnknown: '(legt een onbekende invoer vast)',
  undecided: 'Onbeslist: invoer die niemand gaf',
  input: 'Invoer',
  whatIf: 'Wat als',
  outcome: 'Uitkomst',
  before: 'Voor',
  after: 'Na',
  inputHeading: 'Invoer',
  columnsRead: (list) => `Gelezen kolommen: ${list}.`,
  missing: (list) => `Ontbrekende kolommen: ${list}.`,
  leavesUnknown: (fields) => `laat ${fields} onbekend`,
  wholeUserSide: 'alle gegevens van de primaire gebruiker',
  setField: (field, value) => `Zet ${field} op ${value}`,
  leftOut: (list) => `Weggelaten (geen Windows-clients): ${list}.`,
  windowsServer: 'Windows Server-apparaten',
};

export function fleetReportText(language: ReportLanguage = 'en-US'): FleetReportText {
  return language === 'nl-NL' ? NL : EN;
}
