/**
 * The dataset format's constants, apart from its zod schema so that code which only needs these
 * (the timeline model, the reference checks, the fast check) does not bring zod into a bundle.
 */
export const DATASET_FORMAT = 'china-dprk-timeline/dataset';
export const DATASET_VERSION = 1;

export const EVENT_KINDS = [
  'diplomatic-milestone',
  'treaty',
  'visit',
  'talks',
  'message',
  'exchange-of-messages',
  'statement',
  // What an imported timeline's events are: TimelineJS and spreadsheets name no kind.
  'event',
] as const;

/** The side id of what both (or all) sides did together. */
export const JOINT_SIDE = 'joint';
