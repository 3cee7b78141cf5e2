// How to collect the files on the device: each command exactly as typed (cmd or PowerShell), what it writes, and
// whether it needs an elevated prompt; then the collection script shipped with the app, which runs the same commands.
import {
  Body1,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { Copy20Regular } from '@fluentui/react-icons/svg/copy';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import { Section } from '../../ui/fields';
import { COLLECT_COMMANDS, type AdminNeed } from './collect-commands';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  command: {
    display: 'block',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
  commandText: { flexGrow: 1, minWidth: 0 },
  commandCell: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    paddingBlock: tokens.spacingVerticalXS,
  },
  what: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  path: { fontFamily: tokens.fontFamilyMonospace },
  admin: { fontWeight: tokens.fontWeightSemibold },
  adminNo: { color: tokens.colorPaletteGreenForeground1 },
  adminYes: { color: tokens.colorPaletteRedForeground1 },
  // Marigold text fails contrast on a light background; the warning text colour is made for reading.
  adminMaybe: { color: tokens.colorStatusWarningForeground3 },
  adminMustNot: { color: tokens.colorPaletteBerryForeground1 },
  colCommand: { width: '58%' },
  colSmall: { width: '21%' },
  /** Long single words ("Opdrachtprompt") break at their soft hyphen rather than run into the next column. */
  wordCell: { hyphens: 'manual', overflowWrap: 'break-word' },
});

/** Text colours that keep their contrast in both themes (a badge's fixed height can't wrap a long answer). */
const ADMIN_CLASSES: Record<AdminNeed, 'adminNo' | 'adminYes' | 'adminMaybe' | 'adminMustNot'> = {
  no: 'adminNo',
  yes: 'adminYes',
  ifDenied: 'adminMaybe',
  mustNot: 'adminMustNot',
};

export function CollectHelp() {
  const { t } = useTranslation();
  const styles = useStyles();
  const notify = useUiStore((state) => state.notify);
  const copy = (text: string) => {
    navigator.clipboard?.writeText(text).then(
      () => notify('success', t('diagnostics.copied')),
      () => notify('error', t('diagnostics.copyFailed')),
    );
  };
  return (
    <div className={styles.column} data-testid="diagnostics-collect">
      <Body1>{t('diagnostics.collectIntro')}</Body1>
      <Section title={t('diagnostics.commandsTitle')} description={t('diagnostics.commandsHelp')}>
        <Table size="small" aria-label={t('diagnostics.commandsTitle')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.colCommand}>{t('diagnostics.colCommand')}</TableHeaderCell>
              <TableHeaderCell className={styles.colSmall}>{t('diagnostics.colShell')}</TableHeaderCell>
              <TableHeaderCell className={styles.colSmall}>{t('diagnostics.colAdmin')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {COLLECT_COMMANDS.map((item) => (
              <TableRow key={item.id} data-testid="diagnostics-command" data-command={item.id}>
                <TableCell>
                  <div className={styles.commandCell}>
                    <div className={styles.commandText}>
                      <code className={styles.command}>{item.command}</code>
                      <span className={styles.what}>{t(`diagnostics.collect.${item.id}`)}</span>
                    </div>
                    <Button
                      size="small"
                      appearance="subtle"
                      icon={<Copy20Regular />}
                      aria-label={t('diagnostics.copyCommand')}
                      title={t('diagnostics.copyCommand')}
                      onClick={() => copy(item.command)}
                    />
                  </div>
                </TableCell>
                <TableCell className={styles.wordCell}>
                  {t(item.shell === 'cmd' ? 'diagnostics.shellCmd' : 'diagnostics.shellPowerShell')}
                </TableCell>
                <TableCell className={styles.wordCell}>
                  <span className={mergeClasses(styles.admin, styles[ADMIN_CLASSES[item.admin]])}>
                    {t(`diagnostics.admin.${item.admin}`)}
                  </span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
      <Section title={t('diagnostics.scriptTitle')}>
        <Body1>
          {t('diagnostics.scriptHelp')}{' '}
          <code className={styles.path}>simulator/diagnostics/collect/Collect-SsprDiagnostics.ps1</code>
        </Body1>
      </Section>
      <Section title={t('diagnostics.afterTitle')}>
        <Body1>{t('diagnostics.afterHelp')}</Body1>
      </Section>
    </div>
  );
}
