// STUB: replaced at merge by the import helper's module
import type { Dataset } from '../dataset-schema';
import type { TimelineEvent } from '../timeline-model';

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Stand-in: one row per event, a few columns, RFC 4180 quoting. */
export function eventsToCsv(dataset: Dataset, events: readonly TimelineEvent[]): string {
  void dataset;
  const rows = [['id', 'Display Date', 'Headline', 'Text']];
  for (const e of events) rows.push([e.id, e.dateLabel, e.data.title, e.data.summary]);
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
