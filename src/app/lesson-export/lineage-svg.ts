/**
 * A static SVG of a plan's lineage for a printed or offline lesson: every RDD as a box (class,
 * id, the pipeline name and partition count), every dependency as an arrow, shuffles dashed in
 * red, placed by the layout layer's layered layout (the lineage view's geometry, without stage
 * clusters, since a lesson spans several jobs). All text is escaped; the SVG has no script.
 */
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  depEdgeId,
  layoutLineage,
  lineageGraph,
  rddNodeId,
} from '../../layout/index.ts';
import type { Plan } from '../../model/index.ts';
import { escapeText } from './escape.ts';

const round = (n: number): number => Math.round(n * 10) / 10;

export function lineageSvg(plan: Plan, title: string): string {
  const graph = lineageGraph(plan, undefined, 'LR');
  const layout = layoutLineage(graph.input);
  const out: string[] = [];
  const w = round(layout.width);
  const h = round(layout.height);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" style="max-width:100%;height:auto" role="img" aria-label="${escapeText(title)}">`,
    `<title>${escapeText(title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#6f7b88"/></marker>',
    '<marker id="arrow-shuffle" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#d1495b"/></marker></defs>',
  );
  for (const rdd of plan.rdds)
    rdd.deps.forEach((dep, index) => {
      const points = layout.edges.get(depEdgeId(rdd.rddId, index));
      if (!points || points.length < 2) return;
      const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`).join('');
      const shuffle = dep.type === 'Shuffle';
      out.push(
        `<path d="${d}" fill="none" stroke="${shuffle ? '#d1495b' : '#6f7b88'}" stroke-width="1.5"${shuffle ? ' stroke-dasharray="6 4"' : ''} marker-end="url(#${shuffle ? 'arrow-shuffle' : 'arrow'})"/>`,
      );
    });
  for (const rdd of plan.rdds) {
    const box = layout.nodes.get(rddNodeId(rdd.rddId));
    if (!box) continue;
    const x = round(box.x);
    const y = round(box.y);
    const name = rdd.op ?? `action ${rdd.action ?? 0}`;
    out.push(
      `<g data-rdd-id="${rdd.rddId}">`,
      `<rect x="${x}" y="${y}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="6" fill="#fff" stroke="#8a96a6"/>`,
      `<text x="${round(x + 10)}" y="${round(y + 22)}" font-size="13" font-weight="600">${escapeText(`${rdd.class} [${rdd.rddId}]`)}</text>`,
      `<text x="${round(x + 10)}" y="${round(y + 42)}" font-size="12" fill="#5b6573">${escapeText(`${name} · ${rdd.numPartitions} p`)}</text>`,
      '</g>',
    );
  }
  out.push('</svg>');
  return out.join('\n');
}
