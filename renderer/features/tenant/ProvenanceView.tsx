// Where each value of an imported scenario comes from: a badge per field (imported with endpoint and time,
// inferred, stated by the admin, unknown), the key fields first and every field on request.
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import {
  Badge,
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
import type { Scenario } from '../../../simulator/index';
import { provenanceCounts, type Provenance, type ProvenanceKind } from '../../../simulator/import/index';
import { getAt } from '../../store/paths';

const BADGE_COLOURS: Record<ProvenanceKind, 'success' | 'warning' | 'informative' | 'danger' | 'subtle'> = {
  imported: 'success',
  inferred: 'warning',
  statedByAdmin: 'informative',
  unknown: 'danger',
  manual: 'subtle',
};

/** The fields an admin checks first, in reading order. */
const KEY_FIELDS = [
  'device.os.build',
  'device.os.edition',
  'device.joinState',
  'device.intuneEnrolled',
  'device.groups',
  'policies.passwordReset',
  'tenant.sspr.enabled',
  'tenant.sspr.methodsRequired',
  'tenant.sspr.methodsAvailable',
  'tenant.allowedToUseSSPR',
  'tenant.licences',
  'user.licences',
  'user.registeredMethods',
  'user.adminRole',
  'session.kind',
  'device.settings.NoLockScreen',
];

const useStyles = makeStyles({
  summary: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    alignItems: 'center',
    marginBlock: tokens.spacingVerticalS,
  },
  path: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  origin: { color: tokens.colorNeutralForeground3 },
});

export function ProvenanceBadge({ entry }: { entry: Provenance | undefined }) {
  const { t } = useTranslation();
  const kind = entry?.kind ?? 'unknown';
  const detail = [entry?.endpoint, entry?.at && new Date(entry.at).toLocaleString(), entry?.note]
    .filter(Boolean)
    .join(' — ');
  return (
    <Badge appearance="tint" color={BADGE_COLOURS[kind]} title={detail} data-provenance={kind}>
      {t(`tenantImport.provenance.${kind}`)}
    </Badge>
  );
}

function formatValue(value: unknown): string {
  if (Array.isArray(value)) {
    if (value.length && typeof value[0] === 'object')
      return `${value.length} item(s): ${value.map((item) => (item as { name?: string }).name ?? '?').join(', ')}`;
    return value.length ? value.join(', ') : '(none)';
  }
  if (value !== null && typeof value === 'object') return (value as { name?: string }).name ?? JSON.stringify(value);
  return String(value);
}

function describeOrigin(entry: Provenance | undefined): string {
  if (!entry) return '';
  // The query ($select …) stays in the badge's tooltip; the column shows the resource.
  return [entry.endpoint?.split('?')[0], entry.note].filter(Boolean).join(' · ');
}

export function ProvenanceView({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [showAll, setShowAll] = useState(false);
  const counts = provenanceCounts(scenario.provenance);
  const paths = showAll ? Object.keys(scenario.provenance).sort() : KEY_FIELDS;
  return (
    <div data-testid="tenant-provenance">
      <div className={styles.summary}>
        {(Object.keys(counts) as ProvenanceKind[])
          .filter((kind) => counts[kind] > 0)
          .map((kind) => (
            <Badge key={kind} appearance="filled" color={BADGE_COLOURS[kind]} data-testid={`provenance-count-${kind}`}>
              {t(`tenantImport.provenance.${kind}`)}: {counts[kind]}
            </Badge>
          ))}
        <Button size="small" appearance="subtle" onClick={() => setShowAll(!showAll)}>
          {showAll
            ? t('tenantImport.provenance.keyOnly')
            : t('tenantImport.provenance.all', { count: Object.keys(scenario.provenance).length })}
        </Button>
      </div>
      <Table size="extra-small" aria-label={t('tenantImport.provenance.table')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('tenantImport.provenance.field')}</TableHeaderCell>
            <TableHeaderCell>{t('tenantImport.provenance.value')}</TableHeaderCell>
            <TableHeaderCell>{t('tenantImport.provenance.source')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {paths.map((path) => {
            const entry = scenario.provenance[path];
            return (
              <TableRow key={path} data-field={path}>
                <TableCell className={styles.path}>{path}</TableCell>
                <TableCell>{formatValue(getAt(scenario, path))}</TableCell>
                <TableCell>
                  <ProvenanceBadge entry={entry} />{' '}
                  <Caption1 className={styles.origin}>{describeOrigin(entry)}</Caption1>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
