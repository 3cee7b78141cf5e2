// The admin UI: header, left navigation, the configuration screen, and the live preview with verdict and fixes.
// In trainer mode the simulated device takes the whole window instead.
import { Suspense, lazy } from 'react';
import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { DiagnosticsDropTarget } from '../features/diagnostics/DropTarget';
import { FixesPanel } from '../features/fixes/FixesPanel';
import { PreviewPane } from '../features/preview/PreviewPane';
import { VerdictPanel } from '../features/verdict/VerdictPanel';
import { useAppStore } from '../store/app-store';
import { useUiStore } from '../store/ui-store';
import { setDialogService } from '../platform/dialogs';
import { setCommandHandler } from '../ui/command-bus';
import { PromptDialogs, fluentDialogs } from '../ui/dialogs/PromptDialogs';
import { runCommand } from './commands';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { NavPane } from './NavPane';
import { SCREEN_COMPONENTS } from './screens';
import { TrainerHost } from './TrainerHost';
import { useAppEffects } from './useAppEffects';
import { useTranslation } from 'react-i18next';

const InvalidFileDialog = lazy(() =>
  import('../ui/dialogs/InvalidFileDialog').then((m) => ({ default: m.InvalidFileDialog })),
);
// Banners only appear after an event (autosave found, file saved…), so their Fluent parts load on demand; the storage
// banner's chunk loads at start, asks main once whether its own files can be written, and shows only when not.
const RecoveryBar = lazy(() => import('./Banners').then((m) => ({ default: m.RecoveryBar })));
const Notices = lazy(() => import('./Banners').then((m) => ({ default: m.Notices })));
const StorageBanner = lazy(() => import('./Banners').then((m) => ({ default: m.StorageBanner })));
const HelpDialog = lazy(() => import('../ui/dialogs/HelpDialog').then((m) => ({ default: m.HelpDialog })));
const AboutDialog = lazy(() => import('../ui/dialogs/AboutDialog').then((m) => ({ default: m.AboutDialog })));

// Features run app commands through the bus; the shell is the one place that carries them out.
setCommandHandler(runCommand);
// Questions (discard changes? save as?) are Fluent dialogs in both editions, never window.confirm or prompt.
setDialogService(fluentDialogs);

const useStyles = makeStyles({
  root: { height: '100vh', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground2 },
  body: { flexGrow: 1, minHeight: 0, display: 'flex' },
  // Size containment on both panes: their size comes from the window, never from their contents, so a change inside
  // one (the fleet table's lines as it scrolls) lays out and repaints only that pane. Without it Chromium re-rasters
  // both panes on every scroll frame and the 100,000-row table drops below 60 fps (npm run bench:fleet-ui).
  center: {
    flexGrow: 1,
    minWidth: 0,
    overflowY: 'auto',
    contain: 'size',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  right: {
    contain: 'size',
    width: 'clamp(380px, 34vw, 620px)',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  loading: { padding: tokens.spacingHorizontalXXL },
  // Visible only while focused: the first Tab stop jumps straight to the simulated screen and the verdict.
  skip: {
    position: 'absolute',
    left: tokens.spacingHorizontalS,
    top: '-48px',
    zIndex: 1000,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
    ':focus': { top: tokens.spacingVerticalS, outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

function CurrentScreen() {
  const { t } = useTranslation();
  const screen = useUiStore((state) => state.screen);
  const Screen = SCREEN_COMPONENTS[screen];
  return (
    <ErrorBoundary name={t('app.thisScreen')} resetKey={screen}>
      <Suspense fallback={<div style={{ padding: 48 }}>{t('app.loading')}</div>}>
        <Screen />
      </Suspense>
    </ErrorBoundary>
  );
}

function AdminUi() {
  const { t } = useTranslation();
  const styles = useStyles();
  const invalidFile = useUiStore((state) => state.invalidFile);
  const aboutOpen = useUiStore((state) => state.aboutOpen);
  const helpOpen = useUiStore((state) => state.helpOpen);
  const hasRecovery = useUiStore((state) => state.recovery !== null);
  const hasNotices = useUiStore((state) => state.notices.length > 0);
  return (
    <div className={styles.root} data-testid="app-ready">
      <a href="#preview-pane" className={styles.skip} data-testid="skip-to-preview">
        {t('app.skipToPreview')}
      </a>
      <Header />
      <div className={styles.body}>
        <NavPane />
        <main className={styles.center} data-testid="main-pane">
          <Suspense fallback={null}>
            <StorageBanner />
          </Suspense>
          {hasRecovery && (
            <Suspense fallback={null}>
              <RecoveryBar />
            </Suspense>
          )}
          <CurrentScreen />
        </main>
        <aside
          id="preview-pane"
          tabIndex={-1}
          className={styles.right}
          aria-label={t('app.previewAndVerdict')}
          data-testid="right-pane"
        >
          <ErrorBoundary name={t('app.theSimulatedScreen')}>
            <PreviewPane />
          </ErrorBoundary>
          <ErrorBoundary name={t('app.theVerdict')}>
            <VerdictPanel>
              <FixesPanel />
            </VerdictPanel>
          </ErrorBoundary>
        </aside>
      </div>
      <Suspense fallback={null}>
        {invalidFile && <InvalidFileDialog />}
        {aboutOpen && <AboutDialog />}
        {helpOpen && <HelpDialog />}
      </Suspense>
      {hasNotices && (
        <Suspense fallback={null}>
          <Notices />
        </Suspense>
      )}
      <DiagnosticsDropTarget />
    </div>
  );
}

export function App() {
  useAppEffects();
  const theme = useAppStore((state) => state.theme);
  const trainerMode = useAppStore((state) => state.trainerMode);
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} data-theme={theme}>
      {trainerMode ? <TrainerHost /> : <AdminUi />}
      <PromptDialogs />
    </FluentProvider>
  );
}
