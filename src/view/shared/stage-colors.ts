// One colour per stage id, the same in every view. Tableau 10 reads well on light and dark
// backgrounds; skipped stages are drawn grey whatever their colour.
import { schemeTableau10 } from 'd3';

export function stageColor(stageId: number): string {
  return schemeTableau10[stageId % schemeTableau10.length] ?? '#4e79a7';
}

/** Marks of a skipped stage, as the theme's `--sc-skipped`. */
export const SKIPPED_COLOR = 'var(--sc-skipped, #9aa3ad)';
