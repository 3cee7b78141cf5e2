// export:file (.reg, Intune Graph JSON, HTML report) and export:png (capturePage of the preview's bounds).
import { dialog } from 'electron';
import path from 'node:path';
import type { CaptureRect, ExportKind, SaveResult } from '../../preload/contract';
import { evaluate, fixes, type EvaluateOptions, type Scenario } from '../../simulator/index';
import {
  buildHtmlReport,
  buildIntuneProfileJson,
  buildRegistryFile,
  exportFileName,
  EXPORT_FORMATS,
  type ExportTarget,
} from '../../simulator/exports/index';
import { reasonOf, writeFileAtomically } from '../files/atomic-write';
import { describeError } from '../files/scenario-file';
import { dialogText } from '../dialog-text';
import type { MainServices } from '../services';
import { defineHandler, type HandlerGroup } from './registry';
import { requestSchemas } from './schemas';

export function exportHandlers(services: MainServices, now: () => Date = () => new Date()): HandlerGroup {
  return {
    name: 'export',
    handlers: [
      defineHandler('export:file', requestSchemas['export:file'], async ({ kind, scenario, options, language }) => {
        const content = buildExportContent(kind, scenario, options, {
          generatedAt: now().toISOString(),
          version: services.appVersion,
          language,
        });
        return saveWithDialog(services, kind, exportFileName(kind, scenario.name), content);
      }),
      defineHandler('export:png', requestSchemas['export:png'], async ({ rect, suggestedName }) => {
        const window = services.getWindow();
        if (!window || window.isDestroyed()) return { status: 'failed', error: 'The window is closed.' };
        const image = await window.webContents.capturePage(toWindowPixels(rect, window.webContents.getZoomFactor()));
        if (image.isEmpty()) return { status: 'failed', error: 'Nothing to capture in that area.' };
        return saveWithDialog(services, 'png', pngFileName(suggestedName), image.toPNG());
      }),
    ],
  };
}

export function buildExportContent(
  kind: ExportKind,
  scenario: Scenario,
  options: EvaluateOptions,
  meta: { generatedAt: string; version: string; language?: 'en-US' | 'nl-NL' },
): string {
  switch (kind) {
    case 'reg':
      return buildRegistryFile();
    case 'intuneJson':
      return buildIntuneProfileJson();
    case 'htmlReport':
      return buildHtmlReport({
        scenario,
        verdict: evaluate(scenario, options),
        fixes: fixes(scenario, options),
        generatedAt: meta.generatedAt,
        productVersion: meta.version,
        language: meta.language,
      });
  }
}

/** The page measures in CSS pixels; capturePage takes window (DIP) coordinates, which page zoom scales. */
export function toWindowPixels(rect: CaptureRect, zoomFactor: number): CaptureRect {
  const zoom = Number.isFinite(zoomFactor) && zoomFactor > 0 ? zoomFactor : 1;
  const x = Math.floor(rect.x * zoom);
  const y = Math.floor(rect.y * zoom);
  return {
    x,
    y,
    width: Math.ceil((rect.x + rect.width) * zoom) - x,
    height: Math.ceil((rect.y + rect.height) * zoom) - y,
  };
}

/** The renderer's suggestion reduced to a plain file name ending in .png. */
export function pngFileName(suggested: string): string {
  const base = path
    .basename(suggested.replace(/\\/g, '/'))
    .replace(/[<>:"|?*\u0000-\u001f]/g, '')
    .trim();
  if (!base || base === '.' || base === '..') return exportFileName('png');
  return /\.png$/i.test(base) ? base : `${base}.png`;
}

async function saveWithDialog(
  services: MainServices,
  target: ExportTarget,
  suggestedName: string,
  content: string | Uint8Array,
): Promise<SaveResult> {
  const format = EXPORT_FORMATS[target];
  const window = services.getWindow();
  const text = dialogText(services.language?.());
  const options = {
    title: text.exportTitle[target],
    defaultPath: path.join(services.documentsDir, suggestedName),
    filters: [{ name: text.fileType[target], extensions: [format.extension] }],
  };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  const filePath = path.resolve(choice.filePath);
  try {
    await services.writeFolders?.add(path.dirname(filePath));
    await writeFileAtomically(filePath, content);
    return { status: 'saved', path: filePath };
  } catch (error) {
    return {
      status: 'failed',
      path: filePath,
      error: `Not exported: ${describeError(error)}`,
      reason: reasonOf(error),
    };
  }
}
