// The apply plan's requests and results in the app's language. Requests and results that carry no action or code
// (from an older main process) keep the English text they came with.
import type { TFunction } from 'i18next';
import type { ApplyResult, PlannedAction } from '../../../simulator/import/index';

export function actionText(t: TFunction, item: { title: string; action?: PlannedAction }): string {
  if (!item.action) return item.title;
  const { kind, ...params } = item.action;
  return t(`tenantImport.apply.action.${kind}`, params);
}

export function applyOutcomeText(t: TFunction, result: ApplyResult): string {
  if (!result.code) return result.message;
  return t(`tenantImport.apply.outcome.${result.code}`, result.params ?? {});
}
