// autosave:write / read / clear, shell:openDoc and app:storage (can the user-data folder be written?).
import { openDocUrl } from '../security/external-links';
import type { MainServices } from '../services';
import { defineHandler, type HandlerGroup } from './registry';
import { requestSchemas } from './schemas';

export function appHandlers(services: MainServices): HandlerGroup {
  return {
    name: 'app',
    handlers: [
      defineHandler('autosave:write', requestSchemas['autosave:write'], ({ scenario, path }) =>
        services.autosave.write(scenario, path),
      ),
      defineHandler('autosave:read', requestSchemas['autosave:read'], () => services.autosave.readRecoverable()),
      defineHandler('autosave:clear', requestSchemas['autosave:clear'], () => services.autosave.clear()),
      defineHandler('shell:openDoc', requestSchemas['shell:openDoc'], ({ url }) => openDocUrl(url)),
      defineHandler('app:storage', requestSchemas['app:storage'], () => services.storage.status()),
    ],
  };
}
