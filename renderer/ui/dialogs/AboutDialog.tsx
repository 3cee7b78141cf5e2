// Help › About: what the app is and where its rules come from.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { getApi } from '../../platform/api';
import { useUiStore } from '../../store/ui-store';
import { focusHelpButton } from './focus';
import { useTranslation } from 'react-i18next';

export function AboutDialog() {
  const { t } = useTranslation();
  const open = useUiStore((state) => state.aboutOpen);
  const close = () => {
    useUiStore.getState().setAboutOpen(false);
    focusHelpButton();
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface data-testid="about-dialog">
        <DialogBody>
          <DialogTitle>SSPR Preview</DialogTitle>
          <DialogContent>
            <p>{t('dialogs.anOfflineWhatIf')}</p>
            <p>
              {t(getApi().edition === 'desktop' ? 'dialogs.editionDesktop' : 'dialogs.editionBrowser')}{' '}
              {t('dialogs.rulesFollow')}
            </p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={close}>
              {t('dialogs.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
