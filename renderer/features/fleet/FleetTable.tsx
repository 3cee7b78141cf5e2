// Every row, virtualized (only the rows in view are in the DOM, so 100,000+ rows scroll smoothly): filter by
// outcome, rule, Windows version and join type, search by device or user, sort by a column. A row opens its details.
import { memo, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  Caption1,
  Field,
  Input,
  Select,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../simulator/index';
import {
  OUTCOMES,
  ROW_TEXT_FIELDS,
  rowFields,
  type FleetEvaluation,
  type FleetInput,
  type RowTextData,
} from '../../../simulator/fleet';
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
const DEVICE_FIELD = ROW_TEXT_FIELDS.indexOf('deviceName');
const USER_FIELD = ROW_TEXT_FIELDS.indexOf('userPrincipalName');
const VERSION_FIELD = ROW_TEXT_FIELDS.indexOf('osVersion');
const COLUMNS: { id: SortColumn; label: string; width: string }[] = [
  { id: 'device', label: 'fleet.device', width: 'minmax(140px, 1.3fr)' },
  { id: 'user', label: 'fleet.user', width: 'minmax(160px, 1.5fr)' },
  { id: 'osVersion', label: 'fleet.osVersion', width: 'minmax(110px, 0.9fr)' },
  { id: 'join', label: 'fleet.join', width: 'minmax(120px, 1fr)' },
  { id: 'outcome', label: 'fleet.outcome', width: 'minmax(110px, 0.8fr)' },
];
const GRID = `${COLUMNS.map((column) => column.width).join(' ')} minmax(110px, 1fr)`;

function outcomePill(background: string, color: string, border: string) {
  return {
    display: 'inline-block',
    maxWidth: '100%',
    boxSizing: 'border-box' as const,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusCircular,
    ...shorthands.border('1px', 'solid', border),
    backgroundColor: background,
    color,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: '18px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    verticalAlign: 'middle',
  };
}

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
  // Size containment: scrolling repaints and lays out only the scroller, never the page around it.
  // Own compositor layer with an opaque background: a scroll moves the layer and paints only the lines that came
  // into view (otherwise Chromium repaints the scroller into the page on every frame).
  body: {
    maxHeight: '420px',
    overflowY: 'auto',
    position: 'relative',
    contain: 'strict',
    willChange: 'transform',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  spacer: { position: 'relative', contain: 'layout style' },
  row: {
    display: 'grid',
    gridTemplateColumns: GRID,
    alignItems: 'center',
    position: 'absolute',
    top: 0,
    left: 0,
    right: 0,
    height: `${ROW_HEIGHT}px`,
    boxSizing: 'border-box',
    contain: 'strict',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  // Added to `row` for the selected line; it stays selected-coloured under the pointer too.
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Selected },
  },
  cell: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  // The outcome as a tinted pill (the look of a tint Badge, without a component per line).
  success: outcomePill(
    tokens.colorStatusSuccessBackground1,
    tokens.colorStatusSuccessForeground1,
    tokens.colorStatusSuccessBorder1,
  ),
  hidden: outcomePill(
    tokens.colorStatusDangerBackground1,
    tokens.colorStatusDangerForeground1,
    tokens.colorStatusDangerBorder1,
  ),
  fails: outcomePill(
    tokens.colorStatusDangerBackground1,
    tokens.colorStatusDangerForeground1,
    tokens.colorStatusDangerBorder1,
  ),
  denied: outcomePill(
    tokens.colorStatusWarningBackground1,
    tokens.colorStatusWarningForeground3,
    tokens.colorStatusWarningBorder1,
  ),
  deferred: outcomePill(tokens.colorNeutralForeground3, tokens.colorNeutralBackground1, tokens.colorTransparentStroke),
  undecided: outcomePill(tokens.colorBrandBackground2, tokens.colorBrandForeground2, tokens.colorBrandStroke2),
  count: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3 },
});

/** What a line shows of its class (join state, outcome, deciding rules): worked out once per class, not per line. */
interface ClassCells {
  join: string;
  outcome: Outcome;
  outcomeLabel: string;
  rules: string;
}

type RowClasses = ReturnType<typeof useStyles>;

/**
 * One line of the table: plain elements with class-based styles, no hooks and no handlers of its own (clicks and keys
 * are handled once, on the scroller). Memoised: while scrolling, the lines already on screen keep their props (each is
 * placed by its own offset), so only the lines scrolled into view render, and each decodes its text once.
 */
