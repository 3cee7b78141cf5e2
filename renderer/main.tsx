// Entry of the renderer (desktop window and browser edition alike).
import './app/zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n/index';
import { useAppStore } from './store/app-store';

// The catalogues are bundled: the first paint is already in the person's language.
initI18n(useAppStore.getState().language);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
