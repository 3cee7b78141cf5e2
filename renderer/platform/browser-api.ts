// The browser edition of SsprApi: the same typed channels as the desktop preload, backed by localStorage,
// a file input, downloads and html-to-image. Keyboard shortcuts stand in for the desktop menu accelerators.
import type {
  AutosaveRecord,
  MenuCommand,
  MenuCommandDetail,
  OpenResult,
  RequestArg,
  RequestChannel,
  RequestChannels,
  RequestResult,
  SaveResult,
  SsprApi,
} from '../../preload/contract';
import { evaluate, fixes, MAX_SCENARIO_FILE_BYTES, parseScenarioBytes, parseScenarioJson } from '../../simulator/index';
import { findCaptureTarget } from '../features/preview/capture';
import { i18n } from '../i18n/index';
import { downloadBlob, downloadText, pickFileBytes } from './browser-download';
import { askFileName } from './dialogs';
import { commandForKey } from './shortcuts';

export const AUTOSAVE_KEY = 'sspr-preview.autosave';
const RECENT_KEY = 'sspr-preview.recent';
const RECENT_LIMIT = 8;

/** Documentation hosts the app may open (same allow-list idea as the desktop shell). */
const DOC_HOSTS = new Set(['learn.microsoft.com', 'support.microsoft.com', 'github.com', 'aka.ms']);

/** Tenant connection needs the desktop main process (MSAL, encrypted token cache); the browser edition has none. */
export type DesktopOnlyChannel = Extract<RequestChannel, `tenant:${string}`>;
type BrowserChannel = Exclude<RequestChannel, DesktopOnlyChannel>;
type Handlers = { [C in BrowserChannel]: (arg: RequestArg<C>) => Promise<RequestResult<C>> | RequestResult<C> };

export class DesktopOnlyError extends Error {
  constructor(channel: string) {
    super(`${channel} needs the desktop app: the browser edition cannot sign in to a tenant.`);
    this.name = 'DesktopOnlyError';
  }
}

function readJson<T>(key: string): T | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

function rememberRecent(name: string): void {
  const recent = (readJson<string[]>(RECENT_KEY) ?? []).filter((entry) => entry !== name);
  recent.unshift(name);
  localStorage.setItem(RECENT_KEY, JSON.stringify(recent.slice(0, RECENT_LIMIT)));
}

function ensureJsonName(name: string): string {
  return /\.json$/i.test(name) ? name : `${name}.json`;
}

async function openScenarioFile(): Promise<OpenResult> {
  const picked = await pickFileBytes('.json,application/json', MAX_SCENARIO_FILE_BYTES);
  if (!picked) return { status: 'cancelled' };
  const parsed = parseScenarioBytes(picked.bytes, { label: picked.name, size: picked.size });
  if (!parsed.ok) return { status: 'invalid', path: picked.name, problems: parsed.problems, omitted: parsed.omitted };
  rememberRecent(picked.name);
  return { status: 'opened', path: picked.name, scenario: parsed.scenario };
}

async function exportFile(arg: RequestArg<'export:file'>): Promise<SaveResult> {
  const exportsModule = await import('../../simulator/exports/index');
  const { exportFileName, EXPORT_FORMATS } = exportsModule;
  const format = EXPORT_FORMATS[arg.kind];
  const fileName = exportFileName(arg.kind, arg.scenario.name);
  let text: string;
  if (arg.kind === 'reg') text = exportsModule.buildRegistryFile();
  else if (arg.kind === 'intuneJson') text = exportsModule.buildIntuneProfileJson();
  else {
    text = exportsModule.buildHtmlReport({
      scenario: arg.scenario,
      verdict: evaluate(arg.scenario, arg.options),
      fixes: fixes(arg.scenario, arg.options),
      generatedAt: new Date().toISOString(),
      language: arg.language ?? (document.documentElement.lang === 'nl-NL' ? 'nl-NL' : 'en-US'),
    });
  }
  downloadText(text, fileName, format.mimeType);
  return { status: 'saved', path: fileName };
}

/**
 * The desktop edition captures `rect` from the window; here the screen element is drawn at its own layout size
 * (1280×720, without the scale that fits it into the pane), which gives a sharper image than the rect would.
 */
