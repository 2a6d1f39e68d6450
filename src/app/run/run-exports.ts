/**
 * The run page's SVG and PNG exports: the centre view shown (the scheduler flow, the run's lineage
 * or, when it is a tab, the timeline) at the current playback position. The header's export
 * buttons ask the run page (RunPage.exportCurrent); the page decides what is current from what it
 * rendered (`.main-view[data-shows]`, ./centre-tabs.ts) and tells the header when that changes
 * (`sc-shown-view`, so the buttons' titles name it).
 *
 * File names: `<stem>.<view>.event-<position>.<svg|png>`, e.g. `word-count.flow.event-20.svg`, so
 * several steps of one run give distinct files; the stem is the lesson's pipeline, else the
 * imported log's application (else its file), else the pipeline (fileStem).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { timelinePng, timelineSvg } from '../../view/timeline/timeline-export.ts';
import { download, fileStem, svgToPng } from '../downloads.ts';
import type { CentreTab } from './centre-tabs.ts';

export type ImageKind = 'svg' | 'png';

export interface ShownViewDetail {
  readonly view: CentreTab;
}

/** What names the files: the stem's source and the playback position. */
export interface RunExportNames {
  /** The lesson's or the shell's pipeline name, or the imported log's application or file name. */
  readonly name: string | undefined;
  readonly position: number;
}

/** The file name of an export: `word-count.flow.event-20.svg`. */
export function runExportName(view: CentreTab, kind: ImageKind, names: RunExportNames): string {
  return `${fileStem(names.name)}.${view}.event-${names.position}.${kind}`;
}

/** The PNG scale of the SVG drawings (the timeline picks its own ratio, at least 2). */
const PNG_SCALE = 2;

export class RunExports implements ReactiveController {
  private shown: CentreTab | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly names: () => RunExportNames,
  ) {
    host.addController(this);
  }

  /** The centre view shown, as rendered ('flow' before the first render). */
  get view(): CentreTab {
    const shows = this.root()?.querySelector<HTMLElement>('.main-view')?.dataset['shows'];
    return shows === 'lineage' || shows === 'timeline' ? shows : 'flow';
  }

  hostUpdated(): void {
    const view = this.view;
    if (view === this.shown) return;
    this.shown = view;
    this.host.dispatchEvent(
      new CustomEvent<ShownViewDetail>('sc-shown-view', { detail: { view }, bubbles: true, composed: true }),
    );
  }

  /** Saves the view shown as a file; throws (with the cause) when it cannot be made. */
  async save(kind: ImageKind): Promise<void> {
    const view = this.view;
    const name = runExportName(view, kind, this.names());
    const main = this.root()?.querySelector('.main-view');
    if (view === 'timeline') {
      const picture = main?.querySelector('sc-timeline')?.picture();
      if (!picture) throw new Error(msg('no timeline is shown'));
      if (kind === 'svg') download(name, 'image/svg+xml', await timelineSvg(picture));
      else download(name, 'image/png', await timelinePng(picture));
      return;
    }
    const element = main?.querySelector(view === 'flow' ? 'sc-flow-view' : 'sc-lineage-view');
    const svg = element?.exportSvg() ?? null;
    if (!svg)
      throw new Error(view === 'flow' ? msg('no scheduler flow is shown') : msg('no lineage is shown'));
    if (kind === 'svg') download(name, 'image/svg+xml', svg);
    else download(name, 'image/png', await svgToPng(svg, PNG_SCALE));
  }

  private root(): ShadowRoot | HTMLElement | null {
    return this.host.shadowRoot;
  }
}

declare global {
  interface HTMLElementEventMap {
    'sc-shown-view': CustomEvent<ShownViewDetail>;
  }
}
