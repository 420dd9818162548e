import { createContext } from 'react';

/**
 * What the detail panel's "Copy link" gives: the event's own prerendered page (the app on the
 * bundled dataset), the page's current address (a reader's own dataset, `?data=`, which has no
 * event pages), or nothing (an embed inside someone else's page, whose address is theirs).
 * Provided by src/main.tsx, and by the prerenderer so the event pages hydrate to the same markup.
 */
export type EventLinkKind = 'event-page' | 'current-address' | null;

export const EventLinkContext = createContext<EventLinkKind>(null);