const FleetRow = memo(function FleetRow({
  text,
  row,
  position,
  start,
  selected,
  cells,
  classes,
  noName,
  noUser,
}: {
  text: RowTextData;
  row: number;
  position: number;
  start: number;
  selected: boolean;
  cells: ClassCells;
  classes: RowClasses;
  noName: string;
  noUser: string;
}) {
  const fields = rowFields(text, row);
  const device = fields[DEVICE_FIELD];
  const user = fields[USER_FIELD];
  return (
    <div
      role="row"
      aria-rowindex={position + 2}
      aria-selected={selected}
      tabIndex={0}
      className={selected ? mergeClasses(classes.row, classes.selected) : classes.row}
      style={{ transform: `translateY(${start}px)` }}
      data-row={row}
      data-testid="fleet-row"
    >
      <div role="cell" className={classes.cell} title={device}>
        {device || noName}
      </div>
      <div role="cell" className={classes.cell} title={user}>
        {user || noUser}
      </div>
      <div role="cell" className={classes.cell}>
        {fields[VERSION_FIELD]}
      </div>
      <div role="cell" className={classes.cell}>
        {cells.join}
      </div>
      <div role="cell" className={classes.cell}>
        <span className={classes[cells.outcome]}>{cells.outcomeLabel}</span>
      </div>
      <div role="cell" className={classes.cell} title={cells.rules}>
        {cells.rules}
      </div>
    </div>
  );
});

/** The line a click or key landed on (handled on the scroller for every line at once). */
function rowOfEvent(event: { target: EventTarget }): number | null {
  const line = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
  return line ? Number(line.dataset.row) : null;
}

/** The scrolling body: its own component, so a scroll re-renders only it and the lines that came into view. */
function VirtualRows({
  input,
  rows,
  cellsByClass,
  selected,
  onSelect,
  noName,
  noUser,
}: {
  input: FleetInput;
  rows: Uint32Array;
  cellsByClass: ClassCells[];
  selected: number | null;
  onSelect(row: number): void;
  noName: string;
  noUser: string;
}) {
  const classes = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index],
    overscan: 6,
  });
  const select = (event: { target: EventTarget }) => {
    const row = rowOfEvent(event);
    if (row !== null) onSelect(row);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      if (rowOfEvent(event) === null) return;
      event.preventDefault();
      select(event);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const line = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
      if (!line) return;
      event.preventDefault();
      const next = Number(line.getAttribute('aria-rowindex')) - 2 + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0 || next >= rows.length) return;
      virtualizer.scrollToIndex(next);
      requestAnimationFrame(() =>
        scroller.current?.querySelector<HTMLElement>(`[aria-rowindex="${next + 2}"]`)?.focus({ preventScroll: true }),
      );
    }
  };
  return (
    <div
      ref={scroller}
      className={classes.body}
      style={{ height: Math.min(420, Math.max(1, rows.length) * ROW_HEIGHT) }}
      onClick={select}
      onKeyDown={onKeyDown}
      data-testid="fleet-rows"
    >
      <div className={classes.spacer} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return (
            <FleetRow
              key={row}
              text={input.text}
              row={row}
              position={item.index}
              start={item.start}
              selected={selected === row}
              cells={cellsByClass[input.classOf[row]]}
              classes={classes}
              noName={noName}
              noUser={noUser}
            />
          );
        })}
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
  const { t } = useTranslation();
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
  const cellsByClass = useMemo(
    () =>
      input.classes.map((_, index): ClassCells => {
        const verdict = evaluation.verdicts[index];
        return {
          join: t(`fleet.joinState.${classFact(input, index, 'device.joinState')}`),
          outcome: verdict.outcome,
          outcomeLabel: t(`labels.outcome.${verdict.outcome}`),
          rules: [...verdict.deciding, ...verdict.undecided.map((rule) => rule.id)].join(' '),
        };
      }),
    [input, evaluation, t],
  );

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
          <VirtualRows
            input={input}
            rows={rows}
            cellsByClass={cellsByClass}
            selected={selected}
            onSelect={onSelect}
            noName={t('fleet.noName')}
            noUser={t('fleet.noUser')}
          />
        </div>
      </div>
      <Caption1 className={styles.count} data-testid="fleet-row-count">
        {t('fleet.shownRows', { shown: rows.length, count: input.rowCount })}
      </Caption1>
    </section>
  );
}
