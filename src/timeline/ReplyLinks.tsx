import type { CSSProperties } from 'react';
import { memo } from 'react';
import type { MarkGeometry } from '../domain/mark-geometry';
import { basePx, rowY } from './chart-layout';

interface Props {
  readonly geometry: MarkGeometry;
  readonly tops: readonly number[];
  /** Only links between these events (indexes), or null for all. */
  readonly only?: readonly number[] | null;
}

/**
 * A curve from each message to the reply it got, across lanes. Drawn in unit x (0 → 1) and
 * stretched by CSS, so zooming needs no re-render; the stroke does not scale with it.
 */
export const ReplyLinks = memo(function ReplyLinks({ geometry, tops, only = null }: Props) {
  // Only the replies are indexed, and found from the model's `replies` rather than from each
  // event's data: indexing every event took ~60 ms of a 100 000-event page's first drawing, and
  // the page reads an event's data only when something shows it (timeline-transfer.ts).
  const answers = new Set(geometry.events.flatMap((e) => e.replies));
  const index = new Map<string, number>();
  geometry.events.forEach((e, i) => answers.has(e.id) && index.set(e.id, i));
  const y = (i: number) => rowY(tops, geometry.lane[i] ?? 0, geometry.layout.row[i] ?? 0);
  const mid = (i: number) => ((geometry.baseX0[i] ?? 0) + (geometry.baseX1[i] ?? 0)) / 2;
  const links: { key: string; x: number; w: number; y0: number; y1: number }[] = [];
  const drawn = only ? new Set(only) : null;
  geometry.events.forEach((e, j) => {
    if (drawn && !drawn.has(j)) return;
    for (const reply of e.replies) {
      const i = index.get(reply);
      if (i === undefined || (drawn && !drawn.has(i))) continue;
      links.push({ key: `${e.id}>${reply}`, x: mid(j), w: mid(i) - mid(j), y0: y(j), y1: y(i) });
    }
  });
  return (
    <g className="reply-links" aria-hidden="true">
      {links.map((l) => (
        <g
          key={l.key}
          className="reply-link"
          style={{ '--x': basePx(l.x), '--w': Math.max(basePx(l.w), 0.001) } as CSSProperties}
        >
          <path
            d={`M0,${l.y0} C0.5,${l.y0} 0.5,${l.y1} 1,${l.y1}`}
            vectorEffect="non-scaling-stroke"
          />
        </g>
      ))}
    </g>
  );
});
