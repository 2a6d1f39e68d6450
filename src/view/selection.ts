/** What the user has selected in any view: an RDD, one dependency edge, or a stage. */
export type Selection =
  | { readonly kind: 'rdd'; readonly rddId: number }
  /** The `index`-th dependency of RDD `rddId` (the child end of the edge). */
  | { readonly kind: 'dep'; readonly rddId: number; readonly index: number }
  | { readonly kind: 'stage'; readonly stageId: number };

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'rdd' && b.kind === 'rdd') return a.rddId === b.rddId;
  if (a.kind === 'dep' && b.kind === 'dep') return a.rddId === b.rddId && a.index === b.index;
  if (a.kind === 'stage' && b.kind === 'stage') return a.stageId === b.stageId;
  return false;
}
