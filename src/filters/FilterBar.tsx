import { useId, useState } from 'react';
import type { EventFilter } from '../domain/event-filter';
import { isFiltering } from '../domain/event-filter';
import type { Timeline } from '../domain/timeline-model';
import { activeFilterCount } from './active-filter-count';
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

/**
 * Search, leaders and years, and how many events they let through. Where the bar is narrow (a
 * phone, a narrow embed: a container query in filters.css) the fields fold behind a "Filters (n)"
 * button so the chart is on the first screen; where it is wide the button is hidden and the fields
 * always show, whatever the button's state.
 */
export function FilterBar({ timeline, filter, shown, onChange, onClear, now }: Props) {
  const total = timeline.events.length;
  const [open, setOpen] = useState(false);
  const fieldsId = useId();
  const active = activeFilterCount(filter);
  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={open}
        aria-controls={fieldsId}
        onClick={() => setOpen(!open)}
      >
        {active > 0 ? `Filters (${active})` : 'Filters'}
      </button>
      <div id={fieldsId} className={`filter-fields${open ? ' open' : ''}`}>
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
      </div>
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
