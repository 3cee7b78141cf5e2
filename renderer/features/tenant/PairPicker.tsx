// Device × user pairs of the open snapshot — a device's primary user, or a user's devices — and the chosen pair's
// scenario with its provenance, verdict and a button that loads it into the simulator.
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
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
    useUiStore.getState().notify('success', t('tenantImport.pairs.loaded', { name: scenario.name }));
  };

  return (
    <Section
      title={t('tenantImport.pairs.title')}
      description={t('tenantImport.pairs.description')}
      testId="tenant-pairs"
    >
      <div className={styles.controls}>
        <RadioGroup layout="horizontal" value={mode} onChange={(_, data) => setMode(data.value as PairQuery['mode'])}>
          <Radio value="primaryUser" label={t('tenantImport.pairs.primaryUser')} />
          <Radio value="userDevices" label={t('tenantImport.pairs.userDevices')} />
        </RadioGroup>
        <Field label={t('tenantImport.pairs.search')}>
          <Input
            value={search}
            onChange={(_, data) => setSearch(data.value)}
            placeholder={t('tenantImport.pairs.searchPlaceholder')}
            data-testid="tenant-pair-search"
          />
        </Field>
        <Body1>
          {t('tenantImport.pairs.total', { count: total })}
          {total > pairs.length ? `, ${t('tenantImport.pairs.firstShown', { count: pairs.length })}` : ''}
        </Body1>
      </div>
      <div className={styles.list}>
        <Table size="small" aria-label={t('tenantImport.pairs.list')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('tenantImport.pairs.device')}</TableHeaderCell>
              <TableHeaderCell>{t('tenantImport.pairs.user')}</TableHeaderCell>
              <TableHeaderCell>{t('tenantImport.pairs.pairing')}</TableHeaderCell>
              <TableHeaderCell />
            </TableRow>
          </TableHeader>
          <TableBody>
            {pairs.map((pair) => {
              const isSelected = selected?.deviceObjectId === pair.deviceObjectId && selected?.userId === pair.userId;
              return (
                <TableRow key={pair.key} aria-selected={isSelected} data-testid="tenant-pair-row">
                  <TableCell>{pair.deviceName || t('tenantImport.pairs.noDevice')}</TableCell>
                  <TableCell>{pair.userPrincipalName || t('tenantImport.pairs.noUser')}</TableCell>
                  <TableCell>{t(`tenantImport.pairs.basis.${pair.basis}`)}</TableCell>
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
                      {isSelected ? t('tenantImport.pairs.selected') : t('tenantImport.pairs.select')}
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
              <strong>{scenario.name}</strong>: {t('tenantImport.pairs.outcome')}{' '}
              <Badge appearance="outline" data-outcome={verdict.outcome}>
                {t(`tenantImport.pairs.outcomes.${verdict.outcome}`)}
              </Badge>
              , {t('tenantImport.pairs.link')}{' '}
              <Badge appearance="outline" data-link={verdict.passwordLink}>
                {t(`tenantImport.pairs.outcomes.${verdict.passwordLink}`)}
              </Badge>
              {verdict.undecided.length > 0 &&
                ` — ${t('tenantImport.pairs.undecided', { count: verdict.undecided.length })}`}
            </Body1>
            <Button appearance="primary" onClick={loadIntoSimulator} data-testid="tenant-load-scenario">
              {t('tenantImport.pairs.load')}
            </Button>
          </div>
          <UnknownFactsPanel scenario={scenario} />
          <ProvenanceView scenario={scenario} />
        </>
      )}
    </Section>
  );
}
