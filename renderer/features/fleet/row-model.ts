// The rows the table shows: filtered by outcome, rule, Windows version and join type (decided per class, so a
// million rows filter by looking up their class), searched by device or user, and sorted.
import type { FleetEvaluation, FleetInput } from '../../../simulator/fleet';
import { ROW_TEXT_FIELDS, rowFields } from '../../../simulator/fleet';

export interface RowFilters {
  outcome: string;
  rule: string;
  os: string;
  join: string;
  search: string;
}

export type SortColumn = 'row' | 'device' | 'user' | 'osVersion' | 'join' | 'outcome';
export interface RowSort {
  column: SortColumn;
  descending: boolean;
}

export const NO_FILTERS: RowFilters = { outcome: '', rule: '', os: '', join: '', search: '' };

/** A class fact's value, or "unknown" when the class does not set it. */
export function classFact(input: FleetInput, classIndex: number, path: string): string {
  const fact = input.classes[classIndex].facts.find((entry) => entry.path === path);
  return fact === undefined ? 'unknown' : String(fact.value);
}

/** Decoded text of every row, built once per fleet and reused for search and sort. */
const textCache = new WeakMap<FleetInput, { device: string[]; user: string[]; version: string[]; search: string[] }>();

export function rowTexts(input: FleetInput) {
  let cached = textCache.get(input);
  if (!cached) {
    const device: string[] = new Array(input.rowCount);
    const user: string[] = new Array(input.rowCount);
    const version: string[] = new Array(input.rowCount);
    const search: string[] = new Array(input.rowCount);
    const d = ROW_TEXT_FIELDS.indexOf('deviceName');
    const u = ROW_TEXT_FIELDS.indexOf('userPrincipalName');
    const v = ROW_TEXT_FIELDS.indexOf('osVersion');
    for (let row = 0; row < input.rowCount; row++) {
      const fields = rowFields(input.text, row);
      device[row] = fields[d];
      user[row] = fields[u];
      version[row] = fields[v];
      search[row] = `${fields[d]}\u0000${fields[u]}`.toLowerCase();
    }
    cached = { device, user, version, search };
    textCache.set(input, cached);
  }
  return cached;
}

function classMatches(input: FleetInput, evaluation: FleetEvaluation, filters: RowFilters): Uint8Array {
  const matches = new Uint8Array(input.classes.length);
  input.classes.forEach((_, index) => {
    const verdict = evaluation.verdicts[index];
    if (filters.outcome && verdict.outcome !== filters.outcome) return;
    if (
      filters.rule &&
      !verdict.deciding.includes(filters.rule) &&
      !verdict.undecided.some((rule) => rule.id === filters.rule)
    )
      return;
    if (filters.os && classFact(input, index, 'device.os.family') !== filters.os) return;
    if (filters.join && classFact(input, index, 'device.joinState') !== filters.join) return;
    matches[index] = 1;
  });
  return matches;
}

const OUTCOME_ORDER = ['success', 'hidden', 'fails', 'denied', 'deferred', 'undecided'];
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function visibleRows(
  input: FleetInput,
  evaluation: FleetEvaluation,
  filters: RowFilters,
  sort: RowSort,
): Uint32Array {
  const matches = classMatches(input, evaluation, filters);
  const needle = filters.search.trim().toLowerCase();
  const texts = needle || sort.column !== 'row' ? rowTexts(input) : null;
  const rows: number[] = [];
  for (let row = 0; row < input.rowCount; row++) {
    if (!matches[input.classOf[row]]) continue;
    if (needle && !texts!.search[row].includes(needle)) continue;
    rows.push(row);
  }
  if (sort.column !== 'row') {
    const key = sortKey(input, evaluation, sort.column, texts!);
    rows.sort((a, b) => key(a, b) || a - b);
  }
  if (sort.descending) rows.reverse();
  return Uint32Array.from(rows);
}

function sortKey(
  input: FleetInput,
  evaluation: FleetEvaluation,
  column: SortColumn,
  texts: ReturnType<typeof rowTexts>,
): (a: number, b: number) => number {
  switch (column) {
    case 'device':
      return (a, b) => collator.compare(texts.device[a], texts.device[b]);
    case 'user':
      return (a, b) => collator.compare(texts.user[a], texts.user[b]);
    case 'osVersion':
      return (a, b) => collator.compare(texts.version[a], texts.version[b]);
    case 'join': {
      const joinOf = input.classes.map((_, index) => classFact(input, index, 'device.joinState'));
      return (a, b) => joinOf[input.classOf[a]].localeCompare(joinOf[input.classOf[b]]);
    }
    default:
      return (a, b) =>
        OUTCOME_ORDER.indexOf(evaluation.verdicts[input.classOf[a]].outcome) -
        OUTCOME_ORDER.indexOf(evaluation.verdicts[input.classOf[b]].outcome);
  }
}

/** "windows10" → "Windows 10" (product names are the same in every language). */
export function windowsName(family: string): string | null {
  const match = /^windows(\d+(?:\.\d+)?)$/.exec(family);
  return match ? `Windows ${match[1]}` : null;
}
