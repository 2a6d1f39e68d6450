/**
 * Pass 2 of the layered layout, per block: ranks by longest path from the sources, so every
 * edge points to a later rank (data flows left to right, or top to bottom).
 *
 * Needs: items and edges between them (indexes). Guarantees: rank[target] > rank[source] for
 * every edge not marked `back`; a cycle (never produced by a lineage, but input is input) is
 * broken at the item that comes first in input order, and its edges into the cycle are `back`.
 * Linear in items + edges (Kahn's topological order).
 */
export interface RankResult {
  readonly rank: readonly number[];
  /** Per edge index: true when the edge could not point forward. */
  readonly back: readonly boolean[];
}

export function assignRanks(count: number, edges: readonly (readonly [number, number])[]): RankResult {
  const outgoing: number[][] = Array.from({ length: count }, () => []);
  const indegree = new Array<number>(count).fill(0);
  edges.forEach(([s, t], i) => {
    outgoing[s]!.push(i);
    indegree[t]!++;
  });
  const rank = new Array<number>(count).fill(0);
  const done = new Array<boolean>(count).fill(false);
  const back = new Array<boolean>(edges.length).fill(false);
  const queue: number[] = [];
  for (let i = 0; i < count; i++) if (indegree[i] === 0) queue.push(i);
  let processed = 0;
  let next = 0;
  while (processed < count) {
    if (next >= queue.length) {
      // A cycle: release the first unprocessed item; edges into it from unprocessed items are back edges.
      const stuck = done.indexOf(false);
      edges.forEach(([s, t], i) => {
        if (t === stuck && !done[s]) back[i] = true;
      });
      indegree[stuck] = 0;
      queue.push(stuck);
    }
    const item = queue[next++]!;
    if (done[item]) continue;
    done[item] = true;
    processed++;
    for (const i of outgoing[item]!) {
      const target = edges[i]![1];
      if (done[target]) {
        back[i] = true;
        continue;
      }
      rank[target] = Math.max(rank[target]!, rank[item]! + 1);
      if (--indegree[target]! === 0) queue.push(target);
    }
  }
  return { rank, back };
}
