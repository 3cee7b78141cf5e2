// Questions to the person go through one service: the app registers Fluent dialogs; without them the browser's own
// confirm/prompt answer (so a failed start still asks before discarding work).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askFileName, confirmAction, setDialogService, type DialogService } from '../../../renderer/platform/dialogs';

const request = { title: 'Discard?', message: 'Unsaved changes.', confirmLabel: 'Discard', cancelLabel: 'Keep' };
const nameRequest = {
  title: 'Save as',
  label: 'File name',
  suggested: 'a.json',
  confirmLabel: 'Save',
  cancelLabel: 'Cancel',
};

describe('dialog service', () => {
  afterEach(() => {
    setDialogService(null);
    vi.unstubAllGlobals();
  });

  it('uses the registered dialogs, never the browser ones', async () => {
    const confirm = vi.fn(() => false);
    vi.stubGlobal('window', { confirm, prompt: vi.fn() });
    const service: DialogService = {
      confirm: vi.fn(async () => true),
      askFileName: vi.fn(async () => 'lab.json'),
    };
    setDialogService(service);
    expect(await confirmAction(request)).toBe(true);
    expect(await askFileName(nameRequest)).toBe('lab.json');
    expect(service.confirm).toHaveBeenCalledWith(request);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('falls back to window.confirm and window.prompt when no dialogs are registered', async () => {
    const confirm = vi.fn(() => false);
    const prompt = vi.fn(() => 'b.json');
    vi.stubGlobal('window', { confirm, prompt });
    expect(await confirmAction(request)).toBe(false);
    expect(confirm).toHaveBeenCalledWith('Unsaved changes.');
    expect(await askFileName(nameRequest)).toBe('b.json');
    expect(prompt).toHaveBeenCalledWith('Save as', 'a.json');
  });
});
