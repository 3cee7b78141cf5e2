// Every file, edit and view command, whether it comes from the desktop menu, a shortcut or the header bar.
import type { ExportKind, FileWriteReason, MenuCommand, MenuCommandDetail } from '../../preload/contract';
import { DEFAULT_SCENARIO, MAX_SCENARIO_FILE_BYTES } from '../../simulator/index';
import { findCaptureTarget, visibleBox } from '../features/preview/capture';
import { i18n } from '../i18n/index';
import { getApi } from '../platform/api';
import { confirmAction } from '../platform/dialogs';
import { useAppStore } from '../store/app-store';
import { useUiStore } from '../store/ui-store';

const SOURCES_URL = 'https://learn.microsoft.com/entra/identity/authentication/howto-sspr-windows';

export function fileNameOf(path: string | null): string | null {
  if (!path) return null;
  return path.split(/[\\/]/).pop() ?? path;
}

/** True when there is nothing unsaved, or the person agrees to lose it. */
export async function confirmDiscard(message = 'commands.discardMessage'): Promise<boolean> {
  if (!useAppStore.getState().dirty) return true;
  const t = i18n().t;
  return confirmAction({
    title: t('commands.discardTitle'),
    message: t(message),
    confirmLabel: t('commands.discard'),
    cancelLabel: t('commands.keepEditing'),
  });
}

export async function openScenario(recentPath?: string): Promise<void> {
  if (!(await confirmDiscard())) return;
  const api = getApi();
  const result = recentPath
    ? await api.invoke('scenario:openRecent', { path: recentPath })
    : await api.invoke('scenario:open', undefined);
  if (result.status === 'invalid') {
    // The current scenario stays exactly as it was; the dialog lists every problem.
    useUiStore.getState().setInvalidFile({
      fileName: fileNameOf(result.path ?? null) ?? i18n().t('commands.theFile'),
      problems: result.problems ?? [],
      ...(result.omitted ? { omitted: result.omitted } : {}),
    });
    return;
  }
  if (result.status === 'opened' && result.scenario) {
    useAppStore.getState().loadScenario(result.scenario, { filePath: result.path ?? null, dirty: false });
    useUiStore
      .getState()
      .notify('success', i18n().t('commands.opened', { name: fileNameOf(result.path ?? null) ?? scenarioWord() }));
  }
}

export async function saveScenario(saveAs: boolean): Promise<void> {
  const { scenario, filePath, markSaved } = useAppStore.getState();
  const ui = useUiStore.getState();
  // A file the app could not open again is never written; said here in the person's language, before any dialog.
  if (scenarioFileBytes(scenario) > MAX_SCENARIO_FILE_BYTES) {
    ui.notify('error', i18n().t('commands.notSaved', { error: writeFailureText('tooLarge', undefined) }));
    return;
  }
  const api = getApi();
  const result = await api.invoke('scenario:save', { scenario, path: filePath, saveAs: saveAs || !filePath });
  if (result.status === 'saved') {
    // Only clear the dirty flag if nothing changed while the dialog was open.
    if (useAppStore.getState().scenario === scenario) markSaved(result.path ?? filePath);
    await api.invoke('autosave:clear', undefined);
    ui.notify('success', i18n().t('commands.saved', { name: fileNameOf(result.path ?? null) ?? scenarioWord() }));
  } else if (result.status === 'failed') {
    const error = writeFailureText(result.reason, result.error) ?? i18n().t('commands.unknownError');
    ui.notify('error', i18n().t('commands.notSaved', { error }));
  }
}

export async function exportFile(kind: ExportKind): Promise<void> {
  const { scenario, options, language } = useAppStore.getState();
  const result = await getApi().invoke('export:file', { kind, scenario, options, language });
  reportExport(result.status, result.path, writeFailureText(result.reason, result.error));
}

