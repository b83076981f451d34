import { dispatch, type Handlers } from '../contract-handlers';
import type { Logger } from '../log';
import type { Envelope } from '../../shared/contract';

/**
 * `dispatch` with the host's log: each call's channel, outcome and time; a refusal's code and
 * (scrubbed) message; an unexpected failure with its scrubbed stack. Never a request or a value.
 */
export async function loggedDispatch(handlers: Handlers, channel: unknown, request: unknown, log: Logger): Promise<Envelope<unknown>> {
  const started = performance.now();
  const envelope = await dispatch(handlers, channel, request, (error) => log.error('contract.internal', error, { channel: String(channel) }));
  const ms = Math.round(performance.now() - started);
  if (envelope.ok) log.info('contract.call', { channel: String(channel), ms });
  else log.warn('contract.refused', { channel: String(channel), code: envelope.error.code, message: envelope.error.message, ms });
  return envelope;
}
