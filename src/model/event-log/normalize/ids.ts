/** Spark ≤ 1.3 named the driver's executor `"<driver>"`; later versions and the History Server say `"driver"`. */
export function executorId(raw: string): string {
  return raw === '<driver>' ? 'driver' : raw;
}
