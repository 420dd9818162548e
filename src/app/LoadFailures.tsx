/**
 * What the page says when a dataset cannot be loaded or shown: loaded only then (TimelineApp.tsx),
 * so not part of the first load.
 */
import type { Problem } from '../domain/problem';

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
