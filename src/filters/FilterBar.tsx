import type { EventFilter } from '../domain/event-filter';
import { isFiltering } from '../domain/event-filter';
import type { Timeline } from '../domain/timeline-model';
import { LeaderFilter } from './LeaderFilter';
import { TextFilter } from './TextFilter';
import { YearFilter } from './YearFilter';
import './filters.css';

interface Props {
  readonly timeline: Timeline;
  readonly filter: EventFilter;
  readonly shown: number;
  readonly onChange: (patch: Partial<EventFilter>) => void;
  readonly onClear: () => void;
  readonly now: number;
}

export function FilterBar({ timeline, filter, shown, onChange, onClear, now }: Props) {
  const total = timeline.events.length;
  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <TextFilter value={filter.q} onChange={(q) => onChange({ q })} />
      <LeaderFilter
        people={timeline.dataset.people}
        selected={filter.leaders}
        onChange={(leaders) => onChange({ leaders })}
      />
      <YearFilter
        years={timeline.years}
        firstYear={new Date(timeline.extent.start).getUTCFullYear()}
        lastYear={Math.max(
          new Date(now).getUTCFullYear(),
          new Date(timeline.extent.end - 1).getUTCFullYear(),
        )}
        from={filter.from}
        to={filter.to}
        onChange={(from, to) => onChange({ from, to })}
      />
      <p className="filter-count" role="status">
        {shown === total ? `Showing all ${total} events` : `Showing ${shown} of ${total} events`}
        {isFiltering(filter) && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={onClear}>
              Clear filters
            </button>
          </>
        )}
      </p>
    </div>
  );
}
