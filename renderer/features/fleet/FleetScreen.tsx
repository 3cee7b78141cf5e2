// Fleet readiness: every device × user of an export or a snapshot, evaluated class by class — totals by outcome,
// top blockers and fixes, a what-if for the whole fleet, every row in a virtualized table, and exports.
import { useState } from 'react';
import { Body1, Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { fleetHtmlReport, fleetReport, fleetRowsCsv } from '../../../simulator/fleet';
import { downloadText } from '../../platform/browser-download';
import { ScreenPage } from '../../ui/ScreenPage';
import { FleetInputs } from './FleetInputs';
import { BlockersPanel, FixesPanel, SourceSummary, UndecidedPanel, usePanelStyles } from './FleetPanels';
import { FleetTable } from './FleetTable';
import { OutcomeChart } from './OutcomeChart';
import { RowDetails } from './RowDetails';
import { WhatIfPanel } from './WhatIfPanel';
import { useFleetStore, type LoadedFleet } from './fleet-store';

const useStyles = makeStyles({
  stack: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalL,
    marginTop: tokens.spacingVerticalM,
  },
  exports: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

function baseName(label: string): string {
  return label.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '-') || 'fleet';
}

function Exports({ fleet, shown }: { fleet: LoadedFleet; shown: Uint32Array | null }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const after = useFleetStore((state) => state.after);
  const evaluation = after?.evaluation ?? fleet.evaluation;
  const name = `sspr-fleet-${baseName(fleet.input.source.label)}`;
  const report = () =>
    fleetReport(
      fleet.input,
      evaluation,
      fleet.topFixes,
      after ? { changes: after.changes.map(({ path, from, to }) => ({ path, from, to })), delta: after.delta } : null,
    );
  return (
    <div className={styles.exports} data-testid="fleet-exports">
      <Subtitle2 as="h2">{t('fleet.exports')}</Subtitle2>
      <Button
        onClick={() =>
          downloadText(fleetRowsCsv(fleet.input, evaluation, shown ?? undefined), `${name}-shown.csv`, 'text/csv')
        }
      >
        {t('fleet.exportCsvShown')}
      </Button>
      <Button onClick={() => downloadText(fleetRowsCsv(fleet.input, evaluation), `${name}.csv`, 'text/csv')}>
        {t('fleet.exportCsvAll')}
      </Button>
      <Button
        onClick={() =>
          downloadText(
            fleetHtmlReport(
              report(),
              new Date().toLocaleString(i18n.language),
              i18n.language === 'nl-NL' ? 'nl-NL' : 'en-US',
            ),
            `${name}.html`,
            'text/html',
          )
        }
      >
        {t('fleet.exportHtml')}
      </Button>
      <Button onClick={() => downloadText(JSON.stringify(report(), null, 2), `${name}.json`, 'application/json')}>
        {t('fleet.exportJson')}
      </Button>
    </div>
  );
}

function FleetResults({ fleet }: { fleet: LoadedFleet }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const panel = usePanelStyles();
  const after = useFleetStore((state) => state.after);
  const [selected, setSelected] = useState<number | null>(null);
  const [shown, setShown] = useState<Uint32Array | null>(null);
  const summary = (after?.evaluation ?? fleet.evaluation).summary;
  return (
    <div className={styles.stack}>
      <SourceSummary input={fleet.input} />
      <section className={panel.panel} aria-labelledby="fleet-totals" data-testid="fleet-totals">
        <Subtitle2 id="fleet-totals" as="h2" className={panel.heading}>
          {t('fleet.totals')}
        </Subtitle2>
        <OutcomeChart before={fleet.evaluation.summary} after={after?.evaluation.summary ?? null} />
        <Body1 as="p" data-testid="fleet-link-shown">
          {t('fleet.linkShown', { shown: summary.linkShown, count: summary.rows })}
        </Body1>
      </section>
      <WhatIfPanel />
      <BlockersPanel summary={summary} fixes={fleet.topFixes} />
      <FixesPanel fixes={fleet.topFixes} />
      <UndecidedPanel summary={summary} />
      <Exports fleet={fleet} shown={shown} />
      <FleetTable
        input={fleet.input}
        evaluation={after?.evaluation ?? fleet.evaluation}
        selected={selected}
        onSelect={setSelected}
        onRowsShown={setShown}
      />
      {selected !== null && selected < fleet.input.rowCount && <RowDetails fleet={fleet} row={selected} />}
    </div>
  );
}

export function FleetScreen() {
  const { t } = useTranslation();
  const fleet = useFleetStore((state) => state.fleet);
  return (
    <ScreenPage
      crumbs={t('fleet.crumbs')}
      title={t('fleet.title')}
      description={t('fleet.description')}
      testId="fleet-screen"
    >
      <FleetInputs />
      {fleet ? <FleetResults key={fleet.loadId} fleet={fleet} /> : <Body1>{t('fleet.empty')}</Body1>}
    </ScreenPage>
  );
}
