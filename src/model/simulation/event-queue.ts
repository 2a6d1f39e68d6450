/**
 * The simulation's future: a binary min-heap of pending events ordered by time, then by the order
 * they were scheduled. The tie-break makes two events at the same millisecond run in the order
 * Spark would have queued them (an event loop is FIFO), and keeps runs deterministic.
 */
export interface Queued<E> {
  readonly time: number;
  readonly seq: number;
  readonly event: E;
}

export class EventQueue<E> {
  private readonly heap: Queued<E>[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(time: number, event: E): void {
    const item: Queued<E> = { time, seq: this.seq++, event };
    const heap = this.heap;
    let i = heap.length;
    heap.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as Queued<E>;
      if (!before(item, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = item;
  }

  peek(): Queued<E> | undefined {
    return this.heap[0];
  }

  pop(): Queued<E> | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let i = 0;
    const n = heap.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && before(heap[r] as Queued<E>, heap[l] as Queued<E>) ? r : l;
      const child = heap[c] as Queued<E>;
      if (!before(child, last)) break;
      heap[i] = child;
      i = c;
    }
    heap[i] = last;
    return top;
  }
}

function before<E>(a: Queued<E>, b: Queued<E>): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}
