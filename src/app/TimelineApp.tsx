import { Suspense, lazy, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTimelineData } from '../data/use-timeline-data';
import type { DatasetSource } from '../data/dataset-source';
import { describeSource } from '../data/dataset-source';
import { DatasetFetchError } from '../data/dataset-fetch-error';
import type { ViewState } from '../domain/view-state';
import type { SelectedEventInfo } from '../embed/messages';
import { ErrorBoundary } from './ErrorBoundary';
import { ChartSkeleton } from './LoadStates';

/** Shown only when a dataset fails: loaded then, not with the page. */
const LoadError = lazy(() => import('./LoadFailures').then((m) => ({ default: m.LoadError })));
const ProblemList = lazy(() => import('./LoadFailures').then((m) => ({ default: m.ProblemList })));
import { SkipLink } from './SkipLink';
import type { StateChange } from './TimelineView';
import { TimelineView } from './TimelineView';
import type { Theme } from './use-theme';
import { useTheme } from './use-theme';
import './app.css';

export interface TimelineAppProps {
  readonly dataset: DatasetSource;
  readonly state: ViewState;
  readonly onStateChange: StateChange;
  /** Called when the selected event changes (including to none). */
  readonly onEventSelected?: (event: SelectedEventInfo | null) => void;
  /** Fixes the theme (embeds); otherwise the reader's choice or the system's. */
  readonly theme?: Theme;
  /** Compact chrome for embeds: no page heading or theme toggle. */
  readonly compact?: boolean;
  /**
   * True when the timeline is the whole document (the page, or the page inside an iframe): it
   * then has the page's h1 and its header/main landmarks. Inside a host page (custom element,
   * React component) it uses an h2 and no landmarks of its own, leaving those to the host.
   */
  readonly standalone?: boolean;
  /** "Today", for the axis's right end; a parameter so tests are stable. */
  readonly now?: number;
  /** The page's own controls (open a file, embed code), shown under the title. */
  readonly tools?: ReactNode;
}

/** Loads a dataset by URL and shows it, or shows what went wrong. The core every entry uses. */
export function TimelineApp({
  dataset,
  state,
  onStateChange,
  onEventSelected,
  theme: forced,
  compact,
  standalone = false,
  now,
  tools,
}: TimelineAppProps) {
  const [theme, toggleTheme] = useTheme(forced);
  const query = useTimelineData(dataset);
  const [startedAt] = useState(() => Date.now());
  const mainId = useId();
  const today = now ?? startedAt;
  const title = query.data?.ok ? query.data.timeline.dataset.title : 'China–North Korea relations';

  let body;
  if (query.isPending) body = <ChartSkeleton />;
  else if (query.isError)
    body = (
      <Suspense fallback={null}>
        <LoadError
          message={
            query.error instanceof DatasetFetchError
              ? query.error.message
              : 'Could not load the dataset.'
          }
          url={describeSource(dataset)}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
          canRetry={!('refused' in dataset)}
        />
      </Suspense>
    );
  else if (!query.data.ok)
    body = (
      <Suspense fallback={null}>
        <ProblemList problems={query.data.problems} />
      </Suspense>
    );
  else
    body = (
      <TimelineView
        timeline={query.data.timeline}
        state={state}
        onStateChange={onStateChange}
        onEventSelected={onEventSelected}
        now={today}
      />
    );

  const Header = standalone ? 'header' : 'div';
  const Main = standalone ? 'main' : 'div';
  return (
    <div className={`cdt-app${compact ? ' compact' : ''}`} data-theme={theme}>
      <SkipLink targetId={mainId} />
      <Header className="app-header">
        {standalone ? (
          <h1 className="app-title">{title}</h1>
        ) : (
          <h2 className="app-title">{title}</h2>
        )}
        {!forced && (
          <button
            type="button"
            className="theme-toggle"
            aria-pressed={theme === 'dark'}
            onClick={toggleTheme}
          >
            Dark theme
          </button>
        )}
        {tools}
      </Header>
      <Main className="app-main" id={mainId}>
        <ErrorBoundary>{body}</ErrorBoundary>
      </Main>
    </div>
  );
}
