/**
 * Typed reads of one parsed event-log object. A required field that is missing or of the wrong type
 * throws a FieldError naming the field by its path in the event, e.g.
 * `"Stage Infos"[1]."RDD Info"[0]."RDD ID" is "x", not a number`; the importer turns it into a
 * warning for that line. Optional fields read as null when absent or JSON null.
 */
import { formatImportMessage } from '../messages/format.ts';
import type { ImportMessage, JsonType } from '../messages/params.ts';
import { importMessage } from '../messages/params.ts';

/** A field that cannot be read; `detail` is the problem as data (../messages/), `message` its English text. */
export class FieldError extends Error {
  constructor(readonly detail: ImportMessage) {
    super(formatImportMessage(detail));
  }
}

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A readable, bounded rendering of a bad value for messages. */
function show(value: unknown): string {
  if (value === undefined) return 'missing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function fail(path: string, value: unknown, expected: JsonType): never {
  if (value === undefined) throw new FieldError(importMessage('missingField', { path }));
  throw new FieldError(importMessage('wrongType', { path, shown: show(value), expected }));
}

/** Field accessors over one object, with the path used in messages. */
export class Fields {
  constructor(
    readonly value: JsonObject,
    readonly path: string = '',
  ) {}

  private at(key: string): string {
    return `${this.path}${this.path ? '.' : ''}"${key}"`;
  }

  has(key: string): boolean {
    return this.value[key] !== undefined && this.value[key] !== null;
  }

  num(key: string): number {
    const v = this.value[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : fail(this.at(key), v, 'number');
  }

  optNum(key: string): number | null {
    const v = this.value[key];
    if (v === undefined || v === null) return null;
    return typeof v === 'number' && Number.isFinite(v) ? v : fail(this.at(key), v, 'number');
  }

  /** An optional counter: 0 when absent, as Spark reads a metric its writer did not record. */
  count(key: string): number {
    return this.optNum(key) ?? 0;
  }

  str(key: string): string {
    const v = this.value[key];
    return typeof v === 'string' ? v : fail(this.at(key), v, 'string');
  }

  optStr(key: string): string | null {
    const v = this.value[key];
    if (v === undefined || v === null) return null;
    return typeof v === 'string' ? v : fail(this.at(key), v, 'string');
  }

  bool(key: string): boolean {
    const v = this.value[key];
    return typeof v === 'boolean' ? v : fail(this.at(key), v, 'boolean');
  }

  optBool(key: string): boolean | null {
    const v = this.value[key];
    if (v === undefined || v === null) return null;
    return typeof v === 'boolean' ? v : fail(this.at(key), v, 'boolean');
  }

  obj(key: string): Fields {
    const v = this.value[key];
    return isObject(v) ? new Fields(v, this.at(key)) : fail(this.at(key), v, 'object');
  }

  optObj(key: string): Fields | null {
    const v = this.value[key];
    if (v === undefined || v === null) return null;
    return isObject(v) ? new Fields(v, this.at(key)) : fail(this.at(key), v, 'object');
  }

  /** An array of objects, each wrapped with its indexed path. */
  objs(key: string): Fields[] {
    const v = this.value[key];
    if (!Array.isArray(v)) return fail(this.at(key), v, 'array');
    return v.map((item: unknown, i) =>
      isObject(item)
        ? new Fields(item, `${this.at(key)}[${i}]`)
        : fail(`${this.at(key)}[${i}]`, item, 'object'),
    );
  }

  nums(key: string): number[] {
    const v = this.value[key];
    if (!Array.isArray(v)) return fail(this.at(key), v, 'array');
    return v.map((item: unknown, i) =>
      typeof item === 'number' && Number.isFinite(item)
        ? item
        : fail(`${this.at(key)}[${i}]`, item, 'number'),
    );
  }

  optNums(key: string): number[] | null {
    const v = this.value[key];
    return v === undefined || v === null ? null : this.nums(key);
  }
}
