// Help › How to use: the three steps of a what-if, the keyboard shortcuts and where the rules come from. The same in
// the desktop app and the browser edition.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
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
import { useUiStore } from '../../store/ui-store';
import { focusHelpButton } from './focus';

const useStyles = makeStyles({
  surface: { maxWidth: '720px', width: '90vw' },
  heading: { fontSize: tokens.fontSizeBase400, marginBlock: `${tokens.spacingVerticalM} ${tokens.spacingVerticalXS}` },
  keys: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
  steps: { paddingInlineStart: tokens.spacingHorizontalXL, marginBlock: 0 },
});

const STEPS = ['help.step1', 'help.step2', 'help.step3', 'help.step4'] as const;

const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: 'Ctrl+O', action: 'help.keyOpen' },
  { keys: 'Ctrl+Shift+O', action: 'diagnostics.open' },
  { keys: 'Ctrl+S', action: 'help.keySave' },
  { keys: 'Ctrl+Shift+S', action: 'help.keySaveAs' },
  { keys: 'Ctrl+Z / Ctrl+Y', action: 'help.keyUndo' },
  { keys: 'F5', action: 'help.keyTrainer' },
  { keys: '→ / ←', action: 'help.keySteps' },
  { keys: 'Esc', action: 'help.keyLeave' },
];

export function HelpDialog() {
  const { t } = useTranslation();
  const styles = useStyles();
  const open = useUiStore((state) => state.helpOpen);
  const close = () => {
    useUiStore.getState().setHelpOpen(false);
    focusHelpButton();
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface className={styles.surface} data-testid="help-dialog">
        <DialogBody>
          <DialogTitle>{t('help.title')}</DialogTitle>
          <DialogContent>
            <p>{t('help.intro')}</p>
            <h2 className={styles.heading}>{t('help.howTitle')}</h2>
            <ol className={styles.steps}>
              {STEPS.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ol>
            <h2 className={styles.heading}>{t('help.keysTitle')}</h2>
            <Table size="small" aria-label={t('help.keysTitle')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('help.keysColumn')}</TableHeaderCell>
                  <TableHeaderCell>{t('help.actionColumn')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {SHORTCUTS.map((shortcut) => (
                  <TableRow key={shortcut.keys}>
                    <TableCell className={styles.keys}>{shortcut.keys}</TableCell>
                    <TableCell>{t(shortcut.action)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <h2 className={styles.heading}>{t('help.sourcesTitle')}</h2>
            <p>{t('help.sources')}</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={close} data-testid="help-close">
              {t('dialogs.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
