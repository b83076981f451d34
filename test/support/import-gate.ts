import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pausedFileName, releaseFileName, type ImportPause } from '../../core/services/import-pause';
import type { ImportProgress } from '../../core/services/import-service';

/**
 * The test's side of a host's `--test-import-pause`: the import waits at a known point until the
 * test has looked (or cancelled) and releases it, so no test races the worker.
 */
export class ImportGate {
  readonly pause: ImportPause;

  constructor(dir: string, at: Omit<ImportPause, 'dir'>) {
    mkdirSync(dir, { recursive: true });
    this.pause = { ...at, dir };
  }

  /** The host's options that set the pause. */
  hostArgs(): string[] {
    return ['--test-import-pause', `${this.pause.phase}:${this.pause.atRows}:${this.pause.dir}`];
  }

  /** Resolves with the progress the import stopped at, once it has. */
  async paused(timeoutMs = 60_000): Promise<ImportProgress> {
    const file = join(this.pause.dir, pausedFileName);
    const deadline = performance.now() + timeoutMs;
    while (!existsSync(file)) {
      if (performance.now() > deadline) throw new Error(`the import did not reach ${this.pause.phase}:${this.pause.atRows} in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return JSON.parse(readFileSync(file, 'utf8')) as ImportProgress;
  }

  release(): void {
    writeFileSync(join(this.pause.dir, releaseFileName), '');
  }
}
