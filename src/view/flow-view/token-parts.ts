/**
 * Task tokens. One `<g>` per task attempt, keyed by task id (Lit's `repeat`), placed with a CSS
 * transform: when the position changes phase the transform changes and the stylesheet's
 * transition moves the token (none under prefers-reduced-motion).
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Scene, SceneToken } from '../../model/index.ts';
import { stageColor } from '../shared/stage-colors.ts';
import { tokenTitle } from './flow-labels.ts';
import { tokenPoint, type FlowLayout, type Point } from './flow-layout.ts';

const MAX_QUEUED = 32;

interface Placed {
  readonly token: SceneToken;
  readonly at: Point;
}

/** Tokens with their points; tokens sharing a place (a task set, the backend) line up by order. */
export function placeTokens(scene: Scene, l: FlowLayout): Placed[] {
  const counters = new Map<string, number>();
  const out: Placed[] = [];
  for (const token of scene.tokens) {
    const group =
      token.phase === 'launching' || token.phase === 'running'
        ? `slot`
        : `${token.phase}:${token.stageId}.${token.stageAttemptId}`;
    const order = counters.get(group) ?? 0;
    counters.set(group, order + 1);
    // A queue of thousands would cover its box: the first few stand for the rest.
    if (group !== 'slot' && order >= MAX_QUEUED) continue;
    const at = tokenPoint(l, scene, token, order);
    if (at) out.push({ token, at });
  }
  return out;
}

export function renderTokens(scene: Scene, l: FlowLayout): SVGTemplateResult {
  return svg`${repeat(
    placeTokens(scene, l),
    (p) => p.token.taskId,
    ({ token, at }) => {
      const failed = token.phase === 'ended' && token.outcome !== 'success';
      const cls = [
        'token',
        token.phase,
        failed ? 'failed' : '',
        token.speculative ? 'speculative' : '',
        token.racing ? 'racing' : '',
      ]
        .filter((c) => c !== '')
        .join(' ');
      return svg`<g class=${cls} data-task-id=${token.taskId} style=${`transform: translate(${at.x}px, ${at.y}px); --stage: ${stageColor(token.stageId)}`}>
        <title>${tokenTitle(token)}</title>
        <circle r="10"></circle>
        ${token.speculative ? svg`<circle class="spec-ring" r="13"></circle>` : ''}
        ${failed ? svg`<path class="cross" d="M-5,-5 L5,5 M5,-5 L-5,5"></path>` : ''}
        <text class="token-id" y="4" text-anchor="middle" textLength=${token.taskId >= 100 ? 18 : nothing} lengthAdjust="spacingAndGlyphs">${token.taskId}</text>
      </g>`;
    },
  )}`;
}