export async function exportPng(): Promise<void> {
  const element = findCaptureTarget();
  if (!element) {
    useUiStore.getState().notify('warning', i18n().t('commands.noPreview'));
    return;
  }
  const box = visibleBox(element);
  const rect = {
    x: Math.round(box.x),
    y: Math.round(box.y),
    width: Math.round(box.width),
    height: Math.round(box.height),
  };
  const { scenario, look } = useAppStore.getState();
  const result = await getApi().invoke('export:png', {
    rect,
    suggestedName: `sign-in-${look}-${slug(scenario.name)}.png`,
  });
  reportExport(result.status, result.path, writeFailureText(result.reason, result.error));
}

function scenarioWord(): string {
  return i18n().t('commands.scenario');
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'scenario'
  );
}

/** Why main could not write the file, in the app's language; an unclassified failure keeps the system's own words. */
/** The size of the scenario as the file is written (indented JSON and a final newline). */
function scenarioFileBytes(scenario: unknown): number {
  return new TextEncoder().encode(`${JSON.stringify(scenario, null, 2)}\n`).length;
}

export function writeFailureText(reason: FileWriteReason | undefined, error: string | undefined): string | undefined {
  if (reason && reason !== 'other') return i18n().t(`fileWrite.${reason}`);
  return error;
}

function reportExport(status: string, path?: string, error?: string): void {
  const ui = useUiStore.getState();
  const t = i18n().t;
  if (status === 'saved') ui.notify('success', t('commands.exported', { name: fileNameOf(path ?? null) ?? '' }));
  else if (status === 'failed')
    ui.notify('error', t('commands.exportFailed', { error: error ?? t('commands.unknownError') }));
}

export async function newScenario(): Promise<void> {
  if (!(await confirmDiscard())) return;
  useAppStore.getState().loadScenario(DEFAULT_SCENARIO, { filePath: null, dirty: false });
  useUiStore.getState().showScreen('start');
}

export function runCommand(command: MenuCommand, detail?: MenuCommandDetail): void {
  const app = useAppStore.getState();
  const ui = useUiStore.getState();
  const failed = (error: unknown) => ui.notify('error', error instanceof Error ? error.message : String(error));
  switch (command) {
    case 'file.new':
      return void newScenario().catch(failed);
    case 'file.open':
      return void openScenario().catch(failed);
    case 'file.openDiagnostics':
      return void import('../features/diagnostics/actions').then((m) => m.openDiagnostics()).catch(failed);
    case 'file.openRecent':
      return void openScenario(detail?.path).catch(failed);
    case 'file.save':
      return void saveScenario(false).catch(failed);
    case 'file.saveAs':
      return void saveScenario(true).catch(failed);
    case 'export.reg':
      return void exportFile('reg').catch(failed);
    case 'export.intuneJson':
      return void exportFile('intuneJson').catch(failed);
    case 'export.htmlReport':
      return void exportFile('htmlReport').catch(failed);
    case 'export.png':
      return void exportPng().catch(failed);
    case 'edit.undo':
      // The desktop menu owns Ctrl+Z: inside a text box it undoes typing, elsewhere the scenario change.
      return textEditing() ? void document.execCommand('undo') : app.undo();
    case 'edit.redo':
      return textEditing() ? void document.execCommand('redo') : app.redo();
    case 'view.windows10':
      return app.setLook('windows10');
    case 'view.windows11':
      return app.setLook('windows11');
    case 'view.trainer':
      return app.setTrainerMode(!app.trainerMode);
    case 'help.sources':
      return void getApi().invoke('shell:openDoc', { url: SOURCES_URL }).catch(failed);
    case 'help.about':
      return ui.setAboutOpen(true);
  }
}

/** A text field has the focus (the browser's own undo applies there). */
function textEditing(): boolean {
  if (typeof document === 'undefined') return false;
  const active = document.activeElement;
  if (!active) return false;
  if (active instanceof HTMLTextAreaElement) return true;
  return (
    active instanceof HTMLInputElement &&
    ['text', 'search', 'url', 'email', 'number', 'password', 'tel'].includes(active.type)
  );
}
