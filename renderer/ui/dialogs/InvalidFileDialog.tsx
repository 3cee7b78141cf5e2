// Opening a file that fails validation: list every problem with its field path; the current scenario is untouched.
// Expected and found are worded in the app's language from the problems' descriptors; paths and values stay as written.
// No "message" column: it only repeated the path, expected and found in English.
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
import { useUiStore } from '../../store/ui-store';
import { useTranslation } from 'react-i18next';
import { expectedText, foundText, pathText } from '../problem-text';

const useStyles = makeStyles({
  surface: { maxWidth: '860px', width: '90vw' },
  path: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  // Field paths are short; what was expected is the longest column.
  pathColumn: { width: '28%' },
  expectedColumn: { width: '42%' },
  // A long value or file path must wrap rather than widen the dialog.
  found: { overflowWrap: 'anywhere' },
  scroll: { maxHeight: '50vh', overflowY: 'auto' },
});

export function InvalidFileDialog() {
  const { t, i18n } = useTranslation();
  const words = { t, language: i18n.language };
  const styles = useStyles();
  const invalid = useUiStore((state) => state.invalidFile);
  const close = () => useUiStore.getState().setInvalidFile(null);
  return (
    <Dialog open={invalid !== null} onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface className={styles.surface} data-testid="invalid-file-dialog">
        <DialogBody>
          <DialogTitle>
            {t('dialogs.invalidTitle', {
              file: invalid?.fileName ?? '',
              count: (invalid?.problems.length ?? 0) + (invalid?.omitted ?? 0),
            })}
          </DialogTitle>
          <DialogContent>
            <p>{t('dialogs.nothingWasLoadedYour')}</p>
            <div className={styles.scroll}>
              <Table size="small" aria-label={t('dialogs.problems')}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell className={styles.pathColumn}>{t('dialogs.field')}</TableHeaderCell>
                    <TableHeaderCell className={styles.expectedColumn}>{t('dialogs.expected')}</TableHeaderCell>
                    <TableHeaderCell>{t('dialogs.found')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {invalid?.problems.map((problem, index) => (
                    <TableRow key={index} data-testid="invalid-problem" data-path={problem.path}>
                      <TableCell className={problem.path.startsWith('(') ? undefined : styles.path}>
                        {pathText(words, problem.path)}
                      </TableCell>
                      <TableCell data-testid="invalid-expected">{expectedText(words, problem)}</TableCell>
                      <TableCell data-testid="invalid-found" className={styles.found}>
                        {foundText(words, problem)}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            {invalid?.omitted ? (
              <p data-testid="invalid-omitted">{t('dialogs.moreProblems', { count: invalid.omitted })}</p>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={close} data-testid="invalid-file-close">
              {t('dialogs.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
