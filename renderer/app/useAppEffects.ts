// Wiring between the store and the outside: menu commands, title / dirty state, autosave and crash recovery,
// and the simulated screens' language.
import { useEffect } from 'react';
import { setAppLanguage } from '../i18n/index';
import { getApi } from '../platform/api';
import { useAppStore, type Language } from '../store/app-store';
import { useUiStore } from '../store/ui-store';
import { fileNameOf, runCommand } from './commands';

export const AUTOSAVE_DELAY_MS = 800;

export function useAppEffects(): void {
  useEffect(() => getApi().onMenuCommand(runCommand), []);

  useEffect(() => {
    const api = getApi();
    const send = ({ filePath, dirty, language }: { filePath: string | null; dirty: boolean; language: Language }) =>
      void api.invoke('window:state', { fileName: fileNameOf(filePath), dirty, language }).catch(() => undefined);
    send(useAppStore.getState());
    return useAppStore.subscribe((state, previous) => {
      if (
        state.filePath !== previous.filePath ||
        state.dirty !== previous.dirty ||
        state.language !== previous.language
      )
        send(state);
    });
  }, []);

  useEffect(() => {
    const api = getApi();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.scenario === previous.scenario && state.dirty === previous.dirty) return;
      clearTimeout(timer);
      if (!state.dirty) {
        if (previous.dirty) void api.invoke('autosave:clear', undefined).catch(() => undefined);
        return;
      }
      timer = setTimeout(() => {
        const { scenario, filePath, dirty } = useAppStore.getState();
        if (dirty) void api.invoke('autosave:write', { scenario, path: filePath }).catch(() => undefined);
      }, AUTOSAVE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);

  useEffect(() => {
    // The browser edition has no close prompt of its own; the desktop main process asks before closing instead
    // (a beforeunload handler there would silently cancel the close).
    if (getApi().edition !== 'browser') return;
    const warn = (event: BeforeUnloadEvent) => {
      if (useAppStore.getState().dirty) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  useEffect(() => {
    let cancelled = false;
    getApi()
      .invoke('autosave:read', undefined)
      .then((record) => {
        if (!cancelled && record) useUiStore.getState().setRecovery(record);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);

  const language = useAppStore((state) => state.language);
  useEffect(() => {
    // One language for the admin UI and the simulated screens; i18next re-renders every translated component.
    setAppLanguage(language);
  }, [language]);
}
