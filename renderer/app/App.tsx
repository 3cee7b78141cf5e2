// The admin UI: header, left navigation, the configuration screen, and the live preview with verdict and fixes.
// In trainer mode the simulated device takes the whole window instead.
import { Suspense, lazy } from 'react';
import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { FixesPanel } from '../features/fixes/FixesPanel';
import { PreviewPane } from '../features/preview/PreviewPane';
import { VerdictPanel } from '../features/verdict/VerdictPanel';
import { useAppStore } from '../store/app-store';
import { useUiStore } from '../store/ui-store';
import { setCommandHandler } from '../ui/command-bus';
import { runCommand } from './commands';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { NavPane } from './NavPane';
import { SCREEN_COMPONENTS } from './screens';
import { TrainerHost } from './TrainerHost';
import { useAppEffects } from './useAppEffects';

const InvalidFileDialog = lazy(() =>
  import('../ui/dialogs/InvalidFileDialog').then((m) => ({ default: m.InvalidFileDialog })),
);
// Banners only appear after an event (autosave found, file saved…), so their Fluent parts load on demand.
const RecoveryBar = lazy(() => import('./Banners').then((m) => ({ default: m.RecoveryBar })));
const Notices = lazy(() => import('./Banners').then((m) => ({ default: m.Notices })));
const AboutDialog = lazy(() => import('../ui/dialogs/AboutDialog').then((m) => ({ default: m.AboutDialog })));

// Features run app commands through the bus; the shell is the one place that carries them out.
setCommandHandler(runCommand);

const useStyles = makeStyles({
  root: { height: '100vh', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground2 },
  body: { flexGrow: 1, minHeight: 0, display: 'flex' },
  center: { flexGrow: 1, minWidth: 0, overflowY: 'auto', backgroundColor: tokens.colorNeutralBackground2 },
  right: {
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
});

function CurrentScreen() {
  const screen = useUiStore((state) => state.screen);
  const Screen = SCREEN_COMPONENTS[screen];
  return (
    <ErrorBoundary name="This screen" resetKey={screen}>
      <Suspense fallback={<div style={{ padding: 48 }}>Loading…</div>}>
        <Screen />
      </Suspense>
    </ErrorBoundary>
  );
}

function AdminUi() {
  const styles = useStyles();
  const invalidFile = useUiStore((state) => state.invalidFile);
  const aboutOpen = useUiStore((state) => state.aboutOpen);
  const hasRecovery = useUiStore((state) => state.recovery !== null);
  const hasNotices = useUiStore((state) => state.notices.length > 0);
  return (
    <div className={styles.root} data-testid="app-ready">
      <Header />
      <div className={styles.body}>
        <NavPane />
        <main className={styles.center} data-testid="main-pane">
          {hasRecovery && (
            <Suspense fallback={null}>
              <RecoveryBar />
            </Suspense>
          )}
          <CurrentScreen />
        </main>
        <aside className={styles.right} aria-label="Preview and verdict" data-testid="right-pane">
          <ErrorBoundary name="The simulated sign-in screen">
            <PreviewPane />
          </ErrorBoundary>
          <ErrorBoundary name="The verdict">
            <VerdictPanel>
              <FixesPanel />
            </VerdictPanel>
          </ErrorBoundary>
        </aside>
      </div>
      <Suspense fallback={null}>
        {invalidFile && <InvalidFileDialog />}
        {aboutOpen && <AboutDialog />}
      </Suspense>
      {hasNotices && (
        <Suspense fallback={null}>
          <Notices />
        </Suspense>
      )}
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
    </FluentProvider>
  );
}
