import { useLoadProgress } from '../data/use-timeline-data';
import type { Problem } from '../domain/problem';
import { DatasetProgress } from './DatasetProgress';

/** What the chart will look like, while the dataset loads, with the load's progress. */
export function ChartSkeleton() {
  const progress = useLoadProgress();
  return (
    <div className="chart-skeleton">
      <DatasetProgress progress={progress} />
      <div className="skeleton-bar skeleton-filters" aria-hidden="true" />
      {[0, 1, 2].map((lane) => (
        <div key={lane} className="skeleton-lane" aria-hidden="true">
          {[12, 38, 61, 70, 84].map((left, i) => (
            <span key={i} className="skeleton-dot" style={{ left: `${left + lane * 3}%` }} />
          ))}
        </div>
      ))}
      <div className="skeleton-bar skeleton-overview" aria-hidden="true" />
    </div>
  );
}

export function LoadError({
  message,
  url,
  onRetry,
  retrying,
  canRetry,
}: {
  readonly message: string;
  readonly url: string;
  readonly onRetry: () => void;
  readonly retrying: boolean;
  readonly canRetry: boolean;
}) {
  return (
    <div className="load-error" role="alert">
      <h2>The timeline could not be loaded</h2>
      <p>{message}</p>
      <p className="load-url">
        Dataset: <code>{url}</code>
      </p>
      {canRetry && (
        <button type="button" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      )}
    </div>
  );
}

export function ProblemList({ problems }: { readonly problems: readonly Problem[] }) {
  return (
    <div className="dataset-problems" role="alert">
      <h2>This dataset cannot be shown</h2>
      <p>
        It has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}; each names
        where in the file it is:
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p.path}</code>: <bdi>{p.message}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}
