// Why a fleet file was refused, in both languages: every problem code has English and Dutch text that uses each of
// its parameters, the app's English is exactly what the command line prints, and a bad file read with the app in
// Dutch is explained in Dutch with its line and column.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n as I18n } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  ENGLISH_PROBLEM_WORDS,
  FLEET_PROBLEM_CODES,
  FLEET_PROBLEM_WORD_PARAMS,
  FleetInputError,
  parseFleetTemplate,
  readDevicesCsv,
  readUsersCsv,
  type FleetInputPlace,
  type FleetProblemCode,
  type FleetProblemParams,
} from '../../../simulator/fleet';
import { enUS } from '../../../renderer/i18n/en-US';
import { nlNL } from '../../../renderer/i18n/nl-NL';
import { fleetEnUS } from '../../../renderer/i18n/fleet-en-US';
import { fleetNlNL } from '../../../renderer/i18n/fleet-nl-NL';
import { formatFleetRefusal } from '../../../renderer/features/fleet/fleet-problem';

type Language = 'en-US' | 'nl-NL';

/** An i18next instance set up as the app's, with the app's catalogues. */
function translator(lng: Language): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { 'en-US': { translation: enUS }, 'nl-NL': { translation: nlNL } },
    lng,
    fallbackLng: 'en-US',
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
const en = translator('en-US');
const nl = translator('nl-NL');

/** One problem of every code; numbers large enough to show the language's digit grouping. */
const SAMPLES: { [C in FleetProblemCode]: { params: FleetProblemParams[C]; place?: FleetInputPlace } } = {
  tooLarge: { params: { sizeMb: 40960, maxMb: 1536 } },
  cannotRead: { params: { why: 'permissionDenied' } },
  cannotReadOther: { params: { detail: 'EIO: i/o error, read' } },
  binary: { params: { kind: 'template' }, place: { line: 3 } },
  invalidText: { params: { kind: 'snapshot' } },
  invalidTextAt: { params: { encoding: 'UTF-16LE', byte: 4194304 }, place: { line: 20417 } },
  empty: { params: {} },
  unclosedQuote: { params: {}, place: { line: 1204 } },
  malformedQuote: { params: {}, place: { line: 77 } },
  recordTooLong: { params: { maxChars: 1048576 }, place: { line: 2 } },
  columnCountChanges: { params: { expectedFields: 1054, foundFields: 1010 }, place: { line: 12345 } },
  otherExport: { params: { export: 'intuneCompliance' }, place: { line: 1 } },
  notADevicesExport: { params: { header: '"Naam", "Besturingssysteem", …' }, place: { line: 1 } },
  missingDeviceName: {
    params: { layout: 'entraDevices', column: 'displayName' },
    place: { line: 1, column: 'displayName' },
  },
  duplicateDevice: {
    params: { id: 'a1f0c2d4-0002', firstRow: 1002, secondRow: 20010 },
    place: { line: 20015, column: 'Device ID' },
  },
  tooManyOsVersions: { params: { max: 65535 } },
  notAUsersFile: {
    params: { column: 'userPrincipalName', header: 'name, admin' },
    place: { line: 1, column: 'userPrincipalName' },
  },
  duplicateUser: { params: { upn: 'megan@contoso.com' }, place: { line: 4321, column: 'userPrincipalName' } },
  noWindowsRows: { params: {} },
  templateNotJson: { params: { detail: 'Unexpected token } in JSON at position 12' } },
  templateNotObject: { params: { jsonType: 'array' } },
  // Without the validator's descriptors; with them the app words expected/found the way the invalid-file dialog does
  // (its list style may differ from the validator's English), see "words an invalid template field" below.
  templateInvalid: {
    params: { count: 1200, path: 'tenant.sspr.methodsRequired', expected: '1 or 2', found: '7' },
    place: { column: 'tenant.sspr.methodsRequired' },
  },
  snapshotNotJson: { params: { detail: 'Unexpected end of JSON input' } },
  notASnapshot: { params: {} },
  snapshotDamaged: { params: { detail: 'devices.0.id: Required' } },
  whatIfSyntax: { params: { text: '"session.kind"' } },
  whatIfUnknownField: { params: { path: 'tenant.nothing' }, place: { column: 'tenant.nothing' } },
  whatIfInvalidValue: {
    params: {
      path: 'session.kind',
      value: '"telnet"',
      expected: 'one of "console", "remoteDesktop"',
      found: '"telnet"',
    },
    place: { column: 'session.kind' },
  },
  unexpected: { params: { detail: 'out of memory' } },
};

