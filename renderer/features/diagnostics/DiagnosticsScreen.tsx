// Device diagnostics: read a device's own dsregcmd, registry, MDM report and version files, review every fact
// with its source line, and apply them to the scenario; or learn how to collect them.
import { Button, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
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
  tabs: { flexGrow: 1 },
});

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
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as DiagnosticsTab)}
          aria-label={t('diagnostics.tabs')}
        >
          <Tab value="review" data-testid="diagnostics-tab-review">
            {t('diagnostics.tabReview')}
          </Tab>
          <Tab value="collect" data-testid="diagnostics-tab-collect">
            {t('diagnostics.tabCollect')}
          </Tab>
        </TabList>
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
