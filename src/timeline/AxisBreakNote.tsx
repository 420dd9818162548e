/** Says in words where the axis is broken, and that the overview strip is to scale. */
import type { AxisSegment } from '../domain/axis-segments';

export function AxisBreakNote({ segments }: { readonly segments: readonly AxisSegment[] }) {
  const gaps = segments.filter((s) => s.compressed);
  if (gaps.length === 0) return null;
  return (
    <p className="chart-note">
      ≈ marks {gaps.length === 1 ? 'a stretch' : 'stretches'} with no events, drawn narrow:{' '}
      {gaps
        .map((g) => `${new Date(g.start).getUTCFullYear()}–${new Date(g.end).getUTCFullYear()}`)
        .join(', ')}
      . Elsewhere the axis is proportional to time; the strip below shows the whole span to scale.
    </p>
  );
}
