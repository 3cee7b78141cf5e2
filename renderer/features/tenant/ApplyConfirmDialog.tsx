// The confirmation before anything is written: every request, the write permissions that will be asked for, and
// the tenant. Only "Write to tenant" sends the plan — by its fingerprint, so main refuses anything else.
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ApplyPlan } from '../../../simulator/import/index';
import { actionText } from './apply-words';

const useStyles = makeStyles({
  list: { paddingInlineStart: tokens.spacingHorizontalL, marginBlock: tokens.spacingVerticalS },
  url: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all' },
});

export function ApplyConfirmDialog({
  plan,
  tenantName,
  open,
  onCancel,
  onConfirm,
}: {
  plan: ApplyPlan;
  tenantName: string;
  open: boolean;
  onCancel(): void;
  onConfirm(): void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onCancel()} modalType="alert">
      <DialogSurface data-testid="tenant-apply-confirm">
        <DialogBody>
          <DialogTitle>
            {t('tenantImport.confirm.title', { count: plan.requests.length, tenant: tenantName })}
          </DialogTitle>
          <DialogContent>
            {t('tenantImport.confirm.intro')}
            <ol className={styles.list}>
              {plan.requests.map((request) => (
                <li key={request.id}>
                  {actionText(t, request)}
                  <div className={styles.url}>
                    {request.method} {request.url}
                  </div>
                </li>
              ))}
            </ol>
            {t('tenantImport.confirm.consent', { scopes: plan.scopes.join(', ') })}
          </DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>{t('tenantImport.confirm.cancel')}</Button>
            <Button appearance="primary" onClick={onConfirm} data-testid="tenant-apply-confirm-write">
              {t('tenantImport.confirm.write')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
