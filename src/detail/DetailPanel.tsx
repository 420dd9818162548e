import { useEffect, useId, useRef } from 'react';
import { isoForTimeElement } from '../domain/date-label';
import { eventKindLabel } from '../domain/event-kinds';
import type { Timeline, TimelineEvent } from '../domain/timeline-model';
import { CopyEventLink } from './CopyEventLink';
import { EventLinks } from './EventLinks';
import { EventSummary } from './EventSummary';
import { SourceCard } from './SourceCard';
import './detail.css';

interface Props {
  readonly timeline: Timeline;
  readonly event: TimelineEvent;
  /** Previous and next among the events the filters let through. */
  readonly previous: TimelineEvent | null;
  readonly next: TimelineEvent | null;
  readonly onSelect: (id: string) => void;
  readonly onClose: () => void;
}

/** Everything known about one event, with its sources side by side. Text only, never HTML. */
export function DetailPanel({ timeline, event: e, previous, next, onSelect, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => {
    heading.current?.focus();
  }, [e.id]);

  const person = (id: string) => timeline.personById.get(id);
  const laneName = timeline.lanes.find((l) => l.id === e.lane)?.name ?? e.lane;
  const answered = (e.data.inReplyTo ?? [])
    .map((id) => timeline.eventById.get(id))
    .filter((x) => x !== undefined);
  const replies = e.replies.map((id) => timeline.eventById.get(id)).filter((x) => x !== undefined);
  const sources = e.data.sources
    .map((id) => timeline.sourceById.get(id))
    .filter((x) => x !== undefined);

  return (
    <section className="detail-panel" aria-labelledby={titleId}>
      <header className="detail-header">
        <p className="detail-kind">
          {eventKindLabel(e.data.kind)} · {laneName}
        </p>
        <h2 id={titleId} tabIndex={-1} ref={heading}>
          <bdi>{e.data.title}</bdi>
        </h2>
        <button type="button" className="detail-close" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </header>

      <dl className="detail-dates">
        <div>
          <dt>Date</dt>
          <dd>
            <time dateTime={isoForTimeElement(e.date)}>{e.dateLabel}</time>
            {!e.exact && (
              <span className="precision-note"> (as precisely as the sources allow)</span>
            )}
          </dd>
        </div>
        {e.reported && e.reportedLabel !== e.dateLabel && (
          <div>
            <dt>Reported</dt>
            <dd>
              <time dateTime={isoForTimeElement(e.reported)}>{e.reportedLabel}</time>
            </dd>
          </div>
        )}
      </dl>

      <EventSummary summary={e.data.summary} className="detail-summary" />
      <EventLinks event={e.data} className="detail-media" />
      <CopyEventLink id={e.id} />

      {e.data.people.length > 0 && (
        <>
          <h3>People</h3>
          <ul className="detail-people">
            {e.data.people.map((id) => {
              const p = person(id);
              return (
                <li key={id}>
                  <bdi className="person-name">{p?.name ?? id}</bdi>
                  {p?.nativeName && (
                    <span lang={timeline.sideById.get(p.side)?.lang}>
                      {' '}
                      (<bdi>{p.nativeName}</bdi>)
                    </span>
                  )}
                  {p?.role && (
                    <span className="person-role">
                      , <bdi>{p.role}</bdi>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}

      {e.data.quotes.length > 0 && (
        <>
          <h3>Quotes</h3>
          <ul className="detail-quotes">
            {e.data.quotes.map((q, i) => {
              const source = timeline.sourceById.get(q.source);
              return (
                <li key={i}>
                  <figure>
                    <blockquote>
                      “<bdi>{q.text}</bdi>”
                    </blockquote>
                    <figcaption>
                      — <bdi>{person(q.speaker)?.name ?? q.speaker}</bdi>
                      {q.agency && (
                        <>
                          , as carried by <bdi>{q.agency}</bdi>
                        </>
                      )}
                      {source && (
                        <>
                          ; quoted in <bdi>{source.outlet}</bdi>
                        </>
                      )}
                    </figcaption>
                  </figure>
                </li>
              );
            })}
          </ul>
        </>
      )}

      {(answered.length > 0 || replies.length > 0) && (
        <>
          <h3>Messages and replies</h3>
          <ul className="detail-links">
            {answered.map((a) => (
              <li key={a.id}>
                Replies to{' '}
                <button type="button" className="link-button" onClick={() => onSelect(a.id)}>
                  {a.dateLabel}: {a.data.title}
                </button>
              </li>
            ))}
            {replies.map((r) => (
              <li key={r.id}>
                Answered by{' '}
                <button type="button" className="link-button" onClick={() => onSelect(r.id)}>
                  {r.dateLabel}: {r.data.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      {/* An imported timeline may cite no sources: then no heading over an empty list. */}
      {sources.length > 0 && (
        <>
          <h3>{sources.length > 1 ? `Sources (${sources.length})` : 'Source'}</h3>
          <ul className="detail-sources">
            {sources.map((s) => (
              <li key={s.id}>
                <SourceCard source={s} />
              </li>
            ))}
          </ul>
        </>
      )}

      {e.data.fromRecord && e.data.fromRecord.length > 0 && (
        <>
          <h3>From the record</h3>
          <ul className="detail-record">
            {e.data.fromRecord.map((note, i) => (
              <li key={i}>
                <bdi>{note}</bdi>
              </li>
            ))}
          </ul>
        </>
      )}

      <nav className="detail-nav" aria-label="Neighbouring events">
        <button
          type="button"
          disabled={!previous}
          onClick={() => previous && onSelect(previous.id)}
        >
          ← Previous{previous ? `: ${previous.dateLabel}` : ''}
        </button>
        <button type="button" disabled={!next} onClick={() => next && onSelect(next.id)}>
          Next{next ? `: ${next.dateLabel}` : ''} →
        </button>
      </nav>
    </section>
  );
}
