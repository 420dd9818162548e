import { Suspense, lazy, useCallback, useEffect, useMemo, useRef } from 'react';
import type { EventFilter } from '../domain/event-filter';
import { filterEvents } from '../domain/event-filter';
import type { Timeline } from '../domain/timeline-model';
import type { ViewState } from '../domain/view-state';
import { fitViewStateToTimeline } from '../domain/view-state';
import type { HistoryMode, ViewStateChange } from '../domain/view-state-changes';
import { changeFilter, clearFilters, selectEvent, switchView } from '../domain/view-state-changes';
import type { SelectedEventInfo } from '../embed/messages';
import { FilterBar } from '../filters/FilterBar';
import { ExportMenu } from '../export/LazyExportMenu';
import { usePaintedOnce } from './use-painted-once';
import type { EventListHandle } from '../list/EventList';
import type { TimelineChartHandle } from '../timeline/TimelineChart';
import { TimelineChart } from '../timeline/TimelineChart';
import { markName } from '../timeline/EventMark';
import { usePrinting } from './use-printing';
import { useReducedMotion } from './use-reduced-motion';

/** The list view: not the first view, so not in the first load (fetched once the page is up). */
const loadEventList = () => import('../list/EventList');
const EventList = lazy(() => loadEventList().then((m) => ({ default: m.EventList })));

/** Opened only on a selection, so it is not part of the first load. */
const DetailPanel = lazy(() =>
  import('../detail/DetailPanel').then((m) => ({ default: m.DetailPanel })),
);

export type StateChange = (next: ViewState, mode: HistoryMode) => void;

interface Props {
  readonly timeline: Timeline;
  readonly state: ViewState;
  readonly onStateChange: StateChange;
  readonly onEventSelected?: ((event: SelectedEventInfo | null) => void) | undefined;
  readonly now: number;
}

/** The loaded timeline: filters, chart or list, detail panel, announcements. */
export function TimelineView({
  timeline,
  state: given,
  onStateChange,
  onEventSelected,
  now,
}: Props) {
  // Every entry's state has been normalised; here it also meets the dataset it describes.
  const state = useMemo(() => fitViewStateToTimeline(given, timeline), [given, timeline]);
  const reducedMotion = useReducedMotion();
  const printing = usePrinting();
  // Printing shows the list at once: have its code here by then, fetched once the first view has
  // been painted (asking for it in the task that draws the chart made that task longer).
  const painted = usePaintedOnce();
  useEffect(() => {
    if (painted) void loadEventList();
  }, [painted]);
  const chart = useRef<TimelineChartHandle>(null);
  const list = useRef<EventListHandle>(null);
  const events = useMemo(() => filterEvents(timeline, state), [timeline, state]);
  const focusYears = useMemo(() => ({ from: state.from, to: state.to }), [state.from, state.to]);
  const selected = state.event ? (timeline.eventById.get(state.event) ?? null) : null;
  const position = selected ? events.findIndex((e) => e.id === selected.id) : -1;

  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });
  const apply = useCallback(
    (change: ViewStateChange) => onStateChange(change.state, change.history),
    [onStateChange],
  );
  const select = useCallback(
    (id: string | null) => apply(selectEvent(stateRef.current, id)),
    [apply],
  );
  const filter = useCallback(
    (patch: Partial<EventFilter>) => apply(changeFilter(stateRef.current, patch)),
    [apply],
  );

  const notify = useRef(onEventSelected);
  useEffect(() => {
    notify.current = onEventSelected;
  });
  const selectedId = selected?.id ?? null;
  const firstReport = useRef(true);
  useEffect(() => {
    // Report changes, not the initial (possibly empty) selection a link opened with.
    if (firstReport.current && selectedId === null) {
      firstReport.current = false;
      return;
    }
    firstReport.current = false;
    const e = selectedId ? timeline.eventById.get(selectedId) : undefined;
    notify.current?.(
      e ? { id: e.id, title: e.data.title, dateLabel: e.dateLabel, date: e.data.date } : null,
    );
  }, [selectedId, timeline]);

  const close = () => {
    const id = state.event;
    select(null);
    if (id) {
      requestAnimationFrame(() =>
        state.view === 'list' ? list.current?.focusEvent(id) : chart.current?.focusEvent(id),
      );
    }
  };

  return (
    <div
      className="timeline-view"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && state.event) close();
      }}
    >
      <FilterBar
        timeline={timeline}
        filter={state}
        shown={events.length}
        onChange={filter}
        onClear={() => apply(clearFilters(state))}
        now={now}
      />
      <div className="view-switch" role="group" aria-label="Display">
        <button
          type="button"
          aria-pressed={state.view === 'chart'}
          onClick={() => apply(switchView(state, 'chart'))}
        >
          Chart
        </button>
        <button
          type="button"
          aria-pressed={state.view === 'list'}
          onClick={() => apply(switchView(state, 'list'))}
        >
          List
        </button>
      </div>
      <ExportMenu timeline={timeline} events={events} picture={state.view === 'chart'} />
      {events.length === 0 && (
        <div className="empty-result" role="note">
          <p>No events match these filters.</p>
          <button type="button" onClick={() => apply(clearFilters(state))}>
            Clear filters
          </button>
        </div>
      )}
      <div className={`view-body${selected ? ' with-detail' : ''}`}>
        <div className="view-main">
          {state.view === 'chart' && (
            <TimelineChart
              ref={chart}
              timeline={timeline}
              events={events}
              selectedId={state.event}
              onSelect={select}
              reducedMotion={reducedMotion}
              now={now}
              focusYears={focusYears}
            />
          )}
          {(state.view === 'list' || printing) && (
            <Suspense fallback={null}>
              <EventList
                ref={list}
                timeline={timeline}
                events={events}
                selectedId={state.event}
                onSelect={select}
                hidden={state.view !== 'list'}
              />
            </Suspense>
          )}
        </div>
        {selected && (
          <Suspense fallback={<div className="detail-panel detail-loading" aria-busy="true" />}>
            <DetailPanel
              timeline={timeline}
              event={selected}
              previous={position > 0 ? (events[position - 1] ?? null) : null}
              next={
                position >= 0 && position < events.length - 1
                  ? (events[position + 1] ?? null)
                  : null
              }
              onSelect={select}
              onClose={close}
            />
          </Suspense>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {selected ? `Selected: ${markName(selected)}` : ''}
      </p>
    </div>
  );
}
