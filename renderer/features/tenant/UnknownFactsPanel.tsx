// The inputs of a device × user pair that are still unknown after the import, each with why (from its provenance)
// and where an admin states it, in the reader's language; inputs without a label of their own are counted.
import {
  Body1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../simulator/index';
import { provenanceNoteText } from '../../ui/provenance-note';

type Place = 'device' | 'session' | 'user' | 'statements' | 'intune' | 'tenant';

const STATED_ON_THIS_PAGE = new Set([
  'tenant.sspr.enabled',
  'tenant.sspr.selectedGroup',
  'tenant.sspr.methodsRequired',
]);

/** Where an admin can state an unknown input. */
export function placeFor(path: string, note: string | undefined): Place {
  if (STATED_ON_THIS_PAGE.has(path)) return 'statements';
  if (/^Conflict:|reaches the device is not known/.test(note ?? '')) return 'intune';
  const root = path.split('.')[0];
  if (root === 'device' || root === 'policies') return 'device';
  if (root === 'session' || root === 'user' || root === 'tenant') return root;
  return 'device';
}

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  heading: { marginBlock: tokens.spacingVerticalS },
});

export function UnknownFactsPanel({ scenario }: { scenario: Scenario }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const unknown = Object.entries(scenario.provenance)
    .filter(([, entry]) => entry.kind === 'unknown')
    .map(([path, entry]) => ({
      path,
      note: entry.note,
      // A source of a list (policies.passwordReset[2]) is labelled as its list.
      key: `tenantImport.unknown.field.${path.replace(/\[\d+\]$/, '').replace(/\./g, '_')}`,
    }));
  const labelled = unknown.filter((entry) => i18n.exists(entry.key));
  const others = unknown.length - labelled.length;
  return (
    <div data-testid="tenant-unknown-facts">
      <Body1 className={styles.heading} as="p">
        <strong>{t('tenantImport.unknown.title')}</strong> — {t('tenantImport.unknown.description')}
      </Body1>
      {unknown.length === 0 ? (
        <Body1>{t('tenantImport.unknown.none')}</Body1>
      ) : (
        <Table size="extra-small" aria-label={t('tenantImport.unknown.title')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('tenantImport.unknown.count', { count: unknown.length })}</TableHeaderCell>
              <TableHeaderCell>{t('tenantImport.unknown.why')}</TableHeaderCell>
              <TableHeaderCell>{t('tenantImport.unknown.where')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {labelled.map((entry) => (
              <TableRow key={entry.path} data-unknown-field={entry.path}>
                <TableCell>{t(entry.key)}</TableCell>
                <TableCell className={styles.note}>{provenanceNoteText(t, entry.path, entry.note)}</TableCell>
                <TableCell>{t(`tenantImport.unknown.place.${placeFor(entry.path, entry.note)}`)}</TableCell>
              </TableRow>
            ))}
            {others > 0 && (
              <TableRow>
                <TableCell colSpan={3}>{t('tenantImport.unknown.otherInputs', { count: others })}</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
