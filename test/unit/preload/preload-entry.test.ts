import { describe, expect, it, vi } from 'vitest';

const exposed: Array<{ key: string; api: Record<string, unknown> }> = [];
const ipcRenderer = {
  invoke: vi.fn(async () => 'ok'),
  on: vi.fn(),
  removeListener: vi.fn(),
  send: vi.fn(),
  sendSync: vi.fn(),
};

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push({ key, api }) },
  ipcRenderer,
}));

describe('preload entry', () => {
  it('exposes one object, window.ssprPreview, holding only the typed API', async () => {
    await import('../../../preload/preload');
    expect(exposed).toHaveLength(1);
    const [{ key, api }] = exposed;
    expect(key).toBe('ssprPreview');
    expect(Object.keys(api).sort()).toEqual(['edition', 'invoke', 'onMenuCommand']);
    expect(Object.values(api)).not.toContain(ipcRenderer);
    expect(Object.values(api).some((value) => typeof value === 'object' && value !== null)).toBe(false);
  });

  it('goes through ipcRenderer.invoke only for allow-listed channels', async () => {
    await import('../../../preload/preload');
    const api = exposed[0].api as { invoke(channel: string, arg: unknown): Promise<unknown> };
    await expect(api.invoke('scenario:recent', undefined)).resolves.toBe('ok');
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('scenario:recent', undefined);
    await expect(api.invoke('tenant:token', undefined)).rejects.toThrow(/Unknown channel/);
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.send).not.toHaveBeenCalled();
    expect(ipcRenderer.sendSync).not.toHaveBeenCalled();
  });
});