async function exportPng(arg: RequestArg<'export:png'>): Promise<SaveResult> {
  const target = findCaptureTarget();
  if (!target) return { status: 'failed', error: i18n().t('commands.noScreenOnPage') };
  const { toBlob } = await import('html-to-image');
  const width = target.offsetWidth;
  const height = target.offsetHeight;
  const blob = await toBlob(target, {
    width,
    height,
    pixelRatio: 1,
    cacheBust: false,
    style: { transform: 'none', margin: '0' },
  });
  if (!blob) return { status: 'failed', error: i18n().t('commands.browserCouldNotDraw') };
  const fileName = arg.suggestedName.endsWith('.png') ? arg.suggestedName : `${arg.suggestedName}.png`;
  downloadBlob(blob, fileName);
  return { status: 'saved', path: fileName };
}

function openDoc(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || !DOC_HOSTS.has(parsed.hostname)) return false;
  window.open(parsed.href, '_blank', 'noopener,noreferrer');
  return true;
}

/** Whether the last autosave into localStorage failed (quota exceeded, storage blocked by the browser). */
let autosaveFailed = false;

const handlers: Handlers = {
  'scenario:open': () => openScenarioFile(),
  // A browser can't reopen a file by name without the user picking it again.
  'scenario:openRecent': () => openScenarioFile(),
  'scenario:recent': () => readJson<string[]>(RECENT_KEY) ?? [],
  'scenario:save': async ({ scenario, path, saveAs }) => {
    const suggested = path ?? `${scenario.name || 'scenario'}.json`;
    const t = i18n().t;
    const name = saveAs
      ? await askFileName({
          title: t('commands.saveAsTitle'),
          label: t('commands.fileName'),
          suggested,
          confirmLabel: t('commands.save'),
          cancelLabel: t('commands.cancel'),
        })
      : suggested;
    if (!name) return { status: 'cancelled' };
    const fileName = ensureJsonName(name.trim());
    downloadText(`${JSON.stringify(scenario, null, 2)}\n`, fileName, 'application/json');
    rememberRecent(fileName);
    return { status: 'saved', path: fileName };
  },
  'autosave:write': ({ scenario, path }) => {
    const record: AutosaveRecord = { savedAt: new Date().toISOString(), path, scenario };
    try {
      localStorage.setItem(AUTOSAVE_KEY, JSON.stringify(record));
      autosaveFailed = false;
    } catch {
      // Quota exceeded or storage blocked: autosave is best effort, and the storage banner says so.
      autosaveFailed = true;
    }
  },
  'autosave:read': () => {
    const record = readJson<AutosaveRecord>(AUTOSAVE_KEY);
    if (!record) return null;
    // Stored data is untrusted: validate it like any opened file.
    const parsed = parseScenarioJson(JSON.stringify(record.scenario));
    return parsed.ok ? { ...record, scenario: parsed.scenario } : null;
  },
  'autosave:clear': () => localStorage.removeItem(AUTOSAVE_KEY),
  'export:file': (arg) => exportFile(arg),
  'export:png': (arg) => exportPng(arg),
  'shell:openDoc': ({ url }) => openDoc(url),
  'diagnostics:open': async () => {
    const { pickDiagnosticFiles, readDiagnosticFiles } = await import('../features/diagnostics/read-files');
    const files = await pickDiagnosticFiles();
    return files
      ? { status: 'opened', readings: await readDiagnosticFiles(files) }
      : { status: 'cancelled', readings: [] };
  },
  'app:storage': () =>
    autosaveFailed
      ? { persistent: false, reason: 'diskFull', stores: ['autosave'] }
      : { persistent: true, reason: null, stores: [] },
  'window:state': ({ fileName, dirty }) => {
    document.title = `${dirty ? '● ' : ''}${fileName ?? i18n().t('header.untitled')} — SSPR Preview`;
  },
};

export function createBrowserApi(target: Window = window): SsprApi {
  const listeners = new Set<(command: MenuCommand, detail?: MenuCommandDetail) => void>();
  target.addEventListener('keydown', (event) => {
    const command = commandForKey(event);
    if (!command || listeners.size === 0) return;
    event.preventDefault();
    for (const listener of listeners) listener(command);
  });
  return {
    edition: 'browser',
    async invoke<C extends RequestChannel>(channel: C, arg: RequestArg<C>): Promise<RequestResult<C>> {
      if (!Object.hasOwn(handlers, channel)) throw new DesktopOnlyError(channel);
      const handler = handlers[channel as BrowserChannel] as unknown as (
        value: RequestArg<C>,
      ) => ReturnType<RequestChannels[C]> | Promise<ReturnType<RequestChannels[C]>>;
      return await handler(arg);
    },
    onMenuCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
