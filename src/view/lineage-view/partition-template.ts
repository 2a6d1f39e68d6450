// SVG for the partition-level drawing (./partition-scene.ts). Same test hooks as the RDD-level
// drawing: `data-rdd-id` on each RDD, `data-dep-type` on each dependency's group of lines.
import { msg, str } from '@lit/localize';
import { svg, type SVGTemplateResult } from 'lit';
import { truncate } from '../shared/labels.ts';
import {
  MAX_PARTITIONS_PER_RDD,
  MAX_PARTITIONS_TOTAL,
  PARTITION_CELL,
  type PartitionScene,
} from './partition-scene.ts';

function patternName(pattern: PartitionScene['links'][number]['pattern']): string {
  if (pattern === 'one-to-one') return msg('one-to-one');
  return pattern === 'range' ? msg('range') : msg('all-to-all');
}

export function renderPartitions(scene: PartitionScene): SVGTemplateResult {
  if (scene.tooLarge) {
    const perRdd = MAX_PARTITIONS_PER_RDD;
    const total = MAX_PARTITIONS_TOTAL;
    return svg`<text class="too-large" x="16" y="40">${msg(str`Too many partitions to draw one by one (limits: ${perRdd} per RDD, ${total} in all).`)}</text>`;
  }
  return svg`
    <g class="partition-links">${scene.links.map(
      (link) => svg`<g class="edge partition-link ${link.pattern}" data-dep-type=${link.type}>
        <title>${patternName(link.pattern)}: ${link.reason}</title>
        ${link.lines.map((l) => svg`<line x1=${l.x1} y1=${l.y1} x2=${l.x2} y2=${l.y2}></line>`)}
      </g>`,
    )}</g>
    <g class="partition-blocks">${scene.blocks.map(
      (block) => svg`<g class="partition-block" data-rdd-id=${block.rddId}>
        <text class="title" x=${block.x} y=${block.y + 12}>${truncate(block.title, 24)}</text>
        <text class="op" x=${block.x} y=${block.y + 25}>${truncate(block.operation, 26)}</text>
        ${block.cells.map(
          (
            c,
            i,
          ) => svg`<rect class="cell" x=${c.x} y=${c.y} width=${PARTITION_CELL.width} height=${PARTITION_CELL.height}
            fill=${block.color ?? 'var(--sc-skipped, #9aa3ad)'}><title>${msg(str`partition ${i}`)}</title></rect>`,
        )}
      </g>`,
    )}</g>
  `;
}
