// Where a field's value came from, in the reader's language: the importer's and the fleet's standard notes are worded
// here; notes that name a policy, a Graph endpoint or a column stay as written (they are data).
import type { TFunction } from 'i18next';
import { FLEET_NOTES } from '../../simulator/fleet';
import {
  DEFAULT_NOTE,
  NOT_IN_GRAPH,
  NOT_IN_INTUNE,
  NOT_SET_BY_INTUNE,
  notInIntuneNote,
} from '../../simulator/import/index';

const FIXED_NOTES: Readonly<Record<string, string>> = {
  [NOT_IN_GRAPH]: 'tenantImport.unknown.notes.notInGraph',
  [NOT_SET_BY_INTUNE]: 'tenantImport.unknown.notes.notSetByIntune',
  [DEFAULT_NOTE]: 'tenantImport.unknown.notes.productDefault',
  [FLEET_NOTES.nowhere]: 'fleet.fromNowhere',
  [FLEET_NOTES.template]: 'fleet.fromTemplate',
  [FLEET_NOTES.whatIf]: 'fleet.fromWhatIf',
};

export function provenanceNoteText(t: TFunction, path: string, note: string | undefined): string {
  if (note === undefined) return '';
  const key = FIXED_NOTES[note];
  if (key) return t(key);
  const setting = path.replace(/^device\.settings\./, '');
  if (setting in NOT_IN_INTUNE && note === notInIntuneNote(setting))
    return t(`tenantImport.unknown.notes.notInIntune.${setting}`);
  return note;
}
