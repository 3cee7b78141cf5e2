// The Entra "User registration details" download, joined to devices by UPN (userRegistrationDetails:
// learn.microsoft.com/graph/api/resources/userregistrationdetails — isAdmin, isSsprEnabled, isSsprRegistered,
// isSsprCapable, methodsRegistered).
import type { Method } from '../model/scenario';
import { CsvByteStream, isBlank, streamBytes } from './csv-stream';
import { FleetInputError, fleetProblem } from './errors';
import {
  USER_REGISTRATION_COLUMNS,
  matchColumns,
  type ColumnMatch,
  type MissingColumn,
  type UserField,
} from './layouts';
import { UpnIndex } from './upn-index';
import { booleanOf, methodsOf, type Known } from './values';

export interface UserFacts {
  registeredMethods: Known<Method[]>;
  adminRole: Known<boolean>;
  /** Allowed to reset by policy (isSsprEnabled). */
  ssprEnabled: Known<boolean>;
  ssprRegistered: Known<boolean>;
  ssprCapable: Known<boolean>;
}

export interface UsersFile {
  label: string;
  /**
   * UPN (any case) → index into `facts`. Users share a few hundred distinct fact sets, and the names sit in typed
   * arrays: 200,000 users are no 200,000 objects for every garbage collection to walk.
   */
  codeByUpn: UpnIndex;
  /** Distinct fact sets. */
  facts: UserFacts[];
  columns: Partial<Record<UserField, string>>;
  missing: MissingColumn[];
  rows: number;
}

/** Reads the download; a missing UPN column, a changing column count or a repeated UPN is refused with its line. */
export function readUsersCsv(bytes: Uint8Array, label: string): UsersFile {
  const codeByUpn = new UpnIndex();
  const facts: UserFacts[] = [];
  const codeByKey = new Map<string, number>();
  let found: ColumnMatch<UserField>[] = [];
  let missing: MissingColumn[] = [];
  let width = 0;
  let rows = 0;
  const at = (field: UserField) => found.find((match) => match.field === field)?.index ?? -1;
  let index: Record<UserField, number> = {} as Record<UserField, number>;
  const stream = new CsvByteStream({
    label,
    sink: {
      header(cells) {
        ({ found, missing } = matchColumns(cells, USER_REGISTRATION_COLUMNS));
        width = cells.length;
        const required = missing.find((column) => column.required);
        if (required)
          throw new FleetInputError(
            label,
            fleetProblem('notAUsersFile', { column: required.expected, header: cells.slice(0, 5).join(', ') }),
            { line: 1, column: required.expected },
          );
        index = Object.fromEntries(USER_REGISTRATION_COLUMNS.map((spec) => [spec.field, at(spec.field)])) as Record<
          UserField,
          number
        >;
      },
      rows(records, lineOf) {
        records.forEach((cells, i) => {
          if (isBlank(cells)) return;
          if (cells.length < width)
            throw new FleetInputError(
              label,
              fleetProblem('columnCountChanges', { expectedFields: width, foundFields: cells.length }),
              { line: lineOf(i) },
            );
          rows++;
          const upn = cells[index.userPrincipalName].trim().toLowerCase();
          if (!upn) return;
          if (codeByUpn.get(upn) >= 0)
            throw new FleetInputError(label, fleetProblem('duplicateUser', { upn }), {
              line: lineOf(i),
              column: 'userPrincipalName',
            });
          const read = (field: UserField) => (index[field] < 0 ? undefined : cells[index[field]]);
          const flag = (field: UserField): Known<boolean> =>
            index[field] < 0 ? 'unknown' : (booleanOf(read(field)) ?? 'unknown');
          const entry: UserFacts = {
            registeredMethods: index.methodsRegistered < 0 ? 'unknown' : methodsOf(read('methodsRegistered')),
            adminRole: flag('isAdmin'),
            ssprEnabled: flag('isSsprEnabled'),
            ssprRegistered: flag('isSsprRegistered'),
            ssprCapable: flag('isSsprCapable'),
          };
          const key = JSON.stringify(entry);
          let code = codeByKey.get(key);
          if (code === undefined) {
            codeByKey.set(key, (code = facts.length));
            facts.push(entry);
          }
          codeByUpn.add(upn, code);
        });
      },
    },
  });
  streamBytes(stream, bytes);
  const columns = Object.fromEntries(found.map((match) => [match.field, match.header])) as UsersFile['columns'];
  return { label, codeByUpn, facts, columns, missing, rows };
}

/** The registration facts of a user principal name (any case), or undefined when the file does not list it. */
export function userFactsOf(users: UsersFile, upn: string): UserFacts | undefined {
  const code = users.codeByUpn.get(upn);
  return code < 0 ? undefined : users.facts[code];
}
