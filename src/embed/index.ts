/** The package entry for React apps: the component and the types a host needs. */
export { ChinaDprkTimeline } from './ChinaDprkTimeline';
export type { ChinaDprkTimelineProps } from './ChinaDprkTimeline';
export type { SelectedEventInfo } from './messages';
export type { ViewState, ViewMode } from '../domain/view-state';
export type {
  Dataset,
  DatasetEvent,
  Person,
  Source,
  Quote,
  Era,
  Side,
} from '../domain/dataset-schema';
// Checks a dataset as the component does: the fast check, and zod (loaded then) only to word the
// problems of a broken one, so the schema is not part of the component's own load.
export { validateDatasetLazily as validateDataset } from '../domain/validate-dataset-lazily';
export type { DatasetResult } from '../domain/validate-dataset';
export type { Problem } from '../domain/problem';
