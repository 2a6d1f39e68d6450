// One colour per stage id, the same in every view. Tableau 10 reads well on light and dark
// backgrounds; skipped stages are drawn grey whatever their colour.

/**
 * d3's `schemeTableau10`, written out: importing it from d3 kept all of d3-scale-chromatic in the
 * app's initial bundle (its colour ramps are built when the module loads), for ten strings.
 */
const TABLEAU_10 = [
  '#4e79a7',
  '#f28e2c',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc949',
  '#af7aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ab',
] as const;

export function stageColor(stageId: number): string {
  return TABLEAU_10[stageId % TABLEAU_10.length] ?? '#4e79a7';
}

/** Marks of a skipped stage, as the theme's `--sc-skipped`. */
export const SKIPPED_COLOR = 'var(--sc-skipped, #9aa3ad)';
