import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFile, checkRepository, findImports } from './layers';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('layer boundaries of the whole repository', () => {
  it('has no import that crosses a layer boundary', () => {
    const { files, violations } = checkRepository(root);
    // The scan must have seen the real layers, or an empty result would prove nothing.
    expect(files).toContain('simulator/index.ts');
    expect(files).toContain('preload/contract.ts');
    expect(files.length).toBeGreaterThan(10);
    const readable = violations.map((item) => `${item.file}:${item.line} imports "${item.specifier}": ${item.rule}`);
    expect(readable).toEqual([]);
  });
});

describe('import scanner', () => {
  it('finds static, multi-line, re-exported, side-effect, dynamic and require imports with line numbers', () => {
    const source = [
      "import { a } from './a';", // 1
      'import type { B } from "../b";', // 2
      'import {', // 3
      '  c,', // 4
      '  d as e,', // 5
      "} from './c';", // 6
      "import './side-effect.css';", // 7
      "export * from './d';", // 8
      "export { f } from './f';", // 9
      "const g = await import('./g');", // 10
      "const h = require('node:fs');", // 11
      "// import { nope } from 'commented-out';", // 12
      "/* import x from 'also-commented' */", // 13
    ].join('\n');
    expect(findImports(source).map(({ specifier, typeOnly, line }) => [specifier, typeOnly, line])).toEqual([
      ['./a', false, 1],
      ['../b', true, 2],
      ['./c', false, 3],
      ['./side-effect.css', false, 7],
      ['./d', false, 8],
      ['./f', false, 9],
      ['./g', false, 10],
      ['node:fs', false, 11],
    ]);
  });
});

describe('layer rules', () => {
  const rulesFor = (file: string, source: string) => checkFile(file, source).map((item) => item.rule);

  it('keeps the simulator pure', () => {
    expect(rulesFor('simulator/engine/x.ts', "import { readFileSync } from 'node:fs';")).toHaveLength(1);
    expect(rulesFor('simulator/engine/x.ts', "import path from 'path';")).toHaveLength(1);
    expect(rulesFor('simulator/engine/x.ts', "const fs = await import('fs/promises');")).toHaveLength(1);
    expect(rulesFor('simulator/engine/x.ts', "import { useState } from 'react';")).toHaveLength(1);
    expect(rulesFor('simulator/engine/x.ts', "import { Button } from '@fluentui/react-components';")).toHaveLength(1);
    expect(rulesFor('simulator/engine/x.ts', "import { create } from 'zustand';")).toHaveLength(1);
    expect(rulesFor('simulator/engine/x.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(rulesFor('simulator/engine/x.ts', "import { x } from '../../renderer/store';")).toHaveLength(1);
    expect(rulesFor('simulator/engine/x.ts', "import type { SsprApi } from '../../preload/contract';")).toHaveLength(1);
    expect(
      rulesFor('simulator/engine/x.ts', "import { z } from 'zod';\nimport { a } from '../model/scenario';"),
    ).toEqual([]);
  });

  it('lets only the command-line entry point of the simulator use Node', () => {
    expect(
      rulesFor(
        'simulator/cli/main.ts',
        "import { readFileSync } from 'node:fs';\nimport { version } from '../../package.json';",
      ),
    ).toEqual([]);
    expect(rulesFor('simulator/cli/format.ts', "import { readFileSync } from 'node:fs';")).toHaveLength(1);
    expect(rulesFor('simulator/cli/main.ts', "import { x } from '../../main/x';")).toHaveLength(1);
  });

  it('keeps the renderer away from Node, Electron and the main process', () => {
    expect(rulesFor('renderer/app/x.tsx', "import { ipcRenderer } from 'electron';")).toHaveLength(1);
    expect(rulesFor('renderer/app/x.tsx', "import os from 'node:os';")).toHaveLength(1);
    expect(rulesFor('renderer/app/x.tsx', "import { menu } from '../../main/menu';")).toHaveLength(1);
    expect(
      rulesFor(
        'renderer/app/x.tsx',
        "import type { SsprApi } from '../../preload/contract';\nimport { evaluate } from '../../simulator/index';",
      ),
    ).toEqual([]);
  });

  it('keeps the shell on top: features and shared building blocks never import renderer/app', () => {
    expect(rulesFor('renderer/features/start/Start.tsx', "import { runCommand } from '../../app/commands';")).toEqual([
      'a renderer feature may not import the app shell',
    ]);
    expect(rulesFor('renderer/features/device/screens/X.tsx', "import { Header } from '../../../app/Header';")).toEqual(
      ['a renderer feature may not import the app shell'],
    );
    expect(rulesFor('renderer/ui/fields/X.tsx', "import { App } from '../../app/App';")).toEqual([
      'renderer/ui may not import the app shell',
    ]);
    expect(rulesFor('renderer/ui/X.tsx', "import { PreviewPane } from '../features/preview/PreviewPane';")).toEqual([
      'renderer/ui may not import a feature',
    ]);
    expect(
      rulesFor(
        'renderer/features/start/Start.tsx',
        "import { Section } from '../../ui/fields';\nimport { useAppStore } from '../../store/app-store';",
      ),
    ).toEqual([]);
    expect(rulesFor('renderer/app/App.tsx', "import { StartScreen } from '../features/start/StartScreen';")).toEqual(
      [],
    );
  });

  it('limits preload to electron and the contract, and the contract to simulator types', () => {
    expect(
      rulesFor(
        'preload/preload.ts',
        "import { contextBridge } from 'electron';\nimport { CHANNELS } from './contract';",
      ),
    ).toEqual([]);
    expect(rulesFor('preload/preload.ts', "import { createDesktopApi } from './desktop-api';")).toEqual([]);
    expect(rulesFor('preload/preload.ts', "import { evaluate } from '../simulator/index';")).toHaveLength(1);
    expect(rulesFor('preload/desktop-api.ts', "import { app } from '../main/app';")).toHaveLength(1);
    expect(rulesFor('preload/preload.ts', "import fs from 'node:fs';")).toHaveLength(1);
    expect(rulesFor('preload/contract.ts', "import type { Scenario } from '../simulator/model/scenario';")).toEqual([]);
    expect(rulesFor('preload/contract.ts', "import { parseScenario } from '../simulator/model/parse';")).toHaveLength(
      1,
    );
    expect(rulesFor('preload/contract.ts', "import type { IpcMain } from 'electron';")).toHaveLength(1);
  });

  it('keeps the main process out of renderer code', () => {
    expect(rulesFor('main/window.ts', "import { App } from '../renderer/App';")).toHaveLength(1);
    expect(
      rulesFor(
        'main/window.ts',
        "import { BrowserWindow } from 'electron';\nimport { evaluate } from '../simulator/index';",
      ),
    ).toEqual([]);
  });
});
