// Fleet readiness: devices exports and tenant snapshots → classes → verdicts → summary, what-if and fixes.
export * from './errors';
export * from './layouts';
export * from './input';
export * from './values';
export { CsvByteStream, streamBytes, MAX_RECORD_CHARS, type CsvRecordSink } from './csv-stream';
export { readUsersCsv, userFactsOf, type UserFacts, type UsersFile } from './users';
export { readDevicesCsv, devicesCsvReader, type ReadDevicesOptions } from './devices-csv';
export { fleetFromSnapshot } from './snapshot-input';
export { decodeFleetText, parseFleetSnapshot, MAX_SMALL_FLEET_FILE_BYTES } from './small-files';
export { DEFAULT_FLEET_TEMPLATE, parseFleetTemplate, templateFrom } from './template';
export * from './engine';
export { parseWhatIf, whatIfChange } from './what-if';
export * from './report';
export { RowText, rowFields, rowField, type RowTextData } from './strings';
