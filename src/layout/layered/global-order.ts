/**
 * Pass 1b of the layered layout: one depth-first order over the whole graph (sources in input
 * order, children in edge order). Each block starts its layers in this order, so blocks laid out
 * separately still agree on which side every branch goes, and a tree needs no crossing.
 *
 * Needs: layout input. Guarantees: a distinct key per node, the same for the same input.
 */
import type { LayoutInput } from '../lineage-layout.ts';

export function globalOrder(input: LayoutInput): Map<string, number> {
  const children = new Map<string, string[]>();
  const hasParent = new Set<string>();
  for (const e of input.edges) {
    children.set(e.source, [...(children.get(e.source) ?? []), e.target]);
    hasParent.add(e.target);
  }
  const key = new Map<string, number>();
  const visit = (start: string): void => {
    const stack = [start];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (key.has(id)) continue;
      key.set(id, key.size);
      const next = children.get(id) ?? [];
      for (let k = next.length - 1; k >= 0; k--) stack.push(next[k]!);
    }
  };
  for (const n of input.nodes) if (!hasParent.has(n.id)) visit(n.id);
  for (const n of input.nodes) visit(n.id);
  return key;
}
