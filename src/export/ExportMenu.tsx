import { useId, useRef, useState } from 'react';
import type { Timeline, TimelineEvent } from '../domain/timeline-model';
import { downloadBlob, fileNameFor } from './download';

interface Props {
  readonly timeline: Timeline;
  /** The events shown now (after the filters), in time order. */
  readonly events: readonly TimelineEvent[];
  /** The chart is on screen, so there is a picture to export. */
  readonly picture: boolean;
}

type Format = 'svg' | 'png' | 'csv';

/** The outlets of the sources of the events shown, for the picture's credit line. */
function outletsOf(timeline: Timeline, events: readonly TimelineEvent[]): string[] {
  const outlets: string[] = [];
  for (const e of events) {
    for (const id of e.data.sources) {
      const outlet = timeline.sourceById.get(id)?.outlet;
      if (outlet) outlets.push(outlet);
    }
  }
  return outlets;
}

async function exportBlob(
  format: Format,
  timeline: Timeline,
  events: readonly TimelineEvent[],
  app: Element,
): Promise<Blob> {
  if (format === 'csv') {
    const { eventsToCsv } = await import('../domain/export/events-to-csv');
    return new Blob(
      [
        eventsToCsv(
          timeline.dataset,
          events.map((e) => e.data),
        ),
      ],
      { type: 'text/csv;charset=utf-8' },
    );
  }
  // Found from this app's own root: inside a custom element the chart is in a shadow root.
  const chart = app.querySelector<SVGSVGElement>('svg.chart-svg');
  if (!chart) throw new Error('switch to the chart to export a picture');
  const { chartPicture, pictureToPng, sourcesCredit } = await import('./chart-svg');
  const picture = chartPicture(chart, {
    title: timeline.dataset.title,
    credit: sourcesCredit(outletsOf(timeline, events)),
    canvases: Array.from(app.querySelectorAll<HTMLCanvasElement>('canvas.density-layer')),
  });
  if (format === 'svg') return new Blob([picture.text], { type: 'image/svg+xml;charset=utf-8' });
  return pictureToPng(picture, 2);
}

const NAMES: Readonly<Record<Format, string>> = {
  svg: 'an SVG picture',
  png: 'a PNG picture',
  csv: 'a CSV spreadsheet',
};

/**
 * Export what is shown: the chart as SVG or PNG (2×), the events after the filters as CSV. The
 * writers load on first use. Files are made in the page and saved by the browser; nothing leaves.
 */
export function ExportMenu({ timeline, events, picture }: Props) {
  const group = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const labelId = useId();

  const run = async (format: Format) => {
    const here = group.current;
    // Not disabled while busy: a disabled button would drop the keyboard focus.
    if (!here || busy) return;
    setBusy(true);
    setStatus('');
    try {
      const blob = await exportBlob(format, timeline, events, here.closest('.cdt-app') ?? here);
      const fileName = fileNameFor(timeline.dataset.title, format);
      downloadBlob(blob, fileName, here);
      setStatus(`Saved ${fileName}, ${NAMES[format]} of ${events.length} events.`);
    } catch (error) {
      setStatus(`Could not export: ${error instanceof Error ? error.message : String(error)}.`);
    } finally {
      setBusy(false);
    }
  };

  const formats: Format[] = picture ? ['svg', 'png', 'csv'] : ['csv'];
  return (
    <div
      className="export-menu"
      role="group"
      aria-labelledby={labelId}
      aria-busy={busy}
      ref={group}
    >
      <span className="export-label" id={labelId}>
        Export
      </span>
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          title={`Download ${NAMES[format]} of what is shown`}
          onClick={() => void run(format)}
        >
          {format.toUpperCase()}
        </button>
      ))}
      <span className="export-status" role="status">
        {status}
      </span>
    </div>
  );
}
