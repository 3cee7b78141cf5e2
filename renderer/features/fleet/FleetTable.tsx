// Every row, virtualized (only the rows in view are in the DOM, so 100,000+ rows scroll smoothly): filter by
// outcome, rule, Windows version and join type, search by device or user, sort by a column. A row opens its details.
import { memo, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Badge, Caption1, Field, Input, Select, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { OUTCOMES, ROW_TEXT_FIELDS, rowFields, type FleetEvaluation, type FleetInput } from '../../../simulator/fleet';
import { OUTCOME_COLORS } from '../../ui/labels';
import {
  NO_FILTERS,
  classFact,
  visibleRows,
  windowsName,
  type RowFilters,
  type RowSort,
  type SortColumn,
} from './row-model';

const ROW_HEIGHT = 36;
const COLUMNS: { id: SortColumn; label: string; width: string }[] = [
  { id: 'device', label: 'fleet.device', width: 'minmax(140px, 1.3fr)' },
  { id: 'user', label: 'fleet.user', width: 'minmax(160px, 1.5fr)' },
  { id: 'osVersion', label: 'fleet.osVersion', width: 'minmax(110px, 0.9fr)' },
  { id: 'join', label: 'fleet.join', width: 'minmax(120px, 1fr)' },
  { id: 'outcome', label: 'fleet.outcome', width: 'minmax(110px, 0.8fr)' },
];
const GRID = `${COLUMNS.map((column) => column.width).join(' ')} minmax(110px, 1fr)`;

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalS },
  search: { minWidth: '220px', flexGrow: 1 },
  scroll: { overflowX: 'auto' },
  grid: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    minWidth: '760px',
  },
  head: {
    display: 'grid',
    gridTemplateColumns: GRID,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  headCell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    background: 'none',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
  },
  plainHead: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  body: { maxHeight: '420px', overflowY: 'auto', position: 'relative' },
  row: {
    display: 'grid',
    gridTemplateColumns: GRID,
    alignItems: 'center',
    position: 'absolute',
    left: 0,
    right: 0,
    height: `${ROW_HEIGHT}px`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  cell: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  count: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3 },
});

/**
 * One line of the table. Memoised: while scrolling, the lines already on screen keep their props (each is placed by
 * its own offset), so only the lines scrolled into view render.
 */
const FleetRow = memo(function FleetRow({
  input,
  evaluation,
  row,
  position,
  start,
  selected,
  onSelect,
}: {
  input: FleetInput;
  evaluation: FleetEvaluation;
  row: number;
  position: number;
  start: number;
  selected: boolean;
  onSelect(row: number): void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const classIndex = input.classOf[row];
  const verdict = evaluation.verdicts[classIndex];
  const fields = rowFields(input.text, row);
  const field = (name: (typeof ROW_TEXT_FIELDS)[number]) => fields[ROW_TEXT_FIELDS.indexOf(name)];
  const rules = [...verdict.deciding, ...verdict.undecided.map((rule) => rule.id)].join(' ');
  return (
    <div
      role="row"
      aria-rowindex={position + 2}
      aria-selected={selected}
      tabIndex={0}
      className={mergeClasses(styles.row, selected && styles.selected)}
      style={{ transform: `translateY(${start}px)` }}
      onClick={() => onSelect(row)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelect(row);
        }
      }}
      data-testid="fleet-row"
    >
      <div role="cell" className={styles.cell} title={field('deviceName')}>
        {field('deviceName') || t('fleet.noName')}
      </div>
      <div role="cell" className={styles.cell} title={field('userPrincipalName')}>
        {field('userPrincipalName') || t('fleet.noUser')}
      </div>
      <div role="cell" className={styles.cell}>
        {field('osVersion')}
      </div>
      <div role="cell" className={styles.cell}>
        {t(`fleet.joinState.${classFact(input, classIndex, 'device.joinState')}`)}
      </div>
      <div role="cell" className={styles.cell}>
        <Badge appearance="tint" color={OUTCOME_COLORS[verdict.outcome]}>
          {t(`labels.outcome.${verdict.outcome}`)}
        </Badge>
      </div>
      <div role="cell" className={styles.cell} title={rules}>
        {rules}
      </div>
    </div>
  );
});

/** The scrolling body: its own component, so a scroll re-renders only it and the lines that came into view. */
function VirtualRows({
  input,
  evaluation,
  rows,
  selected,
  onSelect,
}: {
  input: FleetInput;
  evaluation: FleetEvaluation;
  rows: Uint32Array;
  selected: number | null;
  onSelect(row: number): void;
}) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  return (
    <div
      ref={scroller}
      className={styles.body}
      style={{ height: Math.min(420, Math.max(1, rows.length) * ROW_HEIGHT) }}
      data-testid="fleet-rows"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <FleetRow
            key={rows[item.index]}
            input={input}
            evaluation={evaluation}
            row={rows[item.index]}
            position={item.index}
            start={item.start}
            selected={selected === rows[item.index]}
            onSelect={onSelect}
          />
        ))}
      </div>
    </div>
  );
}

