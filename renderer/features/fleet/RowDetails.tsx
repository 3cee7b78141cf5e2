// One row: its verdict and the fields the rules read, each with where it came from (a column, a snapshot field or
// the template); "Open in the simulator" loads it with that provenance on every field.
import { useMemo } from 'react';
import {
  Badge,
  Button,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { getAt } from '../../../simulator/index';
import { ROW_TEXT_FIELDS, rowFactSource, rowFields, rowScenario } from '../../../simulator/fleet';
import { useAppStore } from '../../store/app-store';
import { useUiStore } from '../../store/ui-store';
import { OUTCOME_COLORS } from '../../ui/labels';
import { useFleetStore, type LoadedFleet } from './fleet-store';
import { useInputLabel, usePanelStyles } from './FleetPanels';
import { valueLabel } from '../diagnostics/labels';

/** The fields a devices export can give, and the template facts most often behind a verdict. */
const SHOWN_PATHS = [
  'device.os.family',
  'device.os.build',
  'device.os.ubr',
  'device.os.edition',
  'device.joinState',
  'device.intuneEnrolled',
  'user.registeredMethods',
  'user.adminRole',
  'session.kind',
  'tenant.sspr.enabled',
];

/** Values the diagnostics labels don't word: methods, session kinds and the SSPR scope. */
function useValueText() {
  const { t, i18n } = useTranslation();
  return (path: string, value: unknown): string => {
    if (path === 'user.registeredMethods' && Array.isArray(value))
      return value.length ? value.map((method) => t(`labels.method.${method}`)).join(', ') : valueLabel(t, path, value);
    if (typeof value === 'string' && path !== 'device.os.family') {
      const key = `fleet.value.${value.charAt(0).toLowerCase()}${value.slice(1)}`;
      if (value !== 'unknown' && i18n.exists(key)) return t(key);
    }
    return valueLabel(t, path, value);
  };
}

export function RowDetails({ fleet, row }: { fleet: LoadedFleet; row: number }) {
  const { t } = useTranslation();
  const styles = usePanelStyles();
  const label = useInputLabel();
  const valueText = useValueText();
  const after = useFleetStore((state) => state.after);
  const changes = after?.changes ?? [];
  const evaluation = after?.evaluation ?? fleet.evaluation;
  const scenario = useMemo(() => rowScenario(fleet.input, row, fleet.template, changes), [fleet, row, changes]);
  const verdict = evaluation.verdicts[fleet.input.classOf[row]];
  const fields = rowFields(fleet.input.text, row);
  const text = (field: (typeof ROW_TEXT_FIELDS)[number]) => fields[ROW_TEXT_FIELDS.indexOf(field)] ?? '';
  const title = `${text('deviceName') || t('fleet.noName')} × ${text('userPrincipalName') || t('fleet.noUser')}`;
  const from = (path: string) => {
    const provenance = scenario.provenance[path];
    if (!provenance) return '';
    if (provenance.kind === 'statedByAdmin') return t('fleet.fromTemplate');
    if (provenance.kind === 'unknown') return t('fleet.fromNowhere');
    if (provenance.kind === 'manual') return t('fleet.fromWhatIf');
    const source = rowFactSource(fleet.input, row, path);
    const file = fleet.input.source.label;
    if (source?.kind === 'devicesColumn') return t('fleet.fromColumn', { header: source.header, file, row: row + 1 });
    if (source?.kind === 'usersColumn')
      return t('fleet.fromUsersColumn', { header: source.header, file: source.file, user: text('userPrincipalName') });
    if (source?.kind === 'snapshot')
      return source.endpoint
        ? t('fleet.fromSnapshotField', { field: source.endpoint, file, row: row + 1 })
        : t('fleet.fromSnapshot', { file, row: row + 1 });
    return provenance.note ?? '';
  };
  const open = () => {
    // Named as the details heading names the row, in the reader's language.
    useAppStore.getState().loadScenario({ ...scenario, name: title }, { filePath: null, dirty: true });
    useUiStore.getState().notify('success', t('fleet.opened', { name: title }));
  };
  return (
    <section className={styles.panel} aria-labelledby="fleet-row-details" data-testid="fleet-row-details">
      <Subtitle2 id="fleet-row-details" as="h2" className={styles.heading}>
        {t('fleet.details')}: {title}
      </Subtitle2>
      <Caption1 as="p" className={styles.block}>
        <Badge appearance="tint" color={OUTCOME_COLORS[verdict.outcome]}>
          {t(`labels.outcome.${verdict.outcome}`)}
        </Badge>{' '}
        {t('fleet.link')}: {t(`fleet.linkValue.${verdict.passwordLink}`)}
        {verdict.deciding.length > 0 && ` · ${verdict.deciding.join(' ')}`}
      </Caption1>
      <Table size="small" aria-labelledby="fleet-row-details">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('fleet.field')}</TableHeaderCell>
            <TableHeaderCell>{t('fleet.fieldValue')}</TableHeaderCell>
            <TableHeaderCell>{t('fleet.from')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {SHOWN_PATHS.map((path) => (
            <TableRow key={path}>
              <TableCell title={path}>{label(path)}</TableCell>
              <TableCell>{valueText(path, getAt(scenario, path))}</TableCell>
              <TableCell>
                <Caption1>{from(path)}</Caption1>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Button appearance="primary" onClick={open} data-testid="fleet-open-row">
        {t('fleet.openInSimulator')}
      </Button>
    </section>
  );
}
