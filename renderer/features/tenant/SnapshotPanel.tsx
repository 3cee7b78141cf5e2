// Saved snapshots (desktop) and "Open snapshot file…" (both editions): the tenant as imported, offline.
import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n/index';
import {
  Body1,
  Button,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { downloadText, pickTextFile } from '../../platform/browser-download';
import { Section } from '../../ui/fields/Section';
import { snapshotProblemText } from './snapshot-problem';
import { errorText, tenantApi } from './tenant-api';
import { useTenantStore } from './tenant-store';

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    marginBottom: tokens.spacingVerticalS,
  },
  current: { color: tokens.colorNeutralForeground2, flexBasis: '100%' },
});

export async function openSavedSnapshot(id: string): Promise<void> {
  const { setError, openSnapshot, setBusy } = useTenantStore.getState();
  setBusy(i18n().t('tenantImport.page.opening'));
  try {
    const result = await tenantApi.call('tenant:snapshots:open', { id });
    if (result.ok) await openSnapshot(result.snapshot, 'saved');
    else setError(snapshotProblemText(result));
  } catch (error) {
    setError(errorText(error));
  } finally {
    setBusy(null);
  }
}

export function SnapshotPanel() {
  const { t } = useTranslation();
  const styles = useStyles();
  const snapshots = useTenantStore((state) => state.snapshots);
  const open = useTenantStore((state) => state.open);
  const desktop = tenantApi.isDesktop();

  const openFile = async () => {
    const picked = await pickTextFile('.json,application/json');
    if (picked) await useTenantStore.getState().openSnapshotText(picked.text, picked.name);
  };

  return (
    <Section
      title={t('tenantImport.snapshots.title')}
      description={t('tenantImport.snapshots.description')}
      testId="tenant-snapshots"
    >
      <div className={styles.actions}>
        <Button onClick={openFile} data-testid="tenant-open-file">
          {t('tenantImport.snapshots.openFile')}
        </Button>
        {open && (
          <Button
            onClick={() =>
              downloadText(
                JSON.stringify(open.snapshot),
                `tenant-${open.snapshot.tenant.displayName.replace(/[^\w-]+/g, '-')}-${open.snapshot.id}.json`,
                'application/json',
              )
            }
          >
            {t('tenantImport.snapshots.saveFile')}
          </Button>
        )}
        {open && (
          <Caption1 className={styles.current} data-testid="tenant-open-snapshot">
            {t('tenantImport.snapshots.current', {
              tenant: open.snapshot.tenant.displayName,
              time: new Date(open.snapshot.completedAt).toLocaleString(),
              file: open.fileName ? ` (${open.fileName})` : '',
              devices: open.snapshot.devices.length.toLocaleString(),
              users: open.snapshot.users.length.toLocaleString(),
            })}
          </Caption1>
        )}
      </div>
      {desktop && snapshots.length === 0 && <Body1>{t('tenantImport.snapshots.none')}</Body1>}
      {desktop && snapshots.length > 0 && (
        <Table size="small" aria-label={t('tenantImport.snapshots.list')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('tenantImport.snapshots.tenant')}</TableHeaderCell>
              <TableHeaderCell>{t('tenantImport.snapshots.imported')}</TableHeaderCell>
              <TableHeaderCell>{t('tenantImport.snapshots.devices')}</TableHeaderCell>
              <TableHeaderCell>{t('tenantImport.snapshots.users')}</TableHeaderCell>
              <TableHeaderCell />
            </TableRow>
          </TableHeader>
          <TableBody>
            {snapshots.map((entry) => (
              <TableRow key={entry.id}>
                <TableCell>{entry.tenantName}</TableCell>
                <TableCell>{new Date(entry.completedAt).toLocaleString()}</TableCell>
                <TableCell>{entry.devices.toLocaleString()}</TableCell>
                <TableCell>{entry.users.toLocaleString()}</TableCell>
                <TableCell>
                  <Button
                    size="small"
                    onClick={() => openSavedSnapshot(entry.id)}
                    disabled={open?.snapshot.id === entry.id}
                  >
                    {open?.snapshot.id === entry.id
                      ? t('tenantImport.snapshots.opened')
                      : t('tenantImport.snapshots.open')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}
