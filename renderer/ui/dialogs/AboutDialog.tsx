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

export function AboutDialog() {
  const open = useUiStore((state) => state.aboutOpen);
  const close = () => useUiStore.getState().setAboutOpen(false);
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>SSPR Preview</DialogTitle>
          <DialogContent>
            <p>
              An offline what-if tool: on this Windows device, in this session, for this user and tenant, does Reset
              password (and I forgot my PIN) appear on the sign-in screen, does the reset complete, why, and what is the
              smallest fix.
            </p>
            <p>
              Edition: {getApi().edition === 'desktop' ? 'desktop' : 'browser'}. Rules follow Microsoft's published
              documentation; see Docs as of.
            </p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={close}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
