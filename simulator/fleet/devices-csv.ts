// A devices export (Intune "All devices" export or Entra "Download devices") → rows grouped into classes.
// Each row's facts are encoded as small integers (version, edition, join state, enrollment, user facts) and
// combined into one numeric key: rows with the same key share one class and one evaluation.
import { EDITIONS, JOIN_STATES, METHODS, type Edition, type JoinState } from '../model/scenario';
import type { ParsedOsVersion } from '../import/vocabulary';
import { CsvByteStream, isBlank, streamBytes } from './csv-stream';
import { FleetInputError, fleetProblem } from './errors';
import { ROW_TEXT_FIELDS, type ClassFact, type FleetClassInput, type FleetInput, type FleetSource } from './input';
import {
  matchColumns,
  recognizeDevicesHeader,
  type DeviceField,
  type DevicesLayout,
  type MissingColumn,
} from './layouts';
import { RowIdSet } from './id-set';
import { RowText } from './strings';
import type { UserFacts, UsersFile } from './users';
import {
  editionOf,
  enrolledFromEntra,
  enrolledFromManagedBy,
  firstUpn,
  isBlankValue,
  joinStateOf,
  platformOf,
  versionOf,
  type Known,
} from './values';

const MAX_LISTED_VALUES = 20;
const ID_FIELD = ROW_TEXT_FIELDS.indexOf('deviceId');

export interface ReadDevicesOptions {
  label: string;
  /** The file's size, when known: buffers are sized for it up front. */
  expectedBytes?: number;
  users?: UsersFile | null;
  onProgress?: (bytesDone: number, bytesTotal: number) => void;
}

class DevicesBuilder {
  private layout!: DevicesLayout;
  private col = {} as Record<DeviceField, number>;
  private headerCells: string[] = [];
  private missing: MissingColumn[] = [];
  private width = 0;
  private dataRows = 0;

  private classOf: Uint32Array;
  private rowCount = 0;
  /** User-facts code → device key → class. */
  private readonly classByKey: Map<number, number>[] = [];
  private readonly classes: FleetClassInput[] = [];
  /** Rows per class, counted here and copied into the classes at the end (the class objects stay untouched). */
  private classCounts = new Uint32Array(256);
  private readonly text: RowText;

  private readonly versionCode = new Map<string, number>();
  private readonly versions: (ParsedOsVersion | null)[] = [null];
  private readonly editionCode = new Map<string, number>();
  private readonly joinCode = new Map<string, number>();
  private readonly enrolledCode = new Map<string, number>();
  private readonly userCodeByKey = new Map<number, number>();
  private readonly userFacts: (UserFacts | null)[] = [null];
  private readonly userCodeByFileCode: number[] = [];

  private readonly ids: RowIdSet;
  private readonly platformByValue = new Map<string, ReturnType<typeof platformOf>>();
  private idField: 'deviceId' | 'entraDeviceId' | null = null;

  readonly skipped = { otherPlatforms: {} as Record<string, number>, windowsServer: 0 };
  readonly unrecognized: Record<string, Record<string, number>> = {};
  readonly userLink = { matched: 0, noUser: 0, notInUsersFile: 0, noUsersFile: 0 };
  encoding = '';
  delimiter = '';

  constructor(private readonly options: ReadDevicesOptions) {
    // An export row is a few hundred bytes, of which the kept text is about a third.
    const bytes = options.expectedBytes ?? 0;
    this.classOf = new Uint32Array(Math.max(1 << 14, Math.ceil(bytes / 150)));
    this.text = new RowText(ROW_TEXT_FIELDS, Math.ceil(bytes * 0.4), Math.ceil(bytes / 150));
    this.ids = new RowIdSet(Math.ceil(bytes / 300));
  }

  header(cells: string[], info: { encoding: string; delimiter: string }): void {
    this.encoding = info.encoding;
    this.delimiter = info.delimiter;
    const recognized = recognizeDevicesHeader(cells);
    if (!recognized.ok) throw new FleetInputError(this.options.label, recognized.problem, { line: 1 });
    this.layout = recognized.layout;
    const { found, missing } = matchColumns(cells, this.layout.columns);
    const required = missing.find((column) => column.required);
    if (required)
      throw new FleetInputError(
        this.options.label,
        fleetProblem('missingDeviceName', { layout: this.layout.id, column: required.expected }),
        { line: 1, column: required.expected },
      );
    for (const spec of this.layout.columns) this.col[spec.field] = -1;
    for (const match of found) this.col[match.field] = match.index;
    this.headerCells = cells.map((cell) => cell.replace(/^\uFEFF/, ''));
    this.missing = missing;
    this.width = cells.length;
    this.idField = this.col.deviceId >= 0 ? 'deviceId' : this.col.entraDeviceId >= 0 ? 'entraDeviceId' : null;
  }

