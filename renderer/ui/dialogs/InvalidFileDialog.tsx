// Opening a file that fails validation: list every problem with its field path; the current scenario is untouched.
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

const useStyles = makeStyles({
  surface: { maxWidth: '860px', width: '90vw' },
  path: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
  scroll: { maxHeight: '50vh', overflowY: 'auto' },
});

export function InvalidFileDialog() {
  const styles = useStyles();
  const invalid = useUiStore((state) => state.invalidFile);
  const close = () => useUiStore.getState().setInvalidFile(null);
  return (
    <Dialog open={invalid !== null} onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface className={styles.surface} data-testid="invalid-file-dialog">
        <DialogBody>
          <DialogTitle>
            {invalid?.fileName} is not a valid scenario ({invalid?.problems.length ?? 0} problem
            {invalid?.problems.length === 1 ? '' : 's'})
          </DialogTitle>
          <DialogContent>
            <p>Nothing was loaded; your current scenario is unchanged. Fix these fields and open the file again.</p>
            <div className={styles.scroll}>
              <Table size="small" aria-label="Problems">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Field</TableHeaderCell>
                    <TableHeaderCell>Expected</TableHeaderCell>
                    <TableHeaderCell>Found</TableHeaderCell>
                    <TableHeaderCell>Message</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {invalid?.problems.map((problem, index) => (
                    <TableRow key={index} data-testid="invalid-problem" data-path={problem.path}>
                      <TableCell className={styles.path}>{problem.path}</TableCell>
                      <TableCell>{problem.expected}</TableCell>
                      <TableCell>{problem.found}</TableCell>
                      <TableCell>{problem.message}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={close} data-testid="invalid-file-close">
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
