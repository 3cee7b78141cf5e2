// Device diagnostics: read a device's own dsregcmd, registry, MDM report and version files, review every fact
// with its source line, and apply them to the scenario; or learn how to collect them.
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { FolderOpen20Regular } from '@fluentui/react-icons/svg/folder-open';
import { useTranslation } from 'react-i18next';
import { ScreenPage } from '../../ui/ScreenPage';
import { openDiagnostics } from './actions';
import { CollectHelp } from './CollectHelp';
import { useDiagnosticsStore, type DiagnosticsTab } from './diagnostics-store';
import { ReviewPanel } from './ReviewPanel';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    marginBlock: tokens.spacingVerticalM,
  },
  tabs: { flexGrow: 1, display: 'flex', gap: tokens.spacingHorizontalXS },
  tab: { borderRadius: 0, borderBottom: `2px solid transparent` },
  selectedTab: { borderBottom: `2px solid ${tokens.colorCompoundBrandStroke}`, fontWeight: tokens.fontWeightSemibold },
});

const TABS: readonly DiagnosticsTab[] = ['review', 'collect'];

export function DiagnosticsScreen() {
  const { t } = useTranslation();
  const styles = useStyles();
  const tab = useDiagnosticsStore((state) => state.tab);
  const setTab = useDiagnosticsStore((state) => state.setTab);
  const busy = useDiagnosticsStore((state) => state.busy);
  const hasFindings = useDiagnosticsStore((state) => state.findings !== null);
  return (
    <ScreenPage
      crumbs={t('diagnostics.crumbs')}
      title={t('diagnostics.title')}
      description={t('diagnostics.description')}
      testId="diagnostics-screen"
    >
      <div className={styles.bar}>
        {/* A plain ARIA tab list: Fluent's TabList adds hidden focus sentinels that axe reports as focusable. */}
        <div
          role="tablist"
          className={styles.tabs}
          aria-label={t('diagnostics.tabs')}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
            event.preventDefault();
            const next = TABS[(TABS.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
            setTab(next);
            document.querySelector<HTMLElement>(`[data-testid="diagnostics-tab-${next}"]`)?.focus();
          }}
        >
          {TABS.map((value) => (
            <Button
              key={value}
              role="tab"
              appearance="subtle"
              aria-selected={tab === value}
              tabIndex={tab === value ? 0 : -1}
              className={mergeClasses(styles.tab, tab === value && styles.selectedTab)}
              onClick={() => setTab(value)}
              data-testid={`diagnostics-tab-${value}`}
            >
              {t(value === 'review' ? 'diagnostics.tabReview' : 'diagnostics.tabCollect')}
            </Button>
          ))}
        </div>
        <Button
          appearance={hasFindings ? 'secondary' : 'primary'}
          icon={<FolderOpen20Regular />}
          disabled={busy}
          onClick={() => void openDiagnostics()}
          data-testid="diagnostics-open"
        >
          {t('diagnostics.open')}
        </Button>
      </div>
      {tab === 'review' ? <ReviewPanel /> : <CollectHelp />}
    </ScreenPage>
  );
}
