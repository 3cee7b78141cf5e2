// A failed save or export tells the person why, in their language: every reason main reports has a sentence in
// English and Dutch, and the notice says the file on disk is unchanged.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RequestArg, RequestChannel, SaveResult, SsprApi } from '../../../preload/contract';
import { FILE_WRITE_REASONS } from '../../../main/files/atomic-write';
import { saveScenario, writeFailureText } from '../../../renderer/app/commands';
import { CATALOGUES, i18n } from '../../../renderer/i18n/index';
import { setApiForTesting } from '../../../renderer/platform/api';
import { useAppStore } from '../../../renderer/store/app-store';
import { useUiStore } from '../../../renderer/store/ui-store';

function failingApi(result: SaveResult): SsprApi {
  return {
    edition: 'desktop',
    async invoke<C extends RequestChannel>(channel: C, _arg: RequestArg<C>) {
      return (channel === 'scenario:save' ? result : undefined) as never;
    },
    onMenuCommand: () => () => undefined,
  };
}

afterEach(() => {
  void i18n().changeLanguage('en-US');
  vi.unstubAllGlobals();
});

describe('why a file was not written', () => {
  it.each(FILE_WRITE_REASONS.map((reason) => [reason]))('%s has a sentence in English and Dutch', (reason) => {
    for (const catalogue of Object.values(CATALOGUES)) {
      const texts = (catalogue as unknown as { fileWrite: Record<string, string> }).fileWrite;
      expect(texts[reason]).toMatch(/\S/);
    }
    expect(CATALOGUES['nl-NL'].fileWrite[reason]).not.toBe(CATALOGUES['en-US'].fileWrite[reason]);
  });

  it('keeps the system’s own words only for an unclassified failure', () => {
    expect(writeFailureText('other', 'Not saved: EXDEV')).toBe('Not saved: EXDEV');
    expect(writeFailureText(undefined, undefined)).toBeUndefined();
  });

  it('a save on a full disk says so, in Dutch too, and that the file on disk is unchanged', async () => {
    vi.stubGlobal('window', { confirm: vi.fn(() => true) });
    setApiForTesting(failingApi({ status: 'failed', path: '/x.json', error: 'Not saved: x', reason: 'diskFull' }));
    useUiStore.setState({ notices: [] });
    await saveScenario(false);
    expect(useUiStore.getState().notices.at(-1)?.text).toBe(
      'Not saved: the disk is full. The file on disk is unchanged.',
    );
    await i18n().changeLanguage('nl-NL');
    await saveScenario(false);
    expect(useUiStore.getState().notices.at(-1)?.text).toBe(
      'Niet opgeslagen: de schijf is vol. Het bestand op schijf is ongewijzigd.',
    );
  });

  it('a scenario too large to open again is not sent to be saved, and says why in Dutch', async () => {
    const invoke = vi.fn();
    setApiForTesting({ ...failingApi({ status: 'saved' }), invoke } as unknown as SsprApi);
    const before = useAppStore.getState().scenario;
    // Over 5 MB once written: a long note in the scenario's name field is enough to pass the cap.
    useAppStore.setState({ scenario: { ...before, name: 'x'.repeat(5 * 1024 * 1024) } });
    try {
      useUiStore.setState({ notices: [] });
      await i18n().changeLanguage('nl-NL');
      await saveScenario(true);
      expect(invoke).not.toHaveBeenCalled();
      expect(useUiStore.getState().notices.at(-1)?.text).toBe(
        `Niet opgeslagen: ${CATALOGUES['nl-NL'].fileWrite.tooLarge}. Het bestand op schijf is ongewijzigd.`,
      );
    } finally {
      useAppStore.setState({ scenario: before });
    }
  });
});
