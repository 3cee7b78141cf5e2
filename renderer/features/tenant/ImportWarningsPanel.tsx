// After an import: what it could not take in (items skipped, targets not evaluated, values not understood), counted
// per source with a few examples, in the reader's language. Read from the open snapshot, so a snapshot file shows it
// too.
import { Body1, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ImportWarning } from '../../../simulator/import/index';
import { Section } from '../../ui/fields/Section';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { marginBlock: tokens.spacingVerticalXS },
  examples: { display: 'block', color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export function ImportWarningsPanel({ warnings }: { warnings: readonly ImportWarning[] }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const total = warnings.reduce((sum, warning) => sum + warning.count, 0);
  const sourceLabel = (source: string) =>
    i18n.exists(`tenantImport.warnings.source.${source}`) ? t(`tenantImport.warnings.source.${source}`) : source;
  return (
    <Section
      title={t('tenantImport.warnings.title')}
      description={t('tenantImport.warnings.description')}
      testId="tenant-import-warnings"
    >
      {total === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('tenantImport.warnings.none')}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <MessageBar intent="warning">
            <MessageBarBody data-testid="tenant-import-warnings-total">
              {t('tenantImport.warnings.total', { count: total })}
            </MessageBarBody>
          </MessageBar>
          <ul className={styles.list}>
            {warnings.map((warning) => (
              <li key={`${warning.source}:${warning.kind}`} className={styles.item} data-warning-kind={warning.kind}>
                <Body1>
                  {t('tenantImport.warnings.row', {
                    source: sourceLabel(warning.source),
                    kind: t(`tenantImport.warnings.kind.${warning.kind}`),
                    count: warning.count,
                  })}
                </Body1>
                <Caption1 className={styles.examples}>
                  {t('tenantImport.warnings.examples')}: {warning.examples.join(' · ')}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
