// A refused snapshot in the app's language: the reason worded here, its technical detail (JSON parser, schema path)
// kept as it was found. A failure without a known reason keeps the English text it came with.
import { i18n } from '../../i18n/index';
import type { SnapshotProblem } from '../../../simulator/import/snapshot';

export function snapshotProblemText(failure: { error: string; problem?: SnapshotProblem; detail?: string }): string {
  if (!failure.problem) return failure.error;
  return i18n().t(`tenantImport.snapshots.problem.${failure.problem}`, { detail: failure.detail ?? '' });
}
