// Fluent dialogs behind the platform's confirm and file-name questions, one at a time, answered by a promise.
import { useEffect, useId, useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
} from '@fluentui/react-components';
import { create } from 'zustand';
import type { ConfirmRequest, DialogService, FileNameRequest } from '../../platform/dialogs';

type Pending =
  | { kind: 'confirm'; request: ConfirmRequest; resolve: (answer: boolean) => void }
  | { kind: 'fileName'; request: FileNameRequest; resolve: (answer: string | null) => void };

const usePending = create<{ pending: Pending | null }>(() => ({ pending: null }));

function ask(next: Pending): void {
  // A second question while one is open cancels the first: only one dialog is ever shown.
  const current = usePending.getState().pending;
  if (current?.kind === 'confirm') current.resolve(false);
  else if (current?.kind === 'fileName') current.resolve(null);
  usePending.setState({ pending: next });
}

export const fluentDialogs: DialogService = {
  confirm: (request) => new Promise((resolve) => ask({ kind: 'confirm', request, resolve })),
  askFileName: (request) => new Promise((resolve) => ask({ kind: 'fileName', request, resolve })),
};

function finish(answer: boolean | string | null): void {
  const pending = usePending.getState().pending;
  usePending.setState({ pending: null });
  if (pending?.kind === 'confirm') pending.resolve(answer === true);
  else if (pending?.kind === 'fileName') pending.resolve(typeof answer === 'string' && answer.trim() ? answer : null);
}

function FileNameForm({ request }: { request: FileNameRequest }) {
  const [name, setName] = useState(request.suggested);
  const inputId = useId();
  useEffect(() => setName(request.suggested), [request]);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        finish(name);
      }}
    >
      <DialogBody>
        <DialogTitle>{request.title}</DialogTitle>
        <DialogContent>
          <Field label={request.label}>
            <Input
              id={inputId}
              value={name}
              onChange={(_, data) => setName(data.value)}
              autoFocus
              data-testid="file-name-input"
            />
          </Field>
        </DialogContent>
        <DialogActions>
          <Button appearance="primary" type="submit" disabled={!name.trim()} data-testid="dialog-accept">
            {request.confirmLabel}
          </Button>
          <Button onClick={() => finish(null)} data-testid="dialog-cancel">
            {request.cancelLabel}
          </Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}

export function PromptDialogs() {
  const pending = usePending((state) => state.pending);
  if (!pending) return null;
  return (
    <Dialog
      open
      modalType={pending.kind === 'confirm' ? 'alert' : 'modal'}
      onOpenChange={(_, data) => !data.open && finish(pending.kind === 'confirm' ? false : null)}
    >
      <DialogSurface data-testid={`dialog-${pending.kind}`}>
        {pending.kind === 'confirm' ? (
          <DialogBody>
            <DialogTitle>{pending.request.title}</DialogTitle>
            <DialogContent>{pending.request.message}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => finish(true)} data-testid="dialog-accept">
                {pending.request.confirmLabel}
              </Button>
              <Button onClick={() => finish(false)} data-testid="dialog-cancel">
                {pending.request.cancelLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        ) : (
          <FileNameForm request={pending.request} />
        )}
      </DialogSurface>
    </Dialog>
  );
}
