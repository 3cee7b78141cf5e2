export interface Finding {
  rule: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  description: string;
}
export interface ParseError {
  file: string;
  message: string;
  tolerable: boolean;
}
export interface AllowListEntry {
  rule: string;
  file: string;
  sample: string;
  why: string;
}
export interface Report {
  electronVersion: string;
  findings: Finding[];
  parseErrors: ParseError[];
}
export const REPORT_FORMAT: string;
export const MAX_ATTEMPTS: number;
export class UnreadableReport extends Error {}
/** The installed Electron's version; throws when it cannot be read (the gate then fails). */
export function installedElectronVersion(root?: string): string;
/** Validates the runner's JSON report field by field; throws UnreadableReport on anything else. */
export function parseReport(text: string, expectedElectronVersion?: string): Report;
/** Repeats whole runs until a report parses (at most maxAttempts); throws when none could be read. */
export function readReportWithRetry(
  attempt: (number: number) => string,
  expectedElectronVersion?: string,
  maxAttempts?: number,
  log?: (line: string) => void,
): Report & { attempts: number };
/** HIGH and MEDIUM findings fail unless on the allow-list; returns the printed lines too. */
export function judgeFindings(findings: Finding[], allowList?: AllowListEntry[]): { failed: boolean; lines: string[] };
/** Files that could not be parsed were not checked: each fails (tolerable parser warnings are noted). */
export function judgeParseErrors(parseErrors: ParseError[]): { failed: boolean; lines: string[] };
