// The part of svgcanvas (a Context2D that builds an SVG document; the package ships no types) that
// the timeline's SVG export uses (./timeline-export.ts). Drawing calls go through the
// CanvasRenderingContext2D type the painters take.
declare module 'svgcanvas' {
  export class Context {
    constructor(options: { width: number; height: number });
    createPattern(image: Context, repetition: 'repeat'): object;
    /** Draws another svgcanvas context's drawing into this one (its defs and its root group). */
    drawImage(image: Context, dx: number, dy: number): void;
    getSvg(): SVGSVGElement;
    getSerializedSvg(): string;
  }
}
