import type { z } from 'zod';
import type { AppContext } from '../app-context';

/**
 * One kind of setting, kept as a JSON document under `key` in the settings table. Every kind
 * is read and written the same way, so that a field added in a later version gets its default
 * instead of resetting what the practice saved before the upgrade.
 */
export interface SettingsKind<T> {
  key: string;
  schema: z.ZodType<T>;
  defaults: T;
  /** The audit line's action, and what it records (the whole value unless said otherwise). */
  auditAction: string;
  auditDetails?: (value: T) => unknown;
  /** A check beyond the schema that refuses a change with a Danish message (throws). */
  refuse?: (value: T) => void;
}

/** A change to a setting: any field left out (or undefined) keeps its saved value; objects merge field by field. */
export type SettingsChange<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: SettingsChange<T[K]> | undefined }
    : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `over` laid on `base`, objects merged field by field; an undefined field in `over` leaves `base`'s. */
export function mergeSettings(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const merged: Record<string, unknown> = { ...base };
  for (const [name, value] of Object.entries(over)) merged[name] = mergeSettings(base[name], value);
  return merged;
}

/**
 * What can be kept of a stored value the schema refuses: field by field (and inside nested
 * objects), each saved field that the schema accepts in place of its default. Fields the
 * defaults do not know (dropped in a later version) are left behind.
 */
function salvage<T>(kind: SettingsKind<T>, stored: unknown): T {
  const accepts = (candidate: unknown) => kind.schema.safeParse(candidate).success;
  const keep = (document: unknown, path: string[], defaults: unknown, saved: unknown): unknown => {
    if (!isPlainObject(defaults) || !isPlainObject(saved)) return document;
    let kept = document;
    for (const name of Object.keys(defaults)) {
      if (!(name in saved)) continue;
      const candidate = setAt(kept, [...path, name], mergeSettings(defaults[name], saved[name]));
      if (accepts(candidate)) kept = candidate;
      else kept = keep(kept, [...path, name], defaults[name], saved[name]);
    }
    return kept;
  };
  const parsed = kind.schema.safeParse(keep(kind.defaults, [], kind.defaults, stored));
  return parsed.success ? parsed.data : kind.defaults;
}

function setAt(document: unknown, path: string[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const object = isPlainObject(document) ? document : {};
  return { ...object, [head]: setAt(object[head], rest, value) };
}

/**
 * The saved value merged onto the defaults and parsed. A value that cannot be read whole
 * (hand-edited, or from a version with other limits) keeps what it can, with a warning in the
 * log; reading a setting never fails in front of the user.
 */
export function readSettings<T>(ctx: AppContext, kind: SettingsKind<T>): T {
  const stored = ctx.queries.getSetting(kind.key);
  if (stored === undefined) return kind.defaults;
  let saved: unknown;
  try {
    saved = JSON.parse(stored);
  } catch {
    ctx.log.warn('settings.unreadable', { key: kind.key });
    return kind.defaults;
  }
  const parsed = kind.schema.safeParse(mergeSettings(kind.defaults, saved));
  if (parsed.success) return parsed.data;
  ctx.log.warn('settings.partlyKept', { key: kind.key, problems: parsed.error.issues.map((issue) => issue.path.join('.')) });
  return salvage(kind, saved);
}

/**
 * Lays `change` on the current value, validates the whole (a ZodError or the kind's own refusal
 * when it fails, and nothing is saved), and saves it with its audit line in one transaction.
 */
export function updateSettings<T>(ctx: AppContext, kind: SettingsKind<T>, change: NoInfer<SettingsChange<T>>): T {
  const next = kind.schema.parse(mergeSettings(readSettings(ctx, kind), change));
  kind.refuse?.(next);
  ctx.db.transaction(() => {
    ctx.queries.putSetting(kind.key, JSON.stringify(next));
    ctx.queries.insertAudit(ctx.now().toISOString(), ctx.actor, kind.auditAction, JSON.stringify((kind.auditDetails ?? ((value: T) => value))(next)));
  })();
  return next;
}
