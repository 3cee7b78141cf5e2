// Export builders: pure functions from scenario/verdict to file content. The desktop app writes them to disk.
export { buildRegistryFile, formatDword } from './registry-file';
export {
  buildIntuneCustomProfile,
  buildIntuneProfileJson,
  DEFAULT_PROFILE_NAME,
  DEFAULT_PROFILE_DESCRIPTION,
  type Windows10CustomConfiguration,
  type OmaSettingInteger,
  type IntuneProfileNames,
} from './intune-profile';
export { buildHtmlReport, type HtmlReportInput } from './html-report';
export { escapeHtml } from './html-escape';
export { exportFileName, EXPORT_FORMATS, type ExportFormat, type ExportTarget } from './file-names';
export {
  buildCsv,
  csvField,
  csvRow,
  guardFormula,
  CSV_BYTE_ORDER_MARK,
  CSV_LINE_END,
  type CsvCell,
  type CsvOptions,
  type CsvSeparator,
} from './csv';
export {
  buildRegFile,
  regComment,
  regKeyLine,
  regValueData,
  regValueName,
  REG_FILE_HEADER,
  REG_LINE_END,
  type RegKey,
  type RegValue,
} from './reg-encoding';
export { psComment, psCommentText, psSingleQuoted, POWERSHELL_SINGLE_QUOTES } from './powershell';
