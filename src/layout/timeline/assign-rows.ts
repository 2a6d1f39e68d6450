/**
 * Greedy interval partitioning: sorted by start, each interval takes the lowest-numbered row whose
 * last interval ended at or before its start, opening a new row only when every row is busy. The
 * number of rows is then the most intervals overlapping at one instant, the fewest possible.
 * Shared by the core lanes (./assign-lanes.ts) and the job and stage rows (./collect-spans.ts).
 */
export class RowPacker {
  private readonly rowEnds: number[] = [];

  /** At least `minRows` rows exist from the start (an executor's cores). */
  constructor(minRows = 0) {
    for (let r = 0; r < minRows; r++) this.rowEnds.push(-Infinity);
  }

  /** The row of an interval; intervals must come in order of start. */
  place(start: number, end: number): number {
    const ends = this.rowEnds;
    for (let r = 0; r < ends.length; r++)
      if (ends[r]! <= start) {
        ends[r] = end;
        return r;
      }
    ends.push(end);
    return ends.length - 1;
  }

  get rows(): number {
    return this.rowEnds.length;
  }
}
