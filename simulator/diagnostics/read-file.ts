// One diagnostic file: bytes → text (simulator/input/text) → the reader its content calls for. The content decides,
// not the file name: a dsregcmd output saved as .log or a .reg renamed .txt is read all the same.
import { decodeText } from '../input/text';
import { looksLikeDsregcmd, readDsregcmd } from './dsregcmd';
import { looksLikeMdmReport, readMdmReport } from './mdm-report';
import { looksLikeOsVersion, readOsVersion } from './os-version';
import { looksLikeRegistry, readRegistry } from './registry';
import { looksLikeSecedit, readSecedit } from './secedit';
import { looksLikeUserProfiles, readUserProfiles } from './user-profiles';
import { MAX_DIAGNOSTIC_FILE_BYTES, type FileReading, type ReaderResult, type WarningCode } from './types';

/** Warnings that make a whole file unusable: nothing of it is applied. */
const FATAL: ReadonlySet<WarningCode> = new Set([
  'truncated',
  'xmlRefused',
  'xmlInvalid',
  'otherOs',
  'unrelatedKeys',
  'noFacts',
  'noUserRights',
  'notUsersFolder',
]);

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** For callers that know the size before reading (main's stat, the browser's File.size): refuse without reading. */
export function rejectOversized(file: string, size: number): FileReading | null {
  if (size <= MAX_DIAGNOSTIC_FILE_BYTES) return null;
  return {
    file,
    status: 'rejected',
    reason: 'too-large',
    message: `${file} is ${formatSize(size)}; diagnostic files of at most ${formatSize(MAX_DIAGNOSTIC_FILE_BYTES)} are read.`,
    params: { size: formatSize(size), max: formatSize(MAX_DIAGNOSTIC_FILE_BYTES) },
  };
}

/** A file of thousands of odd lines is reported by its first ones and a count, so the review stays readable. */
export const MAX_WARNINGS_PER_FILE = 100;

function capWarnings(result: ReaderResult, file: string): ReaderResult {
  if (result.warnings.length <= MAX_WARNINGS_PER_FILE) return result;
  const more = result.warnings.length - MAX_WARNINGS_PER_FILE;
  const kept = result.warnings.slice(0, MAX_WARNINGS_PER_FILE);
  kept.push({
    code: 'moreWarnings',
    message: `…and ${more} more lines of ${file} that were not understood.`,
    file,
    params: { count: more },
  });
  return { ...result, warnings: kept };
}

export function readDiagnosticText(text: string, file: string): FileReading {
  if (text.trim() === '') return { file, status: 'rejected', reason: 'empty', message: `${file} is empty.` };
  if (/^\s*\{[\s\S]*"schemaVersion"\s*:/.test(text.slice(0, 4096))) {
    return {
      file,
      status: 'rejected',
      reason: 'scenarioFile',
      message: `${file} is a scenario file, not device diagnostics: open it with File › Open.`,
    };
  }
  let result: ReaderResult;
  if (looksLikeMdmReport(text)) result = readMdmReport(text, file);
  else if (/^\s*<(\?xml|!DOCTYPE)/i.test(text)) result = readMdmReport(text, file);
  else if (looksLikeRegistry(text)) result = readRegistry(text, file);
  else if (looksLikeSecedit(text)) result = readSecedit(text, file);
  else if (looksLikeDsregcmd(text)) result = readDsregcmd(text, file);
  else if (looksLikeOsVersion(text)) result = readOsVersion(text, file);
  else if (looksLikeUserProfiles(text)) result = readUserProfiles(text, file);
  else {
    return {
      file,
      status: 'rejected',
      reason: 'unrecognized',
      message: `${file} is not dsregcmd /status output, a registry export, an MDM diagnostics report, Windows version text, a secedit user-rights export or a listing of C:\\Users.`,
    };
  }
  const fatal = result.warnings.find((item) => FATAL.has(item.code));
  if (fatal) return { file, status: 'rejected', reason: 'noFacts', message: `${file}: ${fatal.message}`, cause: fatal };
  result = capWarnings(result, file);
  const hasCoverage = (result.coveredKeys?.length ?? 0) > 0;
  if (result.facts.length === 0 && !hasCoverage) {
    return { file, status: 'rejected', reason: 'noFacts', message: `${file}: nothing the rules read was found in it.` };
  }
  return { file, status: 'read', result, encoding: 'utf-8' };
}

export function readDiagnosticFile(bytes: Uint8Array, file: string): FileReading {
  const oversized = rejectOversized(file, bytes.length);
  if (oversized) return oversized;
  const decoded = decodeText(bytes, { maxBytes: MAX_DIAGNOSTIC_FILE_BYTES, label: file });
  if (!decoded.ok) return { file, status: 'rejected', reason: decoded.reason, message: decoded.message };
  const reading = readDiagnosticText(decoded.text, file);
  return reading.status === 'read' ? { ...reading, encoding: decoded.encoding } : reading;
}