const refusalOf = (code: FleetProblemCode, file = 'devices.csv') => {
  const sample = SAMPLES[code];
  return new FleetInputError(file, { code, params: sample.params } as never, sample.place);
};

/** How a parameter must appear in the text: numbers in the language's format, fixed words translated. */
function shown(lng: Language, name: string, value: unknown): string {
  if (typeof value === 'number') return value.toLocaleString(lng);
  const group = FLEET_PROBLEM_WORD_PARAMS[name as keyof typeof FLEET_PROBLEM_WORD_PARAMS];
  if (!group) return String(value);
  const words = (lng === 'en-US' ? fleetEnUS : fleetNlNL).problemWord[group] as Record<string, string>;
  return words[String(value)];
}

describe('fleet problem codes', () => {
  it('every code has English and Dutch text with the same parts, and no catalogue entry lacks a code', () => {
    expect(Object.keys(fleetEnUS.problem).sort()).toEqual([...FLEET_PROBLEM_CODES].sort());
    expect(Object.keys(fleetNlNL.problem).sort()).toEqual([...FLEET_PROBLEM_CODES].sort());
    for (const code of FLEET_PROBLEM_CODES)
      expect(Object.keys(fleetNlNL.problem[code]).sort(), code).toEqual(Object.keys(fleetEnUS.problem[code]).sort());
    for (const group of Object.values(FLEET_PROBLEM_WORD_PARAMS))
      expect(Object.keys(fleetNlNL.problemWord[group]).sort(), group).toEqual(
        Object.keys(ENGLISH_PROBLEM_WORDS[group]).sort(),
      );
  });

  it.each(FLEET_PROBLEM_CODES)('%s: the app’s English is exactly what the command line prints', (code) => {
    const error = refusalOf(code);
    // The CLI prints `sspr-preview fleet: ${error.message}`; the screen gets error.toJSON() through the worker.
    expect(formatFleetRefusal(en, structuredClone(error.toJSON()))).toBe(error.message);
  });

  it.each(FLEET_PROBLEM_CODES)('%s: both languages use every parameter, the line and the column', (code) => {
    const error = refusalOf(code);
    const json = error.toJSON();
    const texts = { 'en-US': formatFleetRefusal(en, json), 'nl-NL': formatFleetRefusal(nl, json) };
    for (const lng of ['en-US', 'nl-NL'] as const) {
      const text = texts[lng];
      for (const [name, value] of Object.entries(SAMPLES[code].params))
        expect(text, `${lng} ${name}`).toContain(shown(lng, name, value));
      if (json.line !== undefined)
        expect(text).toContain(
          lng === 'en-US' ? `line ${shown(lng, 'line', json.line)}` : `regel ${shown(lng, 'line', json.line)}`,
        );
      if (json.column) expect(text).toContain(lng === 'en-US' ? `column "${json.column}"` : `kolom "${json.column}"`);
      expect(text).not.toMatch(/\{\{|fleet\.problem/);
    }
    expect(texts['nl-NL']).not.toBe(texts['en-US']);
  });

  it('words one invalid template field in the singular, many in the plural, in both languages', () => {
    const one = new FleetInputError('t.json', {
      code: 'templateInvalid',
      params: { count: 1, path: 'session.kind', expected: 'a session kind', found: '"x"' },
    }).toJSON();
    expect(formatFleetRefusal(en, one)).toContain('A field does not validate:');
    expect(formatFleetRefusal(nl, one)).toContain('Een veld is ongeldig:');
    expect(formatFleetRefusal(nl, refusalOf('templateInvalid').toJSON())).toContain('1.200 velden zijn ongeldig');
  });

  it('keeps toJSON backward compatible: file, reason, line, column, expected, found, plus code and params', () => {
    const json = refusalOf('columnCountChanges').toJSON();
    expect(json).toEqual({
      file: 'devices.csv',
      reason: 'The number of columns changes here.',
      line: 12345,
      expected: '1,054 fields like the header',
      found: '1,010',
      code: 'columnCountChanges',
      params: { expectedFields: 1054, foundFields: 1010 },
    });
  });

  it('leaves the file out where a title names it, starting with the location or the reason', () => {
    const ragged = refusalOf('columnCountChanges').toJSON();
    expect(formatFleetRefusal(nl, ragged, { withFile: false })).toBe(
      'Regel 12.345: Het aantal kolommen verandert hier. (verwacht: 1.054 velden, net als de koptekstrij, gevonden: 1.010 velden)',
    );
    expect(formatFleetRefusal(en, refusalOf('empty').toJSON(), { withFile: false })).toBe(
      'The file is empty: no header row.',
    );
  });

  it('falls back to the English text for a code this version does not know', () => {
    const json = { ...refusalOf('empty').toJSON(), code: 'somethingNew' as FleetProblemCode, reason: 'Brand new.' };
    expect(formatFleetRefusal(nl, { ...json, line: 3 })).toBe('devices.csv, line 3: Brand new.');
  });
});

describe('a bad file read with the app in Dutch', () => {
  const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/fleet', name)));
  const refusedInDutch = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(FleetInputError);
      return formatFleetRefusal(nl, (error as FleetInputError).toJSON());
    }
    throw new Error('expected the file to be refused');
  };

  it('names the repeated device with its line and column', () => {
    const name = 'intune-devices-duplicate.csv';
    expect(refusedInDutch(() => readDevicesCsv(fixture(name), { label: name }))).toBe(
      'intune-devices-duplicate.csv, regel 15, kolom "Device ID": Het apparaat "a1f0c2d4-0002-4c1e-9b1a-000000000002" staat twee keer in de lijst (Windows-rijen 2 en 10). Exporteer de lijst opnieuw of verwijder de herhaalde rij. (verwacht: elk apparaat één keer)',
    );
  });

  it('says where the number of columns changes', () => {
    const name = 'intune-devices-ragged.csv';
    expect(refusedInDutch(() => readDevicesCsv(fixture(name), { label: name }))).toBe(
      'intune-devices-ragged.csv, regel 5: Het aantal kolommen verandert hier. (verwacht: 54 velden, net als de koptekstrij, gevonden: 10 velden)',
    );
  });

  it('names another export for what it is', () => {
    const name = 'intune-compliance-export.csv';
    expect(refusedInDutch(() => readDevicesCsv(fixture(name), { label: name }))).toMatch(
      /^intune-compliance-export\.csv, regel 1: Dit lijkt een Intune-export van apparaatcompatibiliteit .* te zijn/,
    );
  });

  it("words an invalid template field from the validator's descriptors", () => {
    const text = refusedInDutch(() => parseFleetTemplate('{"session":{"kind":"telnet"}}', 't.json'));
    expect(text).toMatch(/^t\.json, kolom "session\.kind": Een veld is ongeldig: \(verwacht: /);
    expect(text).toContain('"telnet"');
    expect(text).not.toMatch(/one of|expected|found/);
  });

  it('refuses a users file without user principal names', () => {
    const text = new TextEncoder().encode('name,admin\nx,y\n');
    expect(refusedInDutch(() => readUsersCsv(text, 'u.csv'))).toBe(
      'u.csv, regel 1, kolom "userPrincipalName": Dit is geen download van de registratiegegevens van gebruikers: de kolom met de user principal name ontbreekt. (verwacht: een kolom "userPrincipalName", gevonden: name, admin)',
    );
  });
});
