/** Words for the dataset's event kinds, as a reader sees them. */
import type { DatasetEvent } from './dataset-schema';

const KIND_LABEL: Readonly<Record<DatasetEvent['kind'], string>> = {
  'diplomatic-milestone': 'Diplomatic milestone',
  treaty: 'Treaty',
  visit: 'Visit',
  talks: 'Talks',
  message: 'Message',
  'exchange-of-messages': 'Exchange of messages',
  statement: 'Statement',
  event: 'Event',
};

export function eventKindLabel(kind: DatasetEvent['kind']): string {
  return KIND_LABEL[kind];
}
