// Leftover profiles of the temporary account the sign-in screen reset runs under (defaultuser1, defaultuser100000,
// defaultuser100001…), counted from a listing of the profiles folder: cmd's `dir C:\Users` (localized headers:
// "Directory of", "Map van"…; <DIR> entries), PowerShell's `Get-ChildItem C:\Users` table (Mode, LastWriteTime,
// Length, Name) or `Get-CimInstance Win32_UserProfile | Select-Object LocalPath`. Only folders directly under
// …\Users count; links (All Users, Default User) and files never do.
import { splitLines } from '../input/text';
import { provenance, warning, type Fact, type ReaderResult, type ReaderWarning } from './types';

/** The reset's temporary account: defaultuser1 followed by digits, possibly with a ".DOMAIN" profile suffix. */
const TEMPORARY_PROFILE = /^defaultuser1\d*(\.[^\\]+)?$/i;
// Every pattern runs on the trimmed line and ends in a greedy capture: no lazy group before "\s*$", which would make
// a long line of spaces quadratic.
/** "Directory of C:\Users", "Map van C:\Users", "Verzeichnis von …", "    Directory: C:\Users" (PowerShell). */
const HEADER =
  /^(Directory of|Map van|Verzeichnis von|Répertoire de|Directorio de|Directory di|Directory:|Map:|Verzeichnis:|Répertoire\s*:|Directorio:)\s*([A-Za-z]:\\.*)$/i;
const DIR_DATE_TIME = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s+\d{1,2}:\d{2}(?::\d{2})?(\s*[AP]\.?M\.?)?\s+/i;
const DIR_ENTRY = /<(DIR|JUNCTION|SYMLINKD|SYMLINK)>\s+(.+)$/i;
const PS_ROW = /^([darhsl-]{5,6})\s+\S+\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]\.?M\.?)?\s+(?:\d+\s+)?(.+)$/i;
const LOCAL_PATH_HEADER = /^LocalPath$/i;
const LOCAL_PATH_ITEM = /^(?:LocalPath\s*:\s*)?([A-Za-z]:\\.+)$/i;

export function looksLikeUserProfiles(text: string): boolean {
  const head = text.slice(0, 20000);
  return (
    head.split(/\r\n|\n|\r/).some((line) => HEADER.test(line.trim())) ||
    /^\s*LocalPath(\s*:\s*[A-Za-z]:\\|\s*$)/im.test(head)
  );
}

function isUsersFolder(path: string): boolean {
  return /^[A-Za-z]:\\Users\\?$/i.test(path.trim());
}

interface Listing {
  folder: { path: string; line: number; raw: string } | undefined;
  otherFolder: { path: string; line: number; raw: string } | undefined;
  profiles: { name: string; line: number; raw: string }[];
}

/** cmd and PowerShell directory listings: a header naming the folder, then one line per entry. */
function readListing(lines: string[], file: string, warnings: ReaderWarning[]): Listing {
  const listing: Listing = { folder: undefined, otherFolder: undefined, profiles: [] };
  let current: string | undefined;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    const header = HEADER.exec(trimmed);
    if (header) {
      current = header[2];
      if (isUsersFolder(current)) listing.folder ??= { path: current, line, raw };
      else listing.otherFolder ??= { path: current, line, raw };
      return;
    }
    if (trimmed === '' || current === undefined || !isUsersFolder(current)) return;
    if (DIR_DATE_TIME.test(trimmed)) {
      const entry = DIR_ENTRY.exec(trimmed);
      if (entry && entry[1].toUpperCase() === 'DIR') listing.profiles.push({ name: entry[2], line, raw });
      return;
    }
    const row = PS_ROW.exec(trimmed);
    if (row) {
      const mode = row[1].toLowerCase();
      if (mode.startsWith('d') && !mode.includes('l')) listing.profiles.push({ name: row[2], line, raw });
      return;
    }
    // Column headings, rulers and cmd's summary lines ("5 Dir(s)  … bytes free", "0 bestand(en)").
    if (/^-+(\s+-+)*$/.test(trimmed) || /^Mode\s+LastWriteTime/i.test(trimmed) || /^\d[\d.,]*\s+\S/.test(trimmed))
      return;
    warnings.push(
      warning('unrecognizedLine', `Line ${line} is not an entry of a folder listing.`, file, { line, raw }),
    );
  });
  return listing;
}

/** Win32_UserProfile's LocalPath column (table or list form): profile paths anywhere, those under …\Users count. */
function readLocalPaths(lines: string[], file: string, warnings: ReaderWarning[]): Listing {
  const listing: Listing = { folder: undefined, otherFolder: undefined, profiles: [] };
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (LOCAL_PATH_HEADER.test(trimmed)) {
      listing.folder ??= { path: 'Win32_UserProfile LocalPath', line, raw };
      return;
    }
    if (trimmed === '' || /^-+$/.test(trimmed)) return;
    const item = LOCAL_PATH_ITEM.exec(trimmed);
    if (!item) {
      warnings.push(warning('unrecognizedLine', `Line ${line} is not a profile path.`, file, { line, raw }));
      return;
    }
    listing.folder ??= { path: 'Win32_UserProfile LocalPath', line, raw };
    const path = item[1].replace(/\\+$/, '');
    const parent = path.slice(0, path.lastIndexOf('\\'));
    if (isUsersFolder(parent)) listing.profiles.push({ name: path.slice(path.lastIndexOf('\\') + 1), line, raw });
  });
  return listing;
}

export function readUserProfiles(text: string, file: string): ReaderResult {
  const warnings: ReaderWarning[] = [];
  const facts: Fact[] = [];
  const lines = splitLines(text.replace(/^\uFEFF/, ''));
  const isCim =
    lines.some((raw) => /^\s*LocalPath(\s*:|\s*$)/i.test(raw)) && !lines.some((raw) => HEADER.test(raw.trim()));
  const listing = isCim ? readLocalPaths(lines, file, warnings) : readListing(lines, file, warnings);
  if (!listing.folder) {
    const other = listing.otherFolder;
    warnings.push(
      warning(
        'notUsersFolder',
        `This lists ${other?.path ?? 'another folder'}, not the profiles folder C:\\Users: run dir C:\\Users.`,
        file,
        other ? { line: other.line, raw: other.raw } : undefined,
        { folder: other?.path ?? '' },
      ),
    );
    return { source: 'userProfiles', facts, warnings };
  }
  const temporary = listing.profiles.filter((item) => TEMPORARY_PROFILE.test(item.name.trim()));
  const cited = temporary[0] ?? listing.folder;
  const names = temporary.map((item) => item.name.trim());
  const folder = listing.folder.path;
  facts.push({
    id: 'setting.staleDefaultUserProfiles',
    value: temporary.length,
    source: 'userProfiles',
    channel: 'system',
    location: names.length > 0 ? `${folder}: ${names.join(', ')}`.slice(0, 300) : folder,
    provenance: provenance(file, cited.line, cited.raw),
  });
  return { source: 'userProfiles', facts, warnings };
}
