import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/channel-names';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (channel: string) => ({ ok: true, value: channel }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke },
}));

interface Bridge {
  channels: string[];
  invoke: (channel: string, request: unknown) => Promise<unknown>;
}

describe('preload bridge', () => {
  let bridge: Bridge;
  beforeAll(async () => {
    await import('../../../electron/preload');
    bridge = exposed.tovholder as Bridge;
  });

  it('exposes only window.tovholder with the contract channels and one invoke function', () => {
    expect(Object.keys(exposed)).toEqual(['tovholder']);
    expect(Object.keys(bridge).sort()).toEqual(['channels', 'invoke']);
    expect(bridge.channels).toEqual([...channelNames]);
  });

  it('forwards a contract channel to the main process', async () => {
    await expect(bridge.invoke('status:get', {})).resolves.toEqual({ ok: true, value: 'status:get' });
    expect(invoke).toHaveBeenCalledWith('status:get', {});
  });

  it('never forwards a channel outside the contract', async () => {
    invoke.mockClear();
    await expect(bridge.invoke('fs:read', { path: '/etc/passwd' })).resolves.toMatchObject({ ok: false });
    expect(invoke).not.toHaveBeenCalled();
  });
});
