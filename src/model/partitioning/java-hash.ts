/**
 * `HashPartitioner.getPartition(key)` = `Utils.nonNegativeMod(key.hashCode, numPartitions)`, for
 * the keys a pipeline file can name whose JVM `hashCode` is fixed by the value: strings
 * (`String.hashCode`), whole numbers in Int range (`Integer.hashCode`), booleans and null. Other
 * keys (tuples, doubles, Longs) return null: the partition is not known.
 */
import type { JsonValue } from '../pipeline/types.ts';

export function javaHashCode(key: JsonValue): number | null {
  if (key === null) return 0;
  if (typeof key === 'boolean') return key ? 1231 : 1237;
  if (typeof key === 'number')
    return Number.isInteger(key) && key >= -2147483648 && key <= 2147483647 ? key : null;
  if (typeof key === 'string') {
    let h = 0;
    for (let i = 0; i < key.length; i++) h = (Math.imul(31, h) + key.charCodeAt(i)) | 0;
    return h;
  }
  return null;
}

/** The partition of `key` under `HashPartitioner(n)` (null keys go to 0), or null when the hash is not known. */
export function hashPartition(key: JsonValue, numPartitions: number): number | null {
  if (key === null) return 0;
  const h = javaHashCode(key);
  if (h === null) return null;
  const mod = h % numPartitions;
  return mod < 0 ? mod + numPartitions : mod;
}
