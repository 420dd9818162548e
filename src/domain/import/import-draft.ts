/**
 * What a format's reader hands over: events and eras in our shape but not yet given ids or sides,
 * each able to say where in the file a field came from. assemble-dataset.ts turns a draft into a
 * dataset and the validator's problems back into places in the file.
 */
import type { EventLink, EventMedia } from '../dataset-schema';
import type { Problem } from '../problem';

/** Where a field of a record came from, e.g. `row 7, column "Headline"` or `events[2].text.headline`. */
export type Locate = (field: string, rest: string) => string;

export interface DraftEvent {
  readonly locate: Locate;
  /** An id the file gives as ours (taken as written; the validator judges it). */
  readonly id?: string;
  /** An id the file gives in its own terms (TimelineJS unique_id): made into one of ours. */
  readonly idHint?: string;
  readonly title?: string;
  readonly summary?: string;
  readonly date: string;
  readonly displayDate?: string;
  readonly media?: EventMedia;
  readonly links?: readonly EventLink[];
  /** The lane's name (TimelineJS group). */
  readonly group?: string;
  /** The side's id, when the file names it (our own sheet columns). */
  readonly side?: string;
  /** Our own fields, as the file gave them, for the validator to judge. */
  readonly ours?: Readonly<Record<string, unknown>>;
  /** Person and source records the row carries (our own sheet columns). */
  readonly people?: readonly unknown[];
  readonly sources?: readonly unknown[];
}

export interface DraftEra {
  readonly locate: Locate;
  readonly title?: string;
  readonly summary?: string;
  readonly date: string;
}

export interface Draft {
  readonly title?: string;
  readonly description?: string;
  /** Side records the file gives whole (our own sheet's title row), before any from groups. */
  readonly sides?: readonly unknown[];
  /** Where the title, description and side records came from (for a problem with them). */
  readonly locateTitle: Locate;
  readonly events: readonly DraftEvent[];
  readonly eras: readonly DraftEra[];
  /** What the reader could not read; each record it names is left out of the draft. */
  readonly problems: readonly Problem[];
}
