/**
 * Greedy interval partitioning: sorted by start, each interval takes the lowest-numbered row that
 * is free at its start, opening a new row only when every row is busy. A row is free from its last
 * interval's `freeAt`, which is its end unless the caller lets the next interval overlap that end
 * (./assign-lanes.ts does, by the time Spark frees a core before it records the finish). With
 * `freeAt` = end the number of rows is the most intervals overlapping at one instant, the fewest
 * possible. Shared by the core lanes and the job and stage rows (./collect-spans.ts).
 */
export class RowPacker {
  private readonly rowEnds: number[] = [];

  /** At least `minRows` rows exist from the start (an executor's cores). */
  constructor(minRows = 0) {
    for (let r = 0; r < minRows; r++) this.rowEnds.push(-Infinity);
  }

  /** The row of an interval; intervals must come in order of start. */
  place(start: number, freeAt: number): number {
    const ends = this.rowEnds;
    for (let r = 0; r < ends.length; r++)
      if (ends[r]! <= start) {
        ends[r] = freeAt;
        return r;
      }
    ends.push(freeAt);
    return ends.length - 1;
  }

  get rows(): number {
    return this.rowEnds.length;
  }
}
