import { contextBridge, ipcRenderer } from 'electron';
import { channelNames } from '../shared/channel-names';

/**
 * The renderer's only door: `window.tovholder.invoke(channel, request)` for the contract's
 * channels and nothing else. No Node, no ipcRenderer, no file system cross the bridge.
 */
const allowed = new Set<string>(channelNames);

contextBridge.exposeInMainWorld('tovholder', {
  channels: [...channelNames],
  invoke: (channel: string, request: unknown): Promise<unknown> =>
    allowed.has(channel)
      ? ipcRenderer.invoke(channel, request)
      : Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: 'Ukendt forespørgsel.' } }),
});
