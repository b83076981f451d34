import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { deflateRawSync } from 'node:zlib';

/**
 * The second thread's side: writes each value it is sent as JSON, deflates that and answers on the port it was given,
 * then counts the answer in the shared counter and wakes the waiting thread. Kept as source text
 * (a worker with `eval`), so it needs no file of its own beside the bundle, in the CLI, the import
 * worker or the tests alike.
 */
const workerSource = `
const { workerData } = require('node:worker_threads');
const { deflateRawSync } = require('node:zlib');
const { port, answered } = workerData;
port.on('message', ({ id, value, level }) => {
  let answer;
  try {
    answer = { id, bytes: deflateRawSync(JSON.stringify(value), { level }) };
  } catch (error) {
    answer = { id, error: String(error && error.message ? error.message : error) };
  }
  port.postMessage(answer);
  Atomics.add(answered, 0, 1);
  Atomics.notify(answered, 0);
});
`;

type Answer = { id: number; bytes: Uint8Array } | { id: number; error: string };

/** How long to wait for one answer before taking the second thread for dead. */
const answerTimeoutMs = 60_000;

/**
 * JSON text raw-deflated on a second thread while this one goes on with other work, the results
 * taken back synchronously. An import spends a tenth of a second writing out and compressing its
 * raw rows (12 MB of text); on a machine with a second core that time overlaps with writing the
 * snapshots instead of adding to it. The value crosses to the other thread as it is (a structured
 * clone copies its strings, far quicker than escaping them as JSON here). Synchronous
 * on purpose: the import is one SQLite transaction, which must not give the event loop a chance
 * to run other statements on the same connection in the middle of it.
 */
export class BackgroundDeflate implements Deflater {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly answered = new Int32Array(new SharedArrayBuffer(4));
  private readonly results = new Map<number, Uint8Array>();
  private submitted = 0;
  private seen = 0;
  private failure: Error | null = null;

  constructor(private readonly level: number) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(workerSource, { eval: true, workerData: { port: port2, answered: this.answered }, transferList: [port2] });
    this.worker.on('error', (error) => {
      this.failure = error;
    });
    // Neither may keep a process alive that is done with its import.
    this.worker.unref();
    this.port.unref();
  }

  /** Queues a value; its JSON text, deflated, comes back from `take` under the returned number. */
  submit(value: unknown): number {
    const id = this.submitted++;
    this.port.postMessage({ id, value, level: this.level });
    return id;
  }

  /** The deflated JSON of a submitted value, waiting for the second thread if it is not done yet. */
  take(id: number): Uint8Array {
    for (;;) {
      const ready = this.results.get(id);
      if (ready !== undefined) {
        this.results.delete(id);
        return ready;
      }
      const message = receiveMessageOnPort(this.port);
      if (message !== undefined) {
        const answer = message.message as Answer;
        if ('error' in answer) throw new Error(`Komprimeringen fejlede: ${answer.error}`);
        this.results.set(answer.id, answer.bytes);
        continue;
      }
      if (Atomics.wait(this.answered, 0, this.seen, answerTimeoutMs) === 'timed-out') {
        throw new Error(`Komprimeringen svarede ikke inden for et minut${this.failure ? `: ${this.failure.message}` : ''}.`);
      }
      this.seen = Atomics.load(this.answered, 0);
    }
  }

  /** Stops the second thread; values not taken are dropped. */
  close(): void {
    this.port.close();
    void this.worker.terminate();
  }
}

/** Raw deflate of values' JSON text, submitted one by one and taken back by number. */
export interface Deflater {
  submit(value: unknown): number;
  take(id: number): Uint8Array;
  close(): void;
}

/** Deflates each value's JSON as it is submitted, on this thread. */
class InlineDeflate implements Deflater {
  private readonly results: Uint8Array[] = [];

  constructor(private readonly level: number) {}

  submit(value: unknown): number {
    return this.results.push(deflateRawSync(JSON.stringify(value), { level: this.level })) - 1;
  }

  take(id: number): Uint8Array {
    const bytes = this.results[id];
    if (bytes === undefined) throw new RangeError(`Nothing was submitted as ${id}`);
    return bytes;
  }

  close(): void {
    this.results.length = 0;
  }
}

/** Values from which a second thread pays for its start (some milliseconds) by what it takes off this one. */
export const backgroundDeflateFrom = 2;

/** A deflater for `values` values: on a second thread when there are enough of them, else right here. */
export function deflaterFor(values: number, level: number): Deflater {
  return values >= backgroundDeflateFrom ? new BackgroundDeflate(level) : new InlineDeflate(level);
}
