export interface Finding {
  rule: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  description: string;
}
export interface AllowListEntry {
  rule: string;
  file: string;
  sample: string;
  why: string;
}
/** Parses electronegativity's CSV report. */
export function parseReport(csvText: string): Finding[];
/** HIGH and MEDIUM findings fail unless on the allow-list; returns the printed lines too. */
export function judgeFindings(findings: Finding[], allowList?: AllowListEntry[]): { failed: boolean; lines: string[] };
