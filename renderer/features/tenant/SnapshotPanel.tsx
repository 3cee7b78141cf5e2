// Saved snapshots (desktop) and "Open snapshot file…" (both editions): the tenant as imported, offline.
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
  setBusy('Opening the snapshot…');
  try {
    const result = await tenantApi.call('tenant:snapshots:open', { id });
    if (result.ok) await openSnapshot(result.snapshot, 'saved');
    else setError(result.error);
  } catch (error) {
    setError(errorText(error));
  } finally {
    setBusy(null);
  }
}

export function SnapshotPanel() {
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
      title="Snapshots"
      description="Each complete import is saved with its time. Open one to work offline."
      testId="tenant-snapshots"
    >
      <div className={styles.actions}>
        <Button onClick={openFile} data-testid="tenant-open-file">
          Open snapshot file…
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
            Save snapshot file…
          </Button>
        )}
        {open && (
          <Caption1 className={styles.current} data-testid="tenant-open-snapshot">
            Open: {open.snapshot.tenant.displayName}, imported {new Date(open.snapshot.completedAt).toLocaleString()}
            {open.fileName ? ` (${open.fileName})` : ''} — {open.snapshot.devices.length.toLocaleString()} devices,{' '}
            {open.snapshot.users.length.toLocaleString()} users
          </Caption1>
        )}
      </div>
      {desktop && snapshots.length === 0 && <Body1>No snapshot yet: sign in and import.</Body1>}
      {desktop && snapshots.length > 0 && (
        <Table size="small" aria-label="Saved snapshots">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Tenant</TableHeaderCell>
              <TableHeaderCell>Imported</TableHeaderCell>
              <TableHeaderCell>Devices</TableHeaderCell>
              <TableHeaderCell>Users</TableHeaderCell>
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
                    {open?.snapshot.id === entry.id ? 'Opened' : 'Open'}
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
