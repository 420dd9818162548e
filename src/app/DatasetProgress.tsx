import { useEffect, useState } from 'react';
import type { LoadProgress } from '../data/load-progress';
import './dataset-progress.css';

/** Shown only for loads that take longer than this, so a small dataset never flashes a bar. */
export const PROGRESS_DELAY_MS = 300;

/** 10000 → "10 000", grouped with narrow no-break spaces as in print. */
export function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1);
}

/** What the bar says, in full (shown) and in coarse steps (announced, so it does not chatter). */
export function describeProgress(p: LoadProgress): { shown: string; announced: string } {
  if (p.stage === 'checking') {
    const text =
      p.events === null
        ? 'Checking the dataset…'
        : `Checking ${groupDigits(p.events)} event${p.events === 1 ? '' : 's'}…`;
    return { shown: text, announced: text };
  }
  if (p.total === null || p.total === 0) {
    return {
      shown: `Reading the dataset: ${megabytes(p.loaded)} MB`,
      announced: 'Reading the dataset…',
    };
  }
  const quarter = Math.floor((4 * Math.min(p.loaded, p.total)) / p.total) * 25;
  return {
    shown: `Reading the dataset: ${megabytes(p.loaded)} of ${megabytes(p.total)} MB`,
    announced: `Reading the dataset, ${quarter}% done`,
  };
}

/**
 * A progress bar for a dataset load: bytes read of the total when known, then the checking of the
 * events. It appears only after PROGRESS_DELAY_MS, and tells screen readers of each stage (and
 * each quarter of the download) politely, not of every chunk.
 */
export function DatasetProgress({ progress }: { readonly progress: LoadProgress | null }) {
  const [due, setDue] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDue(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  const visible = due && progress !== null;
  const text = progress ? describeProgress(progress) : null;
  const determinate =
    progress?.stage === 'reading' && progress.total !== null && progress.total > 0;
  return (
    <div className="dataset-progress">
      <p className="visually-hidden" role="status" aria-live="polite">
        {visible && text ? text.announced : 'Loading the timeline…'}
      </p>
      {visible && text && (
        <div className="dataset-progress-bar">
          {determinate ? (
            <progress
              aria-label="Loading the dataset"
              value={progress.loaded}
              max={progress.total ?? undefined}
            />
          ) : (
            <progress aria-label="Loading the dataset" />
          )}
          <span aria-hidden="true">{text.shown}</span>
        </div>
      )}
    </div>
  );
}
