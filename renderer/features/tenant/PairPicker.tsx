// Device × user pairs of the open snapshot — a device's primary user, or a user's devices — and the chosen pair's
// scenario with its provenance, verdict and a button that loads it into the simulator.
import { useDeferredValue, useMemo, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { evaluate } from '../../../simulator/index';
import { listPairs, scenarioFromSnapshot, type PairQuery } from '../../../simulator/import/index';
import { useAppStore } from '../../store/app-store';
import { useUiStore } from '../../store/ui-store';
import { Section } from '../../ui/fields/Section';
import { ProvenanceView } from './ProvenanceView';
import { UnknownFactsPanel } from './UnknownFactsPanel';
import { useTenantStore, type OpenSnapshot } from './tenant-store';

const LIST_LIMIT = 100;

const BASIS_LABELS = {
  primaryUser: 'Primary user',
  noPrimaryUser: 'No primary user',
  userDevice: "User's device",
  userWithoutDevice: 'No device',
  chosen: 'Chosen',
} as const;

const useStyles = makeStyles({
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    alignItems: 'end',
    marginBottom: tokens.spacingVerticalS,
  },
  verdictText: { flex: '1 1 320px' },
  list: { maxHeight: '320px', overflowY: 'auto', marginBottom: tokens.spacingVerticalM },
  verdict: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    marginBlock: tokens.spacingVerticalS,
  },
});

export function PairPicker({ open }: { open: OpenSnapshot }) {
  const styles = useStyles();
  const [mode, setMode] = useState<PairQuery['mode']>('primaryUser');
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const statements = useTenantStore((state) => state.statements);
  const selected = useTenantStore((state) => state.selectedPair);

  const { pairs, total } = useMemo(
    () => listPairs(open.index, { mode, search: deferredSearch, limit: LIST_LIMIT }),
    [open.index, mode, deferredSearch],
  );
  const scenario = useMemo(
    () => (selected ? scenarioFromSnapshot(open.index, selected, statements) : null),
    [open.index, selected, statements],
  );
  const verdict = useMemo(() => (scenario ? evaluate(scenario) : null), [scenario]);

  const loadIntoSimulator = () => {
    if (!scenario) return;
    useAppStore.getState().loadScenario(scenario, { filePath: null, dirty: true });
    useUiStore.getState().notify('success', `Loaded "${scenario.name}" into the simulator.`);
  };

  return (
    <Section
      title="Device × user"
      description="Pick the pair to simulate. Fields Graph does not give stay unknown; the verdict names the rules they leave undecided."
      testId="tenant-pairs"
    >
      <div className={styles.controls}>
        <RadioGroup layout="horizontal" value={mode} onChange={(_, data) => setMode(data.value as PairQuery['mode'])}>
          <Radio value="primaryUser" label="A device's primary user" />
          <Radio value="userDevices" label="A user's devices" />
        </RadioGroup>
        <Field label="Search">
          <Input
            value={search}
            onChange={(_, data) => setSearch(data.value)}
            placeholder="Device name or user"
            data-testid="tenant-pair-search"
          />
        </Field>
        <Body1>
          {total.toLocaleString()} pair(s){total > pairs.length ? `, first ${pairs.length} shown` : ''}
        </Body1>
      </div>
      <div className={styles.list}>
        <Table size="small" aria-label="Device and user pairs">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Device</TableHeaderCell>
              <TableHeaderCell>User</TableHeaderCell>
              <TableHeaderCell>Pairing</TableHeaderCell>
              <TableHeaderCell />
            </TableRow>
          </TableHeader>
          <TableBody>
            {pairs.map((pair) => {
              const isSelected = selected?.deviceObjectId === pair.deviceObjectId && selected?.userId === pair.userId;
              return (
                <TableRow key={pair.key} aria-selected={isSelected} data-testid="tenant-pair-row">
                  <TableCell>{pair.deviceName}</TableCell>
                  <TableCell>{pair.userPrincipalName}</TableCell>
                  <TableCell>{BASIS_LABELS[pair.basis]}</TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      appearance={isSelected ? 'primary' : 'secondary'}
                      onClick={() =>
                        useTenantStore
                          .getState()
                          .selectPair({ deviceObjectId: pair.deviceObjectId, userId: pair.userId })
                      }
                    >
                      {isSelected ? 'Selected' : 'Select'}
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      {scenario && verdict && (
        <>
          <div className={styles.verdict} data-testid="tenant-pair-verdict">
            <Body1 className={styles.verdictText}>
              <strong>{scenario.name}</strong>: outcome <Badge appearance="outline">{verdict.outcome}</Badge>, Reset
              password link <Badge appearance="outline">{verdict.passwordLink}</Badge>
              {verdict.undecided.length > 0 &&
                ` — ${verdict.undecided.length} rule(s) undecided for lack of information`}
            </Body1>
            <Button appearance="primary" onClick={loadIntoSimulator} data-testid="tenant-load-scenario">
              Load into simulator
            </Button>
          </div>
          <UnknownFactsPanel scenario={scenario} />
          <ProvenanceView scenario={scenario} />
        </>
      )}
    </Section>
  );
}
