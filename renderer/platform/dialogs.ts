// Questions the app asks the person (discard unsaved changes? save under which name?). The app shell registers
// Fluent dialogs at start-up; without them (unit tests, a failed start) the browser's own dialogs answer.

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
}

export interface FileNameRequest {
  title: string;
  label: string;
  suggested: string;
  confirmLabel: string;
  cancelLabel: string;
}

export interface DialogService {
  confirm(request: ConfirmRequest): Promise<boolean>;
  askFileName(request: FileNameRequest): Promise<string | null>;
}

const browserDialogs: DialogService = {
  confirm: async ({ message }) => window.confirm(message),
  askFileName: async ({ title, suggested }) => window.prompt(title, suggested),
};

let service: DialogService = browserDialogs;

export function setDialogService(next: DialogService | null): void {
  service = next ?? browserDialogs;
}

export function confirmAction(request: ConfirmRequest): Promise<boolean> {
  return service.confirm(request);
}

export function askFileName(request: FileNameRequest): Promise<string | null> {
  return service.askFileName(request);
}
