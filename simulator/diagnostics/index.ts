// Device diagnostics: pure readers of the files Windows' own tools write, and the scenario they describe.
export type {
  CoveredKey,
  DiagnosticSource,
  Fact,
  FileReading,
  FileRejection,
  PolicyChannel,
  Provenance as DiagnosticProvenance,
  ReaderResult,
  ReaderWarning,
  WarningCode,
} from './types';
export { MAX_DIAGNOSTIC_FILE_BYTES } from './types';
export { readDsregcmd, looksLikeDsregcmd, yesNo } from './dsregcmd';
export { readRegistry, looksLikeRegistry } from './registry';
export { readMdmReport, looksLikeMdmReport } from './mdm-report';
export { readOsVersion, looksLikeOsVersion, editionFromId } from './os-version';
export { readSecedit, looksLikeSecedit } from './secedit';
export { readUserProfiles, looksLikeUserProfiles } from './user-profiles';
export { principalsFrom, admxListFrom } from './policy-values';
export { readDiagnosticFile, readDiagnosticText, rejectOversized } from './read-file';
export { REGISTRY_LOCATIONS, MDM_SETTINGS, normaliseKey } from './locations';
export { DEVICE_OBSERVABLE_PATHS, SETTING_SPECS, RESOLUTION_TEXT, settle, type Resolution } from './fields';
export { findingsFrom, type DeviceFindings, type Finding, type FindingNote, type PolicyOutcome } from './findings';
export { scenarioFromFindings } from './apply';
