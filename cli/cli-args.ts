import { isIsoDate } from '../shared/calendar-dates';
import { isoDateSchema } from '../shared/care-plan';

/** A mistake in how the command was written: Danish message, exit code 2, nothing read or changed. */
export class UsageError extends Error {}

/** The exit code of a usage error, the same as a refused file: the input was wrong, nothing changed. */
export const usageExitCode = 2;

/** The option Node names in its complaint (`Option '--db <value>' argument missing` → `--db`). */
function optionNamed(message: string): string {
  return /'(-{1,2}[^' <]+)/.exec(message)?.[1] ?? '';
}

/**
 * Node's parseArgs complains in English; a practice user reads Danish. The error codes are Node's
 * stable interface, the messages are not, so only the option's name is taken from the message.
 */
export function danishArgumentMessage(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : '';
  const option = optionNamed(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Ukendt tilvalg '${option}'.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return message.includes('does not take an argument') ? `Tilvalget '${option}' tager ingen værdi.` : `Tilvalget '${option}' skal have en værdi.`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `Ukendt argument '${/'([^']*)'/.exec(message)?.[1] ?? ''}'.`;
  return 'Tilvalgene kunne ikke læses.';
}

/** Node's own argument parser, its complaints turned into Danish usage errors. */
export function parse<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new UsageError(danishArgumentMessage(error));
  }
}

/** A date option: the form ÅÅÅÅ-MM-DD and a day the calendar has (not 2025-02-31). */
export function date(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isoDateSchema.safeParse(value).success) throw new UsageError(`${option} skal være en dato som ÅÅÅÅ-MM-DD, ikke '${value}'.`);
  if (!isIsoDate(value)) throw new UsageError(`${option}: datoen '${value}' findes ikke i kalenderen.`);
  return value;
}
