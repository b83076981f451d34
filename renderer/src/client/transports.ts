import type { Envelope } from '../../../shared/contract';
import type { Transport } from './contract-client';

interface PreloadBridge {
  invoke: (channel: string, request: unknown) => Promise<Envelope<unknown>>;
}

declare global {
  interface Window {
    tovholder?: PreloadBridge;
  }
}

export function ipcTransport(bridge: PreloadBridge): Transport {
  return (channel, request) => bridge.invoke(channel, request);
}

/** The browser host: the key comes once in the address's fragment, which is never sent to a server. */
export function httpTransport(token: string, fetchImpl: typeof fetch = fetch): Transport {
  return async (channel, request) => {
    const response = await fetchImpl(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Tovholder-Token': token },
      body: JSON.stringify(request),
    });
    return (await response.json()) as Envelope<unknown>;
  };
}

const tokenKey = 'tovholder.token';

/** Picks the host's transport: the preload bridge in Electron, else the browser host's HTTP. */
export function detectTransport(win: Window = window): Transport {
  if (win.tovholder) return ipcTransport(win.tovholder);
  const fromHash = new URLSearchParams(win.location.hash.slice(1)).get('token');
  if (fromHash) {
    win.sessionStorage.setItem(tokenKey, fromHash);
    win.history.replaceState(null, '', win.location.pathname + win.location.search);
  }
  return httpTransport(win.sessionStorage.getItem(tokenKey) ?? '');
}