  rows(records: string[][], lineOf: (index: number) => number): void {
    const col = this.col;
    for (let i = 0; i < records.length; i++) {
      const cells = records[i];
      this.dataRows++;
      if (cells.length !== this.width) {
        if (isBlank(cells)) continue;
        if (cells.length < this.width || cells.slice(this.width).some((cell) => cell !== ''))
          throw new FleetInputError(
            this.options.label,
            fleetProblem('columnCountChanges', { expectedFields: this.width, foundFields: cells.length }),
            { line: lineOf(i) },
          );
      }
      if (col.os >= 0) {
        let platform = this.platformByValue.get(cells[col.os]);
        if (platform === undefined) this.platformByValue.set(cells[col.os], (platform = platformOf(cells[col.os])));
        if (platform === 'other') {
          const name = cells[col.os].trim();
          this.skipped.otherPlatforms[name] = (this.skipped.otherPlatforms[name] ?? 0) + 1;
          continue;
        }
        if (platform === 'windowsServer') {
          this.skipped.windowsServer++;
          continue;
        }
      }
      this.addRow(cells, lineOf, i);
    }
  }

  private addRow(cells: string[], lineOf: (index: number) => number, i: number): void {
    const col = this.col;
    const rawVersion = col.osVersion >= 0 ? cells[col.osVersion] : '';
    const version = col.osVersion >= 0 ? this.codeOfVersion(rawVersion) : 0;
    const edition =
      col.skuFamily >= 0 ? this.codeOf(this.editionCode, cells[col.skuFamily], col.skuFamily, editionIndex) : 0;
    const join = col.joinType >= 0 ? this.codeOf(this.joinCode, cells[col.joinType], col.joinType, joinIndex) : 0;
    const enrolled = this.enrolledOf(cells);
    const upn =
      col.primaryUserUpn < 0
        ? ''
        : this.layout.id === 'entraDevices'
          ? firstUpn(cells[col.primaryUserUpn])
          : cleanUpn(cells[col.primaryUserUpn]);
    const user = this.userCodeOf(upn);
    // Small integers only (V8 keeps them unboxed): device facts in one key, one map per user-facts code.
    const deviceKey = ((version * 8 + edition) * 8 + join) * 4 + enrolled;
    let byDevice = this.classByKey[user];
    if (byDevice === undefined) this.classByKey[user] = byDevice = new Map<number, number>();
    let classIndex = byDevice.get(deviceKey);
    if (classIndex === undefined) {
      classIndex = this.classes.length;
      this.classes.push({ facts: this.factsOf(version, edition, join, enrolled, user), count: 0 });
      byDevice.set(deviceKey, classIndex);
    }
    if (classIndex === this.classCounts.length) this.classCounts = grownCounts(this.classCounts);
    this.classCounts[classIndex]++;

    const id = this.idField ? trimmed(cells[col[this.idField]]) : '';
    if (this.rowCount === this.classOf.length) {
      const next = new Uint32Array(this.classOf.length * 2);
      next.set(this.classOf);
      this.classOf = next;
    }
    const idHashed = this.text.pushSix(
      trimmed(cells[col.deviceName]),
      upn,
      id,
      trimmed(rawVersion),
      col.ownership >= 0 ? trimmed(cells[col.ownership]) : '',
      col.lastCheckIn >= 0 ? trimmed(cells[col.lastCheckIn]) : '',
    );
    if (id) this.checkDuplicate(id, idHashed, lineOf, i);
    this.classOf[this.rowCount++] = classIndex;
  }

  private checkDuplicate(id: string, hash: number, lineOf: (index: number) => number, i: number): void {
    const first = this.ids.addOrFind(hash, this.rowCount, id, this);
    if (first < 0) return;
    const column = this.headerCells[this.col[this.idField!]];
    throw new FleetInputError(
      this.options.label,
      fleetProblem('duplicateDevice', { id, firstRow: first + 1, secondRow: this.rowCount + 1 }),
      { line: lineOf(i), column },
    );
  }

  /** Whether an earlier row's device id equals `id` in any case (only asked when their hashes are equal). */
  sameId(earlier: number, id: string): boolean {
    return this.text.field(earlier, ID_FIELD).toLowerCase() === id.toLowerCase();
  }

