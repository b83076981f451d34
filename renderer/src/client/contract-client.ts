import { ContractError, type Channel, type Envelope, type RequestOf, type ResponseOf } from '../../../shared/contract';

/**
 * How a request reaches the handlers: Electron's IPC, the browser host's HTTP, or a test double.
 * The client above it is the same in every host.
 */
export type Transport = (channel: Channel, request: unknown) => Promise<Envelope<unknown>>;

export interface ContractClient {
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
}

export function createContractClient(transport: Transport): ContractClient {
  return {
    async call(channel, request) {
      const envelope = await transport(channel, request);
      if (!envelope.ok) throw new ContractError(envelope.error.code, envelope.error.message);
      return envelope.value as ResponseOf<typeof channel>;
    },
  };
}
