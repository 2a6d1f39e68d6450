/**
 * Typed reads of one parsed event-log object. A required field that is missing or of the wrong type
 * throws a FieldError naming the field by its path in the event, e.g.
 * `"Stage Infos"[1]."RDD Info"[0]."RDD ID" is "x", not a number`; the importer turns it into a
 * warning for that line. Optional fields read as null when absent or JSON null.
 */

export class FieldError extends Error {}

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

function fail(path: string, value: unknown, expected: string): never {
  if (value === undefined) throw new FieldError(`missing ${path}`);
  throw new FieldError(`${path} is ${show(value)}, not ${expected}`);
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
    return typeof v === 'number' && Number.isFinite(v) ? v : fail(this.at(key), v, 'a number');
  }

  optNum(key: string): number | null {
    const v = this.value[key];
    if (v === undefined || v === null) return null;
    return typeof v === 'number' && Number.isFinite(v) ? v : fail(this.at(key), v, 'a number');
  }

  /** An optional counter: 0 when absent, as Spark reads a metric its writer did not record. */
  count(key: string): number {
    return this.optNum(key) ?? 0;
  }

  str(key: string): string {
    const v = this.value[key];
    return typeof v === 'string' ? v : fail(this.at(key), v, 'a string');
  }

  optStr(key: string): string | null {
    const v = this.value[key];
    if (v === undefined || v === null) return null;
    return typeof v === 'string' ? v : fail(this.at(key), v, 'a string');
  }

  bool(key: string): boolean {
    const v = this.value[key];
    return typeof v === 'boolean' ? v : fail(this.at(key), v, 'true or false');
  }

  optBool(key: string): boolean | null {
    const v = this.value[key];
    if (v === undefined || v === null) return null;
    return typeof v === 'boolean' ? v : fail(this.at(key), v, 'true or false');
  }

  obj(key: string): Fields {
    const v = this.value[key];
    return isObject(v) ? new Fields(v, this.at(key)) : fail(this.at(key), v, 'an object');
  }

  optObj(key: string): Fields | null {
    const v = this.value[key];
    if (v === undefined || v === null) return null;
    return isObject(v) ? new Fields(v, this.at(key)) : fail(this.at(key), v, 'an object');
  }

  /** An array of objects, each wrapped with its indexed path. */
  objs(key: string): Fields[] {
    const v = this.value[key];
    if (!Array.isArray(v)) return fail(this.at(key), v, 'an array');
    return v.map((item: unknown, i) =>
      isObject(item)
        ? new Fields(item, `${this.at(key)}[${i}]`)
        : fail(`${this.at(key)}[${i}]`, item, 'an object'),
    );
  }

  nums(key: string): number[] {
    const v = this.value[key];
    if (!Array.isArray(v)) return fail(this.at(key), v, 'an array');
    return v.map((item: unknown, i) =>
      typeof item === 'number' && Number.isFinite(item)
        ? item
        : fail(`${this.at(key)}[${i}]`, item, 'a number'),
    );
  }

  optNums(key: string): number[] | null {
    const v = this.value[key];
    return v === undefined || v === null ? null : this.nums(key);
  }
}