  private codeOfVersion(raw: string): number {
    let code = this.versionCode.get(raw);
    if (code !== undefined) return code;
    const parsed = versionOf(raw);
    if (!parsed) {
      code = 0;
      if (!isBlankValue(raw)) this.noteUnrecognized(this.col.osVersion, raw);
    } else {
      code = this.versions.length;
      this.versions.push(parsed);
      if (code >= 1 << 16)
        throw new FleetInputError(this.options.label, fleetProblem('tooManyOsVersions', { max: (1 << 16) - 1 }));
    }
    this.versionCode.set(raw, code);
    return code;
  }

  private codeOf(
    cache: Map<string, number>,
    raw: string,
    column: number,
    indexOf: (raw: string) => number | null,
  ): number {
    let code = cache.get(raw);
    if (code === undefined) {
      code = indexOf(raw) ?? -1;
      cache.set(raw, code);
    }
    if (code >= 0) return code;
    this.noteUnrecognized(column, raw);
    return 0;
  }

  private enrolledOf(cells: string[]): number {
    const col = this.col;
    let raw: string;
    if (col.managedBy >= 0) raw = cells[col.managedBy];
    else if (col.isManaged >= 0) raw = `${cells[col.isManaged]}\u001f${col.mdmName >= 0 ? cells[col.mdmName] : ''}`;
    else return 0;
    let code = this.enrolledCode.get(raw);
    if (code === undefined) {
      let value: Known<boolean> | null;
      if (col.managedBy >= 0) value = enrolledFromManagedBy(raw);
      else {
        const [managed, mdm] = raw.split('\u001f');
        value = enrolledFromEntra(managed, mdm);
      }
      code = value === true ? 1 : value === false ? 2 : value === null ? -1 : 0;
      this.enrolledCode.set(raw, code);
    }
    if (code >= 0) return code;
    this.noteUnrecognized(col.managedBy >= 0 ? col.managedBy : col.isManaged, raw.split('\u001f')[0]);
    return 0;
  }

  private userCodeOf(upn: string): number {
    if (!upn) {
      this.userLink.noUser++;
      return 0;
    }
    const users = this.options.users;
    if (!users) {
      this.userLink.noUsersFile++;
      return 0;
    }
    // Looked up in the users file's own index (any case, nothing allocated): a map keyed by this file's UPNs would keep
    // every chunk of the file alive (each UPN is a slice of the chunk it was read from).
    const fileCode = users.codeByUpn.get(upn);
    if (fileCode < 0) {
      this.userLink.notInUsersFile++;
      return 0;
    }
    this.userLink.matched++;
    const known: number | undefined = this.userCodeByFileCode[fileCode];
    if (known !== undefined) return known;
    const facts = users.facts[fileCode];
    const key = userFactsKey(facts);
    let code = this.userCodeByKey.get(key);
    if (code === undefined) {
      code = this.userFacts.length;
      this.userFacts.push(facts);
      this.userCodeByKey.set(key, code);
    }
    this.userCodeByFileCode[fileCode] = code;
    return code;
  }

  private noteUnrecognized(column: number, raw: string): void {
    const header = this.headerCells[column];
    const values = (this.unrecognized[header] ??= {});
    const value = raw.trim().slice(0, 60);
    if (value in values || Object.keys(values).length < MAX_LISTED_VALUES) values[value] = (values[value] ?? 0) + 1;
  }

  private factsOf(version: number, edition: number, join: number, enrolled: number, user: number): ClassFact[] {
    const col = this.col;
    const header = (field: DeviceField) => this.headerCells[col[field]];
    const from = (field: DeviceField) => ({
      from: `column "${header(field)}"`,
      source: { kind: 'devicesColumn', header: header(field) } as const,
    });
    const facts: ClassFact[] = [];
    if (col.osVersion >= 0) {
      const parsed = this.versions[version];
      facts.push(
        { path: 'device.os.family', value: parsed ? parsed.family : 'unknown', ...from('osVersion') },
        { path: 'device.os.build', value: parsed ? parsed.build : 'unknown', ...from('osVersion') },
        {
          path: 'device.os.ubr',
          value: parsed && parsed.ubr !== null ? parsed.ubr : 'unknown',
          ...from('osVersion'),
        },
      );
    }
    if (col.skuFamily >= 0)
      facts.push({
        path: 'device.os.edition',
        value: edition === 0 ? 'unknown' : EDITIONS[edition - 1],
        ...from('skuFamily'),
      });
    if (col.joinType >= 0)
      facts.push({
        path: 'device.joinState',
        value: join === 0 ? 'unknown' : JOIN_STATES[join - 1],
        ...from('joinType'),
      });
    if (col.managedBy >= 0 || col.isManaged >= 0)
      facts.push({
        path: 'device.intuneEnrolled',
        value: enrolled === 0 ? 'unknown' : enrolled === 1,
        ...from(col.managedBy >= 0 ? 'managedBy' : 'isManaged'),
      });
    const userFacts = this.userFacts[user];
    if (userFacts) facts.push(...userFactsList(userFacts, this.options.users!));
    return facts;
  }

