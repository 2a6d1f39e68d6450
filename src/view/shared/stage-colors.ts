// One colour per stage id, the same in every view. Tableau 10 reads well on light and dark
// backgrounds; skipped stages are drawn grey whatever their colour.
import { schemeTableau10 } from 'd3';

export function stageColor(stageId: number): string {
  return schemeTableau10[stageId % schemeTableau10.length] ?? '#4e79a7';
}