export function FleetTable({
  input,
  evaluation,
  selected,
  onSelect,
  onRowsShown,
}: {
  input: FleetInput;
  evaluation: FleetEvaluation;
  selected: number | null;
  onSelect(row: number): void;
  onRowsShown?(rows: Uint32Array): void;
}) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const [filters, setFilters] = useState<RowFilters>(NO_FILTERS);
  const [sort, setSort] = useState<RowSort>({ column: 'row', descending: false });
  const search = useDeferredValue(filters.search);
  const { outcome, rule, os, join } = filters;
  const rows = useMemo(
    () => visibleRows(input, evaluation, { outcome, rule, os, join, search }, sort),
    [input, evaluation, outcome, rule, os, join, search, sort],
  );
  useEffect(() => onRowsShown?.(rows), [rows, onRowsShown]);

  const choices = useMemo(() => {
    const rules = new Set<string>();
    const os = new Set<string>();
    const joins = new Set<string>();
    input.classes.forEach((_, index) => {
      const verdict = evaluation.verdicts[index];
      for (const id of verdict.deciding) rules.add(id);
      for (const rule of verdict.undecided) rules.add(rule.id);
      os.add(classFact(input, index, 'device.os.family'));
      joins.add(classFact(input, index, 'device.joinState'));
    });
    return { rules: [...rules].sort(), os: [...os].sort(), joins: [...joins].sort() };
  }, [input, evaluation]);

  const osName = (family: string) => windowsName(family) ?? t('fleet.osUnknown');
  const joinName = (join: string) => t(`fleet.joinState.${join}`);
  const set = (patch: Partial<RowFilters>) => setFilters((current) => ({ ...current, ...patch }));
  const toggleSort = (column: SortColumn) =>
    setSort((current) => ({ column, descending: current.column === column ? !current.descending : false }));

  return (
    <section aria-label={t('fleet.table')} data-testid="fleet-table">
      <div className={styles.filters}>
        <Field label={t('fleet.search')} className={styles.search}>
          <Input
            value={filters.search}
            onChange={(_, data) => set({ search: data.value })}
            data-testid="fleet-search"
          />
        </Field>
        <Field label={t('fleet.outcome')}>
          <Select
            value={filters.outcome}
            onChange={(_, data) => set({ outcome: data.value })}
            data-testid="fleet-filter-outcome"
          >
            <option value="">{t('fleet.all')}</option>
            {OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(`labels.outcome.${outcome}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('fleet.filterRule')}>
          <Select
            value={filters.rule}
            onChange={(_, data) => set({ rule: data.value })}
            data-testid="fleet-filter-rule"
          >
            <option value="">{t('fleet.all')}</option>
            {choices.rules.map((rule) => (
              <option key={rule} value={rule}>
                {rule}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('fleet.filterOs')}>
          <Select value={filters.os} onChange={(_, data) => set({ os: data.value })} data-testid="fleet-filter-os">
            <option value="">{t('fleet.all')}</option>
            {choices.os.map((family) => (
              <option key={family} value={family}>
                {osName(family)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('fleet.filterJoin')}>
          <Select
            value={filters.join}
            onChange={(_, data) => set({ join: data.value })}
            data-testid="fleet-filter-join"
          >
            <option value="">{t('fleet.all')}</option>
            {choices.joins.map((join) => (
              <option key={join} value={join}>
                {joinName(join)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.scroll}>
        <div className={styles.grid} role="table" aria-label={t('fleet.table')} aria-rowcount={rows.length + 1}>
          <div className={styles.head} role="row">
            {COLUMNS.map((column) => (
              <button
                key={column.id}
                type="button"
                role="columnheader"
                className={styles.headCell}
                onClick={() => toggleSort(column.id)}
                aria-sort={sort.column === column.id ? (sort.descending ? 'descending' : 'ascending') : undefined}
                title={t('fleet.sortBy', { column: t(column.label) })}
                data-testid={`fleet-sort-${column.id}`}
              >
                {t(column.label)}
                {sort.column === column.id ? (sort.descending ? ' ↓' : ' ↑') : ''}
              </button>
            ))}
            <div role="columnheader" className={styles.plainHead}>
              {t('fleet.deciding')}
            </div>
          </div>
          <VirtualRows input={input} evaluation={evaluation} rows={rows} selected={selected} onSelect={onSelect} />
        </div>
      </div>
      <Caption1 className={styles.count} data-testid="fleet-row-count">
        {t('fleet.shownRows', {
          shown: rows.length.toLocaleString(i18n.language),
          total: input.rowCount.toLocaleString(i18n.language),
        })}
      </Caption1>
    </section>
  );
}
