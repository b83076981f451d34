import { dispatch, type Handlers } from '../contract-handlers';
import type { Logger } from '../log';
import { isChannel, type Envelope } from '../../shared/contract';

/**
 * `dispatch` with the host's log: each call's channel, outcome and time; a refusal's code, never
 * its message (it can name the file or quote a cell); an unexpected failure as its class and code.
 * Never a request or a value, and a channel outside the contract only as `unknown`.
 */
export async function loggedDispatch(handlers: Handlers, channel: unknown, request: unknown, log: Logger): Promise<Envelope<unknown>> {
  const started = performance.now();
  const named = isChannel(channel) ? channel : 'unknown';
  const envelope = await dispatch(handlers, channel, request, (error) => log.error('contract.internal', error, { channel: named }));
  const ms = Math.round(performance.now() - started);
  if (envelope.ok) log.info('contract.call', { channel: named, ms });
  else log.warn('contract.refused', { channel: named, code: envelope.error.code, ms });
  return envelope;
}