  result(): FleetInput {
    const source: FleetSource = {
      kind: this.layout.id,
      title: this.layout.title,
      label: this.options.label,
      encoding: this.encoding,
      delimiter: this.delimiter,
      columns: Object.fromEntries(
        this.layout.columns
          .filter((spec) => this.col[spec.field] >= 0)
          .map((spec) => [spec.field, this.headerCells[this.col[spec.field]]]),
      ),
      missing: this.missing,
    };
    const users = this.options.users;
    this.classes.forEach((entry, index) => (entry.count = this.classCounts[index]));
    return {
      source,
      users: users ? { label: users.label, columns: users.columns, missing: users.missing, rows: users.rows } : null,
      rowCount: this.rowCount,
      classOf: this.classOf.slice(0, this.rowCount),
      classes: this.classes,
      text: this.text.data(),
      skipped: this.skipped,
      unrecognized: this.unrecognized,
      userLink: this.userLink,
    };
  }
}

function grownCounts(counts: Uint32Array): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(counts.length * 2);
  next.set(counts);
  return next;
}

const METHOD_BITS = new Map(METHODS.map((method, index) => [method, 1 << index]));
const tri = (value: Known<boolean>) => (value === 'unknown' ? 0 : value ? 1 : 2);

/** The user facts a class reads, as one small number: methods as bits (64 = unknown), admin role, SSPR enabled. */
function userFactsKey(facts: UserFacts): number {
  let methods = 64;
  if (facts.registeredMethods !== 'unknown') {
    methods = 0;
    for (const method of facts.registeredMethods) methods |= METHOD_BITS.get(method) ?? 0;
  }
  return (methods * 3 + tri(facts.adminRole)) * 3 + tri(facts.ssprEnabled);
}

/** Trims only when there is something to trim (most cells have no edge blanks: no copy then). */
function trimmed(text: string): string {
  return text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32) ? text.trim() : text;
}

/** A UPN has an "@"; "Unknown", "None" and blanks mean no primary user. */
function cleanUpn(raw: string): string {
  const text = trimmed(raw);
  return text.includes('@') || !isBlankValue(text) ? text : '';
}

function editionIndex(raw: string): number | null {
  const edition = editionOf(raw);
  if (edition === null) return null;
  return edition === 'unknown' ? 0 : EDITIONS.indexOf(edition as Edition) + 1;
}

function joinIndex(raw: string): number | null {
  const join = joinStateOf(raw);
  if (join === null) return null;
  return join === 'unknown' ? 0 : JOIN_STATES.indexOf(join as JoinState) + 1;
}

/** A user's facts from the registration details; "user.ssprEnabled" is resolved against the template later. */
export function userFactsList(facts: UserFacts, users: Pick<UsersFile, 'columns' | 'label'>): ClassFact[] {
  const from = (field: keyof UsersFile['columns']) => {
    const header = users.columns[field] ?? field;
    return {
      from: `column "${header}" of ${users.label}`,
      source: { kind: 'usersColumn', header, file: users.label } as const,
    };
  };
  const list: ClassFact[] = [];
  if (facts.registeredMethods !== 'unknown')
    list.push({ path: 'user.registeredMethods', value: facts.registeredMethods, ...from('methodsRegistered') });
  if (facts.adminRole !== 'unknown') list.push({ path: 'user.adminRole', value: facts.adminRole, ...from('isAdmin') });
  if (facts.ssprEnabled !== 'unknown')
    list.push({ path: 'user.ssprEnabled', value: facts.ssprEnabled, ...from('isSsprEnabled') });
  return list;
}

/** Reads a whole devices export; bad input throws FleetInputError (nothing half-loaded is returned). */
export function readDevicesCsv(bytes: Uint8Array, options: ReadDevicesOptions): FleetInput {
  const builder = new DevicesBuilder({ expectedBytes: bytes.length, ...options });
  const stream = new CsvByteStream({ label: options.label, sink: builder });
  streamBytes(stream, bytes, 4 * 1024 * 1024, (done) => options.onProgress?.(done, bytes.length));
  return builder.result();
}

/** For inputs read in pieces (a file stream in the CLI, a File in a worker). */
export function devicesCsvReader(options: ReadDevicesOptions): { push(bytes: Uint8Array): void; finish(): FleetInput } {
  const builder = new DevicesBuilder(options);
  const stream = new CsvByteStream({ label: options.label, sink: builder });
  return {
    push: (bytes) => stream.push(bytes),
    finish: () => {
      stream.finish();
      return builder.result();
    },
  };
}
